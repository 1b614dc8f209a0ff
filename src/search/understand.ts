import { conceptMatcher } from './concepts.js';
import { loadGazetteer, type Place } from './gazetteer.js';
import type { SpellIndex } from './spelling.js';
import { isStopword, stem, tokens, type SearchLanguage } from './text.js';

export interface Understood {
  needs: { code: string; phrase: string }[];
  populations: { code: string; phrase: string }[];
  place?: Place;
  /** Word stems left to match against the listings' text, each with the word typed. */
  terms: { keys: string[]; word: string }[];
  corrections: { from: string; to: string }[];
}

const PLACE_PREPOSITIONS = new Set(['en', 'de', 'cerca', 'in', 'near', 'nan', 'a', 'em', 'pres', 'around']);

/**
 * What a query asks for: needs and populations named in everyday words, a place, and the words
 * left over. Typos are corrected against the words of the directory, the dictionary and the
 * gazetteer before anything else, so "albergeu en tapachla" reads as "albergue en tapachula".
 */
export function understand(query: string, lang: SearchLanguage, spell: SpellIndex): Understood {
  const corrections: Understood['corrections'] = [];
  const toks = tokens(query.slice(0, 500)).slice(0, 30).map((t) => {
    if (isStopword(t, lang) || isStopword(t, 'es') || spell.has(t)) return t;
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

  const needs: Understood['needs'] = [];
  const populations: Understood['populations'] = [];
  const free = toks.map((t, i) => (used[i] ? '' : t));
  for (const m of conceptMatcher().find(free, lang)) {
    if (free.slice(m.start, m.end).some((t) => t === '')) continue;
    for (let i = m.start; i < m.end; i++) used[i] = true;
    if (m.kind === 'population') populations.push({ code: m.target, phrase: m.phrase });
    else needs.push({ code: m.target, phrase: m.phrase });
  }

  const terms: Understood['terms'] = [];
  toks.forEach((t, i) => {
    if (used[i] || t.length < 2 || isStopword(t, lang) || isStopword(t, 'es') || PLACE_PREPOSITIONS.has(t)) return;
    const keys = [...new Set([stem(t, 'es'), stem(t, 'en'), stem(t, lang === 'ht' ? 'es' : lang)])];
    terms.push({ keys, word: t });
  });
  return { needs: dedupe(needs), populations: dedupe(populations), ...(place ? { place } : {}), terms, corrections };
}

function dedupe<T extends { code: string }>(list: T[]): T[] {
  const seen = new Set<string>();
  return list.filter((x) => !seen.has(x.code) && seen.add(x.code));
}
