import { fromRoot, readJson } from '../hsds/paths.js';
import { fold, keepExact, stem, SEARCH_LANGUAGES, type SearchLanguage } from './text.js';

export type ConceptKind = 'need' | 'population' | 'programme';

export interface ConceptData {
  version: number;
  concepts: { id: string; kind: ConceptKind; target: string; phrases: Partial<Record<SearchLanguage, string[]>> }[];
  ambiguous: { phrase: string; lang: SearchLanguage; senses: { target: string; cues: string[]; kind?: ConceptKind }[]; default: string }[];
}

/** A phrase of the dictionary found in a text: tokens [start, end) stand for `target`. */
export interface ConceptMatch {
  target: string;
  kind: ConceptKind;
  start: number;
  end: number;
  phrase: string;
  lang: SearchLanguage;
  /** The phrase has several senses: its words say little on their own. */
  ambiguous: boolean;
}

interface Phrase {
  keys: string[];
  /** The folded words, for matching phrases of another language word for word. */
  words: string[];
  text: string;
  lang: SearchLanguage;
  target?: string;
  kind: ConceptKind;
  /** For an ambiguous phrase: the senses and the words that tell them apart. */
  senses?: { target: string; cues: Set<string> }[];
  fallback?: string;
}

/** The comparable form of a folded token: its stem in the phrase's or the query's language. */
function keyOf(token: string, lang: SearchLanguage): string {
  return stem(token, lang);
}

/**
 * The concept dictionary (src/search/data/concepts.json): everyday words and phrases in five
 * languages mapped to needs, populations and programmes. Phrases match on stems, so "albergues"
 * meets "albergue"; the longest phrase wins; an ambiguous word takes the sense its neighbours
 * point to ("pedir refugio" is asylum, "refugio para dormir" is shelter).
 */
export class ConceptMatcher {
  private byFirstKey = new Map<string, Phrase[]>();
  private kindOf = new Map<string, ConceptKind>();
  /** Folded first word → first keys of the phrases that start with it (in any language). */
  private firstKeys = new Map<string, Set<string>>();
  /** Every folded word of every phrase, for the spelling index. */
  readonly words = new Set<string>();
  /** Every comparable form (stem) of those words: a typed word with a known stem is no typo. */
  readonly keys = new Set<string>();

  constructor(data: ConceptData) {
    keepExact(data.concepts.filter((c) => c.kind === 'programme').flatMap((c) => Object.values(c.phrases).flat().map((p) => fold(p!)).filter((p) => !p.includes(' '))));
    for (const c of data.concepts) {
      // A programme (TVTF, COMAR) stands for a need; only populations are another kind of target.
      if (c.kind !== 'programme' || !this.kindOf.has(c.target)) this.kindOf.set(c.target, c.kind === 'population' ? 'population' : 'need');
      for (const lang of SEARCH_LANGUAGES) {
        for (const text of c.phrases[lang] ?? []) this.addPhrase({ text, lang, target: c.target, kind: c.kind });
      }
    }
    for (const a of data.ambiguous) {
      const senses = a.senses.map((s) => ({ target: s.target, cues: new Set(s.cues.flatMap((cue) => fold(cue).split(' ')).map((t) => keyOf(t, a.lang))) }));
      this.addPhrase({ text: a.phrase, lang: a.lang, kind: this.kindOf.get(a.default) ?? 'need', senses, fallback: a.default });
    }
    for (const list of this.byFirstKey.values()) list.sort((x, y) => y.keys.length - x.keys.length);
  }

  private addPhrase(p: Omit<Phrase, 'keys' | 'words'>): void {
    const toks = fold(p.text).split(' ').filter(Boolean);
    if (toks.length === 0) return;
    for (const t of toks) this.words.add(t);
    const phrase: Phrase = { ...p, words: toks, keys: toks.map((t) => keyOf(t, p.lang)) };
    const firsts = this.firstKeys.get(toks[0]!) ?? new Set<string>();
    firsts.add(phrase.keys[0]!);
    this.firstKeys.set(toks[0]!, firsts);
    for (const k of phrase.keys) this.keys.add(k);
    const list = this.byFirstKey.get(phrase.keys[0]!);
    if (list) list.push(phrase);
    else this.byFirstKey.set(phrase.keys[0]!, [phrase]);
  }

