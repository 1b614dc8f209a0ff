/**
 * The k best documents by score (higher first; on equal scores the lower tie rank first), kept
 * in a bounded heap of typed arrays while candidates stream past: a page of 20 from 50,000
 * candidates costs one comparison for most of them and no object per candidate.
 */
export class TopDocs {
  private docs: Int32Array;
  private scores: Float64Array;
  private size = 0;

  constructor(
    private readonly k: number,
    private readonly tieRank: Int32Array,
  ) {
    const room = Math.max(0, Math.min(k, 1 << 20));
    this.docs = new Int32Array(room);
    this.scores = new Float64Array(room);
  }

  /** Whether (a, sa) ranks after (b, sb). */
  private worse(a: number, sa: number, b: number, sb: number): boolean {
    return sa < sb || (sa === sb && this.tieRank[a]! > this.tieRank[b]!);
  }

  /** The score a candidate must beat to enter, or -Infinity while there is room. */
  get threshold(): number {
    return this.size < this.k ? -Infinity : this.scores[0]!;
  }

  add(doc: number, score: number): void {
    if (this.k <= 0) return;
    if (this.size < this.k) {
      if (this.size === this.docs.length) this.grow();
      let i = this.size++;
      // Sift up: the root is the worst of the kept.
      while (i > 0) {
        const p = (i - 1) >> 1;
        if (!this.worse(doc, score, this.docs[p]!, this.scores[p]!)) break;
        this.docs[i] = this.docs[p]!;
        this.scores[i] = this.scores[p]!;
        i = p;
      }
      this.docs[i] = doc;
      this.scores[i] = score;
      return;
    }
    if (!this.worse(this.docs[0]!, this.scores[0]!, doc, score)) return;
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      if (l >= this.size) break;
      const r = l + 1;
      let m = l;
      if (r < this.size && this.worse(this.docs[r]!, this.scores[r]!, this.docs[l]!, this.scores[l]!)) m = r;
      if (!this.worse(this.docs[m]!, this.scores[m]!, doc, score)) break;
      this.docs[i] = this.docs[m]!;
      this.scores[i] = this.scores[m]!;
      i = m;
    }
    this.docs[i] = doc;
    this.scores[i] = score;
  }

  private grow(): void {
    const docs = new Int32Array(Math.max(16, this.docs.length * 2));
    docs.set(this.docs);
    const scores = new Float64Array(docs.length);
    scores.set(this.scores);
    this.docs = docs;
    this.scores = scores;
  }

  clear(): void {
    this.size = 0;
  }

  /** The kept documents, best first. */
  sorted(): { doc: number; score: number }[] {
    const out: { doc: number; score: number }[] = [];
    for (let i = 0; i < this.size; i++) out.push({ doc: this.docs[i]!, score: this.scores[i]! });
    return out.sort((a, b) => b.score - a.score || this.tieRank[a.doc]! - this.tieRank[b.doc]!);
  }
}
