import type { ConceptMatcher } from './concepts.js';
import type { Postings } from './search-index.js';
import type { SpellIndex } from './spelling.js';
import { isStopword, stem, tokens } from './text.js';

/** What one text of a listing gives the index; the same text is read once. */
export interface ReadText {
  /** Term numbers, once per occurrence of a word (Spanish and English stems where they differ). */
  terms: number[];
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
  private docStart: number[] = [];
  private scratch = new Float64Array(1024);
  private touched: number[] = [];

  constructor(private readonly matcher: ConceptMatcher) {}

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
    read = { terms: parts.flatMap((p) => p.terms), needs: [], populations: [], length: 0, ambiguous: false };
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

  /** Adds the next service's texts with their field weights; services come in document order. */
  addService(fields: { read: ReadText; weight: number }[]): void {
    if (this.scratch.length < this.terms.length) {
      const bigger = new Float64Array(Math.max(this.terms.length, this.scratch.length * 2));
      bigger.set(this.scratch);
      this.scratch = bigger;
    }
    const { scratch, touched } = this;
    for (const { read, weight } of fields) {
      for (const t of read.terms) {
        if (scratch[t] === 0) touched.push(t);
        scratch[t]! += weight;
      }
    }
    this.docStart.push(this.pairs);
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
  }

  /** Every word seen, with how often, for the spelling vocabulary. */
  addWordsTo(spell: SpellIndex): void {
    for (const [word, w] of this.words) if (w && w.seen) spell.add(word, w.seen);
  }

  /** The inverted index: per stem, its services in ascending order with their weights. */
  postings(): Map<string, Postings> {
    const n = this.terms.length;
    const count = new Int32Array(n + 1);
    const total = this.pairs;
    const pairTerm = this.pairTerm.subarray(0, total);
    for (const t of pairTerm) count[t + 1]!++;
    for (let t = 0; t < n; t++) count[t + 1]! += count[t]!;
    const docs = new Int32Array(total);
    const weights = new Float32Array(total);
    const fill = count.slice(0, n);
    const starts = this.docStart;
    for (let doc = 0; doc < starts.length; doc++) {
      const end = doc + 1 < starts.length ? starts[doc + 1]! : total;
      for (let j = starts[doc]!; j < end; j++) {
        const at = fill[pairTerm[j]!]!++;
        docs[at] = doc;
        weights[at] = this.pairWeight[j]!;
      }
    }
    const out = new Map<string, Postings>();
    for (let t = 0; t < n; t++) {
      if (count[t + 1] === count[t]) continue;
      out.set(this.terms[t]!, { docs: docs.subarray(count[t]!, count[t + 1]!), weights: weights.subarray(count[t]!, count[t + 1]!) });
    }
    this.pairTerm = new Int32Array(0);
    this.pairWeight = new Float32Array(0);
    this.pairs = 0;
    this.docStart = [];
    return out;
  }
}
