import en from '@nlpjs/lang-en-min';
import es from '@nlpjs/lang-es';
import fr from '@nlpjs/lang-fr';
import pt from '@nlpjs/lang-pt';

export const SEARCH_LANGUAGES = ['es', 'en', 'fr', 'ht', 'pt'] as const;
export type SearchLanguage = (typeof SEARCH_LANGUAGES)[number];

/**
 * Lower case without accents, so "Albergue", "ALBERGUE" and "albergué" meet; apostrophes go
 * (K'iche' → kiche, m'ap → map) and anything that is not a letter or digit separates words.
 */
export function fold(text: string): string {
  if (/^[a-z\d]+(?: [a-z\d]+)*$/.test(text)) return text; // already folded
  const lower = text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/['’`´]/g, '');
  // Most text is plain ASCII once accents are gone: a simpler pattern splits it much faster.
  const words = /^[ -~]*$/.test(lower) ? lower.replace(/[^a-z\d]+/g, ' ') : lower.replace(/[^\p{L}\p{N}]+/gu, ' ');
  return words.trim();
}

export function tokens(text: string): string[] {
  const f = fold(text);
  return f ? f.split(' ') : [];
}

interface Stemmer {
  stemWord(word: string): string;
}
interface Stopwords {
  isStopword(word: string): boolean;
}

const stemmers: Record<Exclude<SearchLanguage, 'ht'>, Stemmer> = {
  es: new es.StemmerEs(),
  en: new en.StemmerEn(),
  fr: new fr.StemmerFr(),
  pt: new pt.StemmerPt(),
};
const stopwordLists: Record<Exclude<SearchLanguage, 'ht'>, Stopwords> = {
  es: new es.StopwordsEs(),
  en: new en.StopwordsEn(),
  fr: new fr.StopwordsFr(),
  pt: new pt.StopwordsPt(),
};

/** Function words of Haitian Creole, which no stemming library covers; kept short on purpose. */
const HT_STOPWORDS = new Set(['mwen', 'm', 'ou', 'li', 'nou', 'yo', 'yon', 'la', 'lan', 'nan', 'pou', 'ak', 'epi', 'ki', 'se', 'pa', 'ap', 'te', 'gen', 'kote', 'kijan', 'eske']);

export function isStopword(word: string, lang: SearchLanguage): boolean {
  if (lang === 'ht') return HT_STOPWORDS.has(word);
  return stopwordLists[lang].isStopword(word);
}

const cache: Record<SearchLanguage, Map<string, string>> = { es: new Map(), en: new Map(), fr: new Map(), ht: new Map(), pt: new Map() };

/**
 * Names of programmes and institutions (COMAR, TVTF, CURP) are words of their own: stemming
 * would take "COMAR" to "com", the stem of "comida". The concept dictionary registers them.
 */
const exact = new Set<string>();
export function keepExact(words: Iterable<string>): void {
  for (const w of words) exact.add(w);
  for (const c of Object.values(cache)) c.clear();
}

/** A stem under three letters says too little; the word itself is used then. */
function usable(word: string, stemmed: string): string {
  return stemmed.length >= 3 ? stemmed : word;
}

/**
 * The stem of a folded word in a language. Directory texts are mostly Spanish, so documents are
 * indexed under Spanish stems and queries are stemmed in Spanish and in their own language.
 */
export function stem(word: string, lang: SearchLanguage): string {
  if (lang === 'ht' || word.length < 4 || /\d/.test(word) || exact.has(word)) return word;
  const memo = cache[lang];
  let s = memo.get(word);
  if (s === undefined) {
    s = usable(word, stemmers[lang].stemWord(word) || word);
    if (memo.size > 300_000) memo.clear();
    memo.set(word, s);
  }
  return s;
}
