import { conceptMatcher } from './concepts.js';
import { loadGazetteer, type Place } from './gazetteer.js';
import type { SpellIndex } from './spelling.js';
import { isStopword, stem, tokens, type SearchLanguage } from './text.js';

export interface Understood {
  needs: { code: string; phrase: string }[];
  populations: { code: string; phrase: string }[];
  place?: Place;
  /** Word stems to match against the listings' text, each with the word typed and its weight. */
  terms: { keys: string[]; word: string; weight: number }[];
  corrections: { from: string; to: string }[];
}

const GENERIC_NEED = 'information-referral';

const PLACE_PREPOSITIONS = new Set(['en', 'de', 'cerca', 'in', 'near', 'nan', 'a', 'em', 'pres', 'around']);

/**
 * What a query asks for: needs and populations named in everyday words, a place, and the words
 * left over. Typos are corrected against the words of the directory, the dictionary and the
 * gazetteer before anything else, so "albergeu en tapachla" reads as "albergue en tapachula".
 */
export function understand(query: string, lang: SearchLanguage, spell: SpellIndex, knownStem: (key: string) => boolean = () => false): Understood {
  const corrections: Understood['corrections'] = [];
  const concepts = conceptMatcher();
  // A word is no typo when it, or its stem, is known: "bañar" is not in any listing, but its
  // stem is that of "baño", which the dictionary has.
  const known = (t: string) =>
    spell.has(t) || [stem(t, 'es'), stem(t, lang === 'ht' ? 'es' : lang)].some((k) => concepts.keys.has(k) || knownStem(k));
  const toks = tokens(query.slice(0, 500)).slice(0, 30).map((t) => {
    if (isStopword(t, lang) || isStopword(t, 'es') || known(t)) return t;
    const fixed = spell.correct(t);
    if (!fixed) return t;
    corrections.push({ from: t, to: fixed });
    return fixed;
  });

  const used = new Array<boolean>(toks.length).fill(false);
  let place: Place | undefined;
  // Names that are also common words ("la paz", "reforma") come back weak unless the query
  // says they are a place; a weak one counts only after a preposition of place.
  const places = loadGazetteer().findInQuery(toks);
  const chosen = places.find((p) => !p.weak) ?? places.find((p) => p.start > 0 && PLACE_PREPOSITIONS.has(toks[p.start - 1]!));
  if (chosen) {
    place = chosen.place;
    for (let i = chosen.start; i < chosen.end; i++) used[i] = true;
  }

  let needs: Understood['needs'] = [];
  const populations: Understood['populations'] = [];
  const free = toks.map((t, i) => (used[i] ? '' : t));
  // Words of a concept still count as words, at half weight (the concept says more); words of
  // an ambiguous one not at all, since they would find the other sense ("asilo de ancianos").
  const wordWeight = new Array<number>(toks.length).fill(1);
  for (const m of concepts.find(free, lang)) {
    if (free.slice(m.start, m.end).some((t) => t === '')) continue;
    for (let i = m.start; i < m.end; i++) {
      used[i] = true;
      wordWeight[i] = m.ambiguous ? 0 : 0.5;
    }
    if (m.kind === 'population') populations.push({ code: m.target, phrase: m.phrase });
    else needs.push({ code: m.target, phrase: m.phrase });
  }

  // Words that named a need still count as words: "COMAR" is the asylum need, and the COMAR's
  // own office, which says so, comes first. Only the place's words are set aside.
  const terms: Understood['terms'] = [];
  const inPlace = new Set<number>();
  if (chosen) for (let i = chosen.start; i < chosen.end; i++) inPlace.add(i);
  toks.forEach((t, i) => {
    if (inPlace.has(i) || wordWeight[i] === 0 || t.length < 2 || isStopword(t, lang) || isStopword(t, 'es') || PLACE_PREPOSITIONS.has(t)) return;
    const keys = [...new Set([stem(t, 'es'), stem(t, 'en'), stem(t, lang === 'ht' ? 'es' : lang)])];
    terms.push({ keys, word: t, weight: wordWeight[i]! });
  });
  // "Help" names the broadest need; beside anything more precise it only blurs the query.
  const precise = needs.some((n) => n.code !== GENERIC_NEED) || populations.length > 0;
  if (precise) needs = needs.filter((n) => n.code !== GENERIC_NEED);
  return { needs: dedupe(needs), populations: dedupe(populations), ...(place ? { place } : {}), terms, corrections };
}

function dedupe<T extends { code: string }>(list: T[]): T[] {
  const seen = new Set<string>();
  return list.filter((x) => !seen.has(x.code) && seen.add(x.code));
}