  private firstKeysOf(word: string): Set<string> {
    return this.firstKeys.get(word) ?? new Set();
  }

  kind(target: string): ConceptKind | undefined {
    return this.kindOf.get(target);
  }

  /**
   * Concepts in a folded token list. Phrases in `lang` are preferred where two languages spell
   * a word alike ("pain" is bread in French and hurt in English). Spans never overlap.
   */
  find(toks: string[], lang: SearchLanguage = 'es', context?: ReadonlySet<string>): ConceptMatch[] {
    // Stems compare within the query's language (and Spanish, the language of the route);
    // other languages' phrases must match word for word: the French "licencié" (dismissed)
    // shares a Spanish stem with "licencia" (licence) but not its meaning.
    const facts = toks.map((t) => this.wordFacts(t, lang));
    const keysAt = facts.map((f) => f.keys);
    let allKeys: ReadonlySet<string> | undefined = context;
    const out: ConceptMatch[] = [];
    for (let i = 0; i < toks.length; ) {
      let best: Phrase | undefined;
      let bestExact = -1;
      for (const p of facts[i]!.starts) {
        if (p.keys.length + i > toks.length) continue;
        const own = p.lang === lang || p.lang === 'es';
        const matches = own ? p.keys.every((k, j) => keysAt[i + j]!.includes(k)) : p.words.every((w, j) => toks[i + j] === w);
        if (!matches) continue;
        const exact = p.words.filter((w, j) => toks[i + j] === w).length;
        if (
          !best ||
          p.keys.length > best.keys.length ||
          (p.keys.length === best.keys.length && (exact > bestExact || (exact === bestExact && p.lang === lang && best.lang !== lang)))
        ) {
          best = p;
          bestExact = exact;
        }
      }
      if (!best) {
        i++;
        continue;
      }
      const target = best.senses ? this.pickSense(best, (allKeys ??= new Set(keysAt.flat()))) : best.target!;
      out.push({ target, kind: best.senses ? (this.kindOf.get(target) ?? 'need') : best.kind === 'population' ? 'population' : 'need', start: i, end: i + best.keys.length, phrase: best.text, lang: best.lang, ambiguous: !!best.senses });
      i += best.keys.length;
    }
    return out;
  }

  /**
   * The forms of every word of a text, for find(): the words around an ambiguous one that tell
   * its sense may stand in another part of the text than the one being matched.
   */
  contextOf(toks: string[], lang: SearchLanguage = 'es'): Set<string> {
    const keys = new Set<string>();
    for (const t of toks) for (const k of this.wordFacts(t, lang).keys) keys.add(k);
    return keys;
  }

  // Directory texts repeat their words endlessly: what a word compares as, and which phrases
  // may start at it, are worked out once per word and language.
  private memo = new Map<SearchLanguage, Map<string, { keys: string[]; starts: Phrase[] }>>();

  private wordFacts(token: string, lang: SearchLanguage): { keys: string[]; starts: Phrase[] } {
    let byWord = this.memo.get(lang);
    if (!byWord) this.memo.set(lang, (byWord = new Map()));
    let facts = byWord.get(token);
    if (!facts) {
      // The forms a token compares as: itself, its stem in the query's language and in Spanish;
      // the phrases that may start at it, in the order ties are settled.
      const keys = [...new Set([token, keyOf(token, lang), keyOf(token, 'es')])];
      const starts: Phrase[] = [];
      for (const key of new Set([...keys, ...this.firstKeysOf(token)])) starts.push(...(this.byFirstKey.get(key) ?? []));
      if (byWord.size > 200_000) byWord.clear();
      byWord.set(token, (facts = { keys, starts }));
    }
    return facts;
  }

  private pickSense(p: Phrase, keys: ReadonlySet<string>): string {
    let best = { target: p.fallback!, hits: 0 };
    for (const s of p.senses!) {
      let hits = 0;
      for (const cue of s.cues) if (keys.has(cue)) hits++;
      if (hits > best.hits) best = { target: s.target, hits };
    }
    return best.target;
  }
}

let shared: ConceptMatcher | undefined;

export function conceptMatcher(): ConceptMatcher {
  return (shared ??= new ConceptMatcher(readJson(fromRoot('src/search/data/concepts.json')) as ConceptData));
}
