/**
 * Typo tolerance by symmetric deletion (the SymSpell idea): every word of the vocabulary is
 * indexed under the strings left after deleting one character; a typed word is looked up under
 * its own deletions, and candidates are confirmed with the optimal-string-alignment distance
 * (a swap of two letters, "albergeu", counts as one edit).
 */

/** Edit distance with adjacent transpositions, stopping early beyond `max`. */
export function editDistance(a: string, b: string, max = 2): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) rows.push([i]);
  for (let j = 1; j <= b.length; j++) rows[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    let best = Infinity;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, rows[i - 2]![j - 2]! + 1);
      rows[i]![j] = d;
      if (d < best) best = d;
    }
    if (best > max) return max + 1;
  }
  return rows[a.length]![b.length]!;
}

function deletions(word: string, depth: number, out: Set<string>): void {
  if (depth === 0) return;
  for (let i = 0; i < word.length; i++) {
    const d = word.slice(0, i) + word.slice(i + 1);
    if (!out.has(d)) {
      out.add(d);
      deletions(d, depth - 1, out);
    }
  }
}

/** How many edits a word of this length may carry: none below 4 letters, 2 from 8. */
export function allowedEdits(length: number): number {
  return length < 4 ? 0 : length < 8 ? 1 : 2;
}

export class SpellIndex {
  /** word → weight: how much a correction to it is worth (dictionary words weigh more). */
  private words = new Map<string, number>();
  private byDeletion = new Map<string, string[]>();

  add(word: string, weight: number): void {
    if (word.length < 3 || /\d/.test(word)) return;
    const known = this.words.get(word);
    if (known !== undefined) {
      this.words.set(word, known + weight);
      return;
    }
    this.words.set(word, weight);
    for (const key of [word, ...deletions1(word)]) {
      const list = this.byDeletion.get(key);
      if (list) list.push(word);
      else this.byDeletion.set(key, [word]);
    }
  }

  has(word: string): boolean {
    return this.words.has(word);
  }

  get size(): number {
    return this.words.size;
  }

  /** The best known word within the allowed edits, or undefined when the word is fine or hopeless. */
  correct(word: string): string | undefined {
    if (this.words.has(word)) return undefined;
    const max = allowedEdits(word.length);
    if (max === 0) return undefined;
    const keys = new Set<string>([word]);
    deletions(word, max, keys);
    let best: { word: string; distance: number; weight: number } | undefined;
    for (const key of keys) {
      for (const candidate of this.byDeletion.get(key) ?? []) {
        const distance = editDistance(word, candidate, max);
        if (distance > max) continue;
        const weight = this.words.get(candidate)!;
        if (!best || distance < best.distance || (distance === best.distance && weight > best.weight)) {
          best = { word: candidate, distance, weight };
        }
      }
    }
    return best?.word;
  }
}

function deletions1(word: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < word.length; i++) out.push(word.slice(0, i) + word.slice(i + 1));
  return out;
}
