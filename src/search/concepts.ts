import { fromRoot, readJson } from '../hsds/paths.js';
import { fold, stem, SEARCH_LANGUAGES, type SearchLanguage } from './text.js';

export type ConceptKind = 'need' | 'population' | 'programme';

export interface ConceptData {
  version: number;
  concepts: { id: string; kind: ConceptKind; target: string; phrases: Partial<Record<SearchLanguage, string[]>> }[];
  ambiguous: { phrase: string; lang: SearchLanguage; senses: { target: string; cues: string[] }[]; default: string }[];
}

/** A phrase of the dictionary found in a text: tokens [start, end) stand for `target`. */
export interface ConceptMatch {
  target: string;
  kind: ConceptKind;
  start: number;
  end: number;
  phrase: string;
  lang: SearchLanguage;
}

interface Phrase {
  keys: string[];
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
  /** Every folded word of every phrase, for the spelling index. */
  readonly words = new Set<string>();

  constructor(data: ConceptData) {
    for (const c of data.concepts) {
      this.kindOf.set(c.target, c.kind);
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

  private addPhrase(p: Omit<Phrase, 'keys'>): void {
    const toks = fold(p.text).split(' ').filter(Boolean);
    if (toks.length === 0) return;
    for (const t of toks) this.words.add(t);
    const phrase: Phrase = { ...p, keys: toks.map((t) => keyOf(t, p.lang)) };
    const list = this.byFirstKey.get(phrase.keys[0]!);
    if (list) list.push(phrase);
    else this.byFirstKey.set(phrase.keys[0]!, [phrase]);
  }

  kind(target: string): ConceptKind | undefined {
    return this.kindOf.get(target);
  }

  /**
   * Concepts in a folded token list. Phrases in `lang` are preferred where two languages spell
   * a word alike ("pain" is bread in French and hurt in English). Spans never overlap.
   */
  find(toks: string[], lang: SearchLanguage = 'es'): ConceptMatch[] {
    const langs: SearchLanguage[] = [lang, ...SEARCH_LANGUAGES.filter((l) => l !== lang)];
    const keysAt = toks.map((t) => new Set([t, ...langs.map((l) => keyOf(t, l))]));
    const allKeys = new Set(keysAt.flatMap((s) => [...s]));
    const out: ConceptMatch[] = [];
    for (let i = 0; i < toks.length; ) {
      let best: Phrase | undefined;
      for (const key of keysAt[i]!) {
        for (const p of this.byFirstKey.get(key) ?? []) {
          if (p.keys.length + i > toks.length) continue;
          if (!p.keys.every((k, j) => keysAt[i + j]!.has(k))) continue;
          if (!best || p.keys.length > best.keys.length || (p.keys.length === best.keys.length && p.lang === lang && best.lang !== lang)) best = p;
        }
      }
      if (!best) {
        i++;
        continue;
      }
      const target = best.senses ? this.pickSense(best, allKeys) : best.target!;
      out.push({ target, kind: this.kindOf.get(target) ?? best.kind, start: i, end: i + best.keys.length, phrase: best.text, lang: best.lang });
      i += best.keys.length;
    }
    return out;
  }

  private pickSense(p: Phrase, keys: Set<string>): string {
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
