import type { ConceptMatcher } from './concepts.js';
import { isStopword, stem, tokens } from './text.js';

/** What one text of a listing gives the index; the same text is read once. */
export interface ReadText {
  /** Term numbers, once per occurrence of a word (Spanish and English stems where they differ). */
  terms: number[];
  /** For a text of several sentences, the sentences, which hold its terms (`terms` is then empty). */
  parts?: ReadText[];
  needs: string[];
  populations: string[];
  /** Words counted for the length normalisation. */
  length: number;
  /** A word of several senses was read: its sense depends on the rest of the text. */
  ambiguous: boolean;
}

/** Where a sentence ends: its punctuation, kept with it, and the space after. */
const SENTENCE_END = /(?<=[.!?;:\n])\s+/;

/** A word as the index sees it: the terms it counts under, or nothing for a function word. */
interface Word {
  es: number;
  en: number;
  seen: number;
}

/** The inverted index laid out flat: the services of term t are docs[termStart[t] .. termStart[t + 1]). */
export interface FlatPostings {
  terms: string[];
  termStart: Int32Array;
  docs: Int32Array;
  weights: Float32Array;
}

/**
 * Reads listing texts into term numbers and the needs and populations they name, and gathers
 * the postings of every service in one flat list before laying them out term by term.
 * Directory texts share most of their words and many whole sentences, so words and texts are
 * each worked out once; a service costs a few array writes per distinct term.
 */
export class TextIndexer {
  private readonly termOf = new Map<string, number>();
  private readonly terms: string[] = [];
  private readonly words = new Map<string, Word | null>();
  private readonly texts = new Map<string, ReadText>();
  /** Postings in service order: term, weight, and where each service's run starts. */
  private pairTerm = new Int32Array(1 << 16);
  private pairWeight = new Float32Array(1 << 16);
  private pairs = 0;
  /** Where each service's run of pairs starts and ends (an empty run for a service without text). */
  private runStart: Int32Array;
  private runEnd: Int32Array;
  private scratch = new Float64Array(1024);
  private touched: number[] = [];

  constructor(
    private readonly matcher: ConceptMatcher,
    documents: number,
  ) {
    this.runStart = new Int32Array(documents);
    this.runEnd = new Int32Array(documents);
  }

  private term(key: string): number {
    let id = this.termOf.get(key);
    if (id === undefined) {
      id = this.terms.length;
      this.terms.push(key);
      this.termOf.set(key, id);
    }
    return id;
  }

  private word(t: string): Word | null {
    let w = this.words.get(t);
    if (w === undefined) {
      if (t.length < 2 || isStopword(t, 'es') || isStopword(t, 'en')) w = null;
      else {
        const es = stem(t, 'es');
        const en = stem(t, 'en');
        w = { es: this.term(es), en: en === es ? -1 : this.term(en), seen: 0 };
      }
      this.words.set(t, w);
    }
    return w;
  }

  /**
   * A listing text, read sentence by sentence: directories repeat whole sentences ("Se atiende
   * por orden de llegada.") far more than whole descriptions, and a phrase of the dictionary
   * never spans two sentences. A sentence holding a word of several senses is matched again
   * with the words of the whole text as cues, so the other sentences can tell which sense is meant.
   */
  read(text: string): ReadText {
    let read = this.texts.get(text);
    if (read) return read;
    const sentences = text.split(SENTENCE_END);
    if (sentences.length === 1) return this.readSentence(text);
    const parts = sentences.map((s) => this.readSentence(s));
    read = { terms: [], parts, needs: [], populations: [], length: 0, ambiguous: false };
    for (const p of parts) read.length += p.length;
    let context: Set<string> | undefined;
    sentences.forEach((sentence, i) => {
      const part = parts[i]!;
      if (!part.ambiguous) {
        read.needs.push(...part.needs);
        read.populations.push(...part.populations);
        return;
      }
      // A word of several senses: the cue words may be anywhere in the text.
      context ??= this.matcher.contextOf(tokens(text));
      this.concepts(tokens(sentence), read, context);
    });
    this.remember(text, read);
    return read;
  }

  private readSentence(text: string): ReadText {
    let read = this.texts.get(text);
    if (read) return read;
    const toks = tokens(text);
    read = { terms: [], needs: [], populations: [], length: 0, ambiguous: false };
    this.concepts(toks, read);
    for (const t of toks) {
      const w = this.word(t);
      if (!w) continue;
      w.seen++;
      read.length++;
      read.terms.push(w.es);
      if (w.en >= 0) read.terms.push(w.en);
    }
    this.remember(text, read);
    return read;
  }

  private concepts(toks: string[], into: ReadText, context?: ReadonlySet<string>): void {
    for (const m of this.matcher.find(toks, 'es', context)) {
      (m.kind === 'population' ? into.populations : into.needs).push(m.target);
      if (m.ambiguous) into.ambiguous = true;
    }
  }

  private remember(text: string, read: ReadText): void {
    if (this.texts.size < 500_000) this.texts.set(text, read);
  }

  /** Adds a service's texts with their field weights; services may come in any order, each once. */
  addService(doc: number, fields: { read: ReadText; weight: number }[]): void {
    if (this.scratch.length < this.terms.length) {
      const bigger = new Float64Array(Math.max(this.terms.length, this.scratch.length * 2));
      bigger.set(this.scratch);
      this.scratch = bigger;
    }
    const { scratch, touched } = this;
    const add = (terms: number[], weight: number) => {
      for (const t of terms) {
        if (scratch[t] === 0) touched.push(t);
        scratch[t]! += weight;
      }
    };
    for (const { read, weight } of fields) {
      if (read.parts) for (const part of read.parts) add(part.terms, weight);
      else add(read.terms, weight);
    }
    this.runStart[doc] = this.pairs;
    if (this.pairs + touched.length > this.pairTerm.length) {
      const size = Math.max(this.pairTerm.length * 2, this.pairs + touched.length);
      const terms = new Int32Array(size);
      terms.set(this.pairTerm);
      const weights = new Float32Array(size);
      weights.set(this.pairWeight);
      this.pairTerm = terms;
      this.pairWeight = weights;
    }
    for (const t of touched) {
      this.pairTerm[this.pairs] = t;
      this.pairWeight[this.pairs++] = scratch[t]!;
      scratch[t] = 0;
    }
    touched.length = 0;
    this.runEnd[doc] = this.pairs;
  }

  /** Every word seen, with how often, for the spelling vocabulary. */
  vocabulary(): { words: string[]; seen: Int32Array } {
    const words: string[] = [];
    const seen: number[] = [];
    for (const [word, w] of this.words) {
      if (!w?.seen) continue;
      words.push(word);
      seen.push(w.seen);
    }
    return { words, seen: Int32Array.from(seen) };
  }

  /** The inverted index: per stem, its services in ascending order with their weights. */
  postings(): FlatPostings {
    const n = this.terms.length;
    const count = new Int32Array(n + 1);
    const total = this.pairs;
    const pairTerm = this.pairTerm.subarray(0, total);
    for (const t of pairTerm) count[t + 1]!++;
    for (let t = 0; t < n; t++) count[t + 1]! += count[t]!;
    const docs = new Int32Array(total);
    const weights = new Float32Array(total);
    const fill = count.slice(0, n);
    const { runStart, runEnd } = this;
    for (let doc = 0; doc < runStart.length; doc++) {
      const end = runEnd[doc]!;
      for (let j = runStart[doc]!; j < end; j++) {
        const at = fill[pairTerm[j]!]!++;
        docs[at] = doc;
        weights[at] = this.pairWeight[j]!;
      }
    }
    this.pairTerm = new Int32Array(0);
    this.pairWeight = new Float32Array(0);
    this.pairs = 0;
    return { terms: this.terms, termStart: count, docs, weights };
  }
}
