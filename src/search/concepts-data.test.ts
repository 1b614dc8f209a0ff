// Checks the search concept dictionary, src/search/data/concepts.json: the codes it points to exist in the
// taxonomies, its phrases are well formed and unambiguous within a language, its ambiguous entries are
// complete, the example queries find the expected concepts, and the lists in CONCEPTS.md match the data.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const LANGS = ['es', 'en', 'fr', 'ht', 'pt'] as const;
type Lang = (typeof LANGS)[number];
type Kind = 'need' | 'population' | 'programme';

interface Concept {
  id: string;
  kind: Kind;
  target: string;
  phrases: Partial<Record<Lang, string[]>>;
  note?: string;
}
interface Sense {
  kind: 'need' | 'population';
  target: string;
  cues: string[];
}
interface AmbiguousEntry {
  phrase: string;
  lang: Lang;
  senses: Sense[];
  default: string;
  note: string;
}
interface Dictionary {
  version: number;
  languages: Lang[];
  reviewed: Record<Lang, boolean>;
  concepts: Concept[];
  ambiguous: AmbiguousEntry[];
}
interface Term {
  code: string;
  parent_code: string | null;
}

const readText = (rel: string): string => readFileSync(new URL(rel, import.meta.url), 'utf8');
const dict = JSON.parse(readText('./data/concepts.json')) as Dictionary;
const needTerms = (JSON.parse(readText('../taxonomy/data/needs.json')) as { terms: Term[] }).terms;
const profileTerms = (JSON.parse(readText('../taxonomy/data/ruta-profile-taxonomy.json')) as { terms: Term[] }).terms;
const conceptsMd = readText('./data/CONCEPTS.md');

const needCodes = new Map(needTerms.map((t) => [t.code, t]));
const populationCodes = new Set(profileTerms.filter((t) => t.parent_code === 'population-served').map((t) => t.code));
const byId = new Map(dict.concepts.map((c) => [c.id, c]));

// Simple folding, as the brief for the search engine describes it: lower case and no accents. Anything that
// is not a letter or a digit separates words, so that phrases match whole words only.
const fold = (s: string): string =>
  s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
const contains = (query: string, phrase: string): boolean => ` ${fold(query)} `.includes(` ${fold(phrase)} `);

const phrasesOf = (c: Concept): [Lang, string][] =>
  LANGS.flatMap((lang) => (c.phrases[lang] ?? []).map((p): [Lang, string] => [lang, p]));

const isWellFormed = (p: string, lang: Lang): boolean =>
  p.length > 0 && p === p.trim() && !/\s{2,}/.test(p) && p === p.toLocaleLowerCase(lang) && fold(p) !== '';

// The concept whose phrase is the longest one found in the query (in words, then characters): the rule the
// data assumes so that "no puedo regresar a mi país" is asylum and not voluntary return.
function longestMatch(query: string): string | undefined {
  let best: { id: string; words: number; chars: number } | undefined;
  for (const c of dict.concepts) {
    for (const [, p] of phrasesOf(c)) {
      if (!contains(query, p)) continue;
      const f = fold(p);
      const words = f.split(' ').length;
      if (!best || words > best.words || (words === best.words && f.length > best.chars)) {
        best = { id: c.id, words, chars: f.length };
      }
    }
  }
  return best?.id;
}

// Reference reading of an ambiguous entry, as CONCEPTS.md describes it: the sense with the most cues in the
// query wins; no cue, or a tie, gives the default.
function resolve(query: string, entry: AmbiguousEntry): string | undefined {
  if (!contains(query, entry.phrase)) return undefined;
  let best = entry.default;
  let bestScore = 0;
  let tie = false;
  for (const s of entry.senses) {
    const score = s.cues.filter((cue) => contains(query, cue)).length;
    if (score > bestScore) [best, bestScore, tie] = [s.target, score, false];
    else if (score > 0 && score === bestScore) tie = true;
  }
  return bestScore === 0 || tie ? entry.default : best;
}

// Optimal string alignment distance (Levenshtein plus adjacent transposition).
function osa(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, d[i - 2]![j - 2]! + 1);
      d[i]![j] = v;
    }
  }
  return d[a.length]![b.length]!;
}

// Rows of the Markdown table under a "## " heading of CONCEPTS.md, without the header and separator rows.
function mdTable(heading: string): string[][] {
  const start = conceptsMd.indexOf(`\n## ${heading}\n`);
  expect(start, `CONCEPTS.md section "${heading}"`).toBeGreaterThanOrEqual(0);
  const rest = conceptsMd.slice(start + heading.length + 5);
  const end = rest.search(/\n## /);
  const rows = (end < 0 ? rest : rest.slice(0, end))
    .split('\n')
    .filter((l) => l.trim().startsWith('|'))
    .map((l) => l.trim().replace(/^\||\|$/g, '').split('|').map((cell) => cell.trim().replace(/^`|`$/g, '')));
  return rows.slice(2);
}

describe('dictionary header', () => {
  it('is version 1 in the five languages, with review status per language', () => {
    expect(dict.version).toBe(1);
    expect(dict.languages).toEqual([...LANGS]);
    for (const lang of LANGS) expect(typeof dict.reviewed[lang], lang).toBe('boolean');
    // No native speaker has reviewed the French, Haitian Creole or Portuguese phrases yet.
    for (const lang of ['fr', 'ht', 'pt'] as const) expect(dict.reviewed[lang], lang).toBe(false);
  });
});

describe('concepts', () => {
  it('have unique kebab-case ids, and there are at least 25', () => {
    for (const c of dict.concepts) expect(c.id, c.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    expect(byId.size).toBe(dict.concepts.length);
    expect(dict.concepts.length).toBeGreaterThanOrEqual(25);
  });

  it('point to codes that exist: needs and programmes in needs.json, populations in the profile taxonomy', () => {
    for (const c of dict.concepts) {
      expect(['need', 'population', 'programme'], c.id).toContain(c.kind);
      if (c.kind === 'population') expect(populationCodes.has(c.target), `${c.id} -> ${c.target}`).toBe(true);
      else expect(needCodes.has(c.target), `${c.id} -> ${c.target}`).toBe(true);
      if (c.note !== undefined) expect(c.note.trim(), c.id).not.toBe('');
    }
  });

  it('have Spanish and English phrases, and only the five languages', () => {
    for (const c of dict.concepts) {
      expect(c.phrases.es?.length, `${c.id} es`).toBeGreaterThan(0);
      expect(c.phrases.en?.length, `${c.id} en`).toBeGreaterThan(0);
      for (const [lang, list] of Object.entries(c.phrases)) {
        expect(LANGS as readonly string[], `${c.id} ${lang}`).toContain(lang);
        expect(list.length, `${c.id} ${lang}`).toBeGreaterThan(0);
      }
    }
  });

  it('write phrases trimmed, in lower case, and without accent-only duplicates in a concept', () => {
    for (const c of dict.concepts) {
      for (const lang of LANGS) {
        const seen = new Map<string, string>();
        for (const p of c.phrases[lang] ?? []) {
          expect(isWellFormed(p, lang), `${c.id} ${lang} "${p}"`).toBe(true);
          const f = fold(p);
          expect(seen.get(f), `${c.id} ${lang}: "${p}" repeats "${seen.get(f)}"`).toBeUndefined();
          seen.set(f, p);
        }
      }
    }
  });

  it('never give one phrase of a language to two concepts (ambiguous phrases live in "ambiguous")', () => {
    for (const lang of LANGS) {
      const owner = new Map<string, string>();
      for (const c of dict.concepts) {
        for (const p of c.phrases[lang] ?? []) {
          const f = fold(p);
          const prev = owner.get(f);
          expect(prev === undefined || prev === c.id, `${lang} "${p}" in ${prev} and ${c.id}`).toBe(true);
          owner.set(f, c.id);
        }
      }
      for (const a of dict.ambiguous.filter((e) => e.lang === lang)) {
        expect(owner.get(fold(a.phrase)), `${lang} "${a.phrase}" is ambiguous but also a concept phrase`).toBeUndefined();
      }
    }
  });

  it('cover the needs, populations and programmes that people ask about', () => {
    const rootOf = (code: string): string => {
      let t = needCodes.get(code)!;
      while (t.parent_code !== null) t = needCodes.get(t.parent_code)!;
      return t.code;
    };
    const coveredNeeds = new Set(dict.concepts.filter((c) => c.kind !== 'population').map((c) => rootOf(c.target)));
    for (const code of [
      'shelter', 'food', 'health', 'sexual-reproductive-health', 'mental-health', 'legal-status', 'asylum',
      'documents-identity', 'work', 'child-protection', 'gender-based-violence', 'trafficking-exploitation',
      'family-contact', 'voluntary-return', 'education', 'money-remittances', 'interpretation', 'transport',
      'hygiene-clothing', 'communication', 'disability-support',
    ]) {
      expect(coveredNeeds.has(code), code).toBe(true);
    }
    const populations = new Set(dict.concepts.filter((c) => c.kind === 'population').map((c) => c.target));
    for (const code of [
      'women', 'unaccompanied-children', 'families', 'lgbtiq', 'indigenous-language-speakers',
      'people-with-disabilities', 'older-adults',
    ]) {
      expect(populations.has(code), code).toBe(true);
    }
    for (const id of ['tvtf', 'tvr', 'tvrh', 'comar', 'curp', 'inm', 'rva']) expect(byId.get(id)?.kind, id).toBe('programme');
  });
});

describe('ambiguous phrases', () => {
  it('have at least two senses that point to existing codes, a default among them, and cues', () => {
    const seen = new Set<string>();
    for (const a of dict.ambiguous) {
      const label = `${a.lang} "${a.phrase}"`;
      expect(LANGS as readonly string[], label).toContain(a.lang);
      expect(isWellFormed(a.phrase, a.lang), label).toBe(true);
      expect(seen.has(`${a.lang}:${fold(a.phrase)}`), `${label} listed twice`).toBe(false);
      seen.add(`${a.lang}:${fold(a.phrase)}`);
      expect(a.note.trim(), label).not.toBe('');
      expect(a.senses.length, label).toBeGreaterThanOrEqual(2);
      const targets = a.senses.map((s) => s.target);
      expect(new Set(targets).size, `${label}: a target twice`).toBe(targets.length);
      expect(targets, `${label}: default`).toContain(a.default);
      const cueOwner = new Map<string, string>();
      for (const s of a.senses) {
        if (s.kind === 'population') expect(populationCodes.has(s.target), `${label} -> ${s.target}`).toBe(true);
        else {
          expect(s.kind, label).toBe('need');
          expect(needCodes.has(s.target), `${label} -> ${s.target}`).toBe(true);
        }
        if (s.target !== a.default) expect(s.cues.length, `${label} -> ${s.target} has no cue`).toBeGreaterThan(0);
        for (const cue of s.cues) {
          expect(isWellFormed(cue, a.lang), `${label} cue "${cue}"`).toBe(true);
          expect(fold(cue), `${label} cue is the phrase itself`).not.toBe(fold(a.phrase));
          const prev = cueOwner.get(fold(cue));
          expect(prev, `${label}: cue "${cue}" in ${prev} and ${s.target}`).toBeUndefined();
          cueOwner.set(fold(cue), s.target);
        }
      }
    }
  });

  it('include the ones the route is known for', () => {
    const listed = new Set(dict.ambiguous.map((a) => `${a.lang}:${a.phrase}`));
    for (const key of ['es:refugio', 'es:asilo', 'es:papeles', 'es:casa', 'es:ayuda', 'es:visa', 'es:cita', 'es:tarjeta']) {
      expect(listed.has(key), key).toBe(true);
    }
    const refugio = dict.ambiguous.find((a) => a.lang === 'es' && a.phrase === 'refugio')!;
    expect(refugio.default).toBe('shelter');
    expect(refugio.senses.map((s) => s.target).sort()).toEqual(['asylum', 'shelter']);
  });

  // Query, language and ambiguous phrase, and the target that the cues (or the default) give.
  const RESOLUTIONS: [string, Lang, string, string][] = [
    ['refugio', 'es', 'refugio', 'shelter'],
    ['refugio para dormir hoy', 'es', 'refugio', 'shelter'],
    ['pedir refugio', 'es', 'refugio', 'asylum'],
    ['cita comar refugio', 'es', 'refugio', 'asylum'],
    ['asilo', 'es', 'asilo', 'asylum'],
    ['asilo para mi abuelo', 'es', 'asilo', 'older-adults'],
    ['asilo político', 'es', 'asilo', 'asylum'],
    ['arreglar papeles', 'es', 'papeles', 'legal-status'],
    ['me robaron los papeles', 'es', 'papeles', 'documents-identity'],
    ['el patrón me quitó los papeles', 'es', 'papeles', 'trafficking-exploitation'],
    ['lost my papers', 'en', 'papers', 'documents-identity'],
    ['yo pran papye m', 'ht', 'papye', 'trafficking-exploitation'],
    ['busco a mi familia', 'es', 'familia', 'family-contact'],
    ['albergue para familia', 'es', 'familia', 'families'],
    ['family shelter', 'en', 'family', 'families'],
    ['regresar a casa', 'es', 'casa', 'voluntary-return'],
    ['casa de cambio', 'es', 'casa', 'money-remittances'],
    ['ayuda', 'es', 'ayuda', 'information-referral'],
    ['ayuda urgente', 'es', 'ayuda', 'emergency'],
    ['ayuda legal', 'es', 'ayuda', 'legal-representation'],
    ['legal help asylum', 'en', 'help', 'legal-representation'],
    ['cita en comar', 'es', 'cita', 'asylum'],
    ['cita con el doctor', 'es', 'cita', 'health'],
    ['cita en el consulado', 'es', 'cita', 'consular-services'],
    ['tarjeta de visitante regional', 'es', 'tarjeta', 'border-visitor-cards'],
    ['tarjeta del banco', 'es', 'tarjeta', 'money-remittances'],
    ['visa humanitaria', 'es', 'visa', 'regularization'],
    ['me agarró la migra', 'es', 'migra', 'migration-detention'],
    ['retorno asistido oim', 'es', 'retorno asistido', 'voluntary-return'],
    ['retorno asistido desde la estación del inm', 'es', 'retorno asistido', 'migration-detention'],
    ['violencia de las pandillas', 'es', 'violencia', 'asylum'],
    ['denunciar trata', 'es', 'denunciar', 'report-trafficking'],
    ['permiso para trabajar', 'es', 'permiso', 'work-permit'],
    ['constancia de estudios', 'es', 'constancia', 'education'],
  ];
  it.each(RESOLUTIONS)('"%s" (%s "%s") resolves to %s', (query, lang, phrase, expected) => {
    const entry = dict.ambiguous.find((a) => a.lang === lang && a.phrase === phrase);
    expect(entry, `${lang} "${phrase}"`).toBeDefined();
    expect(resolve(query, entry!)).toBe(expected);
  });
});

describe('example queries', () => {
  // Query -> the concepts it must contain at least one phrase of, after simple folding (in any language,
  // since the query's language is not known).
  const EXAMPLES: [string, string[]][] = [
    ['donde dormir tapachula', ['shelter']],
    ['arreglar mis papeles', ['regularization']],
    ['abri', ['shelter']],
    ['manje gratis', ['free-meals']],
    ['kote pou dòmi', ['shelter']],
    ['chamba', ['work']],
    ['travay', ['work']],
    ['me duele', ['health']],
    ['me pega mi pareja', ['gender-based-violence']],
    ['legal help asylum', ['legal-representation', 'asylum']],
    ['pedir refugio', ['asylum-application']],
    ['trabajo en tapachula', ['work']],
    ['doctor para mi hijo', ['health']],
    ['donde cargar mi celular', ['phone-charging']],
    ['enviar dinero a mi familia', ['remittances']],
    ['perdí a mi hijo', ['child-protection']],
    ['quiero regresar a mi país', ['voluntary-return']],
    ['tarjeta de visitante trabajador fronterizo', ['tvtf']],
  ];
  it.each(EXAMPLES)('"%s" contains a phrase of %j', (query, expected) => {
    for (const id of expected) {
      const c = byId.get(id);
      expect(c, id).toBeDefined();
      const hits = phrasesOf(c!).filter(([, p]) => contains(query, p));
      expect(hits, `${query} -> ${id}`).not.toEqual([]);
    }
  });

  // Typos are corrected elsewhere; the dictionary only has to hold a phrase one edit away.
  const TYPOS: [string, string][] = [['albergeu', 'shelter']];
  it.each(TYPOS)('typo "%s" is one edit from a phrase of %s', (query, id) => {
    const phrases = phrasesOf(byId.get(id)!).map(([, p]) => fold(p));
    expect(phrases.some((p) => osa(fold(query), p) <= 1)).toBe(true);
  });

  // Where phrases of two concepts overlap, the longest phrase decides.
  const LONGEST: [string, string][] = [
    ['no puedo regresar a mi país', 'asylum'],
    ['no quiero regresar a mi país', 'asylum'],
    ['no quiero volver', 'asylum'],
    ['quiero regresar a mi país', 'voluntary-return'],
    ['no puedo dormir', 'mental-health'],
    ['perdí mis papeles', 'lost-documents'],
    ['me robaron mis documentos', 'lost-documents'],
    ['me quitaron mis documentos', 'trafficking-exploitation'],
    ['oferta de trabajo falsa', 'trafficking-exploitation'],
    ['albergue para mujeres', 'shelter-women-children'],
    ['casa del migrante', 'shelter'],
    ['mujer trans', 'lgbtiq'],
    ['intérprete de señas', 'disability-support'],
    ['llamar a mi familia', 'family-contact'],
    ['retorno voluntario asistido', 'rva'],
    ['violencia sexual', 'sexual-violence'],
  ];
  it.each(LONGEST)('the longest phrase in "%s" belongs to %s', (query, id) => {
    expect(longestMatch(query)).toBe(id);
  });
});

describe('CONCEPTS.md', () => {
  const findPhrase = (lang: string, phrase: string, where: string): boolean => {
    if (where === 'ambiguous') return dict.ambiguous.some((a) => a.lang === lang && a.phrase === phrase);
    return (byId.get(where)?.phrases[lang as Lang] ?? []).includes(phrase);
  };

  it('lists deliberate misspellings that are in the data', () => {
    const rows = mdTable('Deliberate misspellings and variants');
    expect(rows.length).toBeGreaterThan(5);
    for (const [lang, phrase, where] of rows) expect(findPhrase(lang!, phrase!, where!), `${lang} "${phrase}" in ${where}`).toBe(true);
  });

  it('lists phrases to check that are in the data', () => {
    const rows = mdTable('Phrases to check');
    expect(rows.length).toBeGreaterThan(5);
    for (const [lang, phrase, where] of rows) expect(findPhrase(lang!, phrase!, where!), `${lang} "${phrase}" in ${where}`).toBe(true);
  });

  it('lists exactly the phrases that fold to the same string in two languages with different targets', () => {
    // folded phrase -> language -> target (or "ambiguous")
    const uses = new Map<string, Map<string, string>>();
    const add = (f: string, lang: string, target: string) => {
      if (!uses.has(f)) uses.set(f, new Map());
      uses.get(f)!.set(lang, target);
    };
    for (const c of dict.concepts) for (const [lang, p] of phrasesOf(c)) add(fold(p), lang, c.target);
    for (const a of dict.ambiguous) add(fold(a.phrase), a.lang, 'ambiguous');
    const collisions = [...uses]
      .filter(([, byLang]) => new Set(byLang.values()).size > 1)
      .map(([f, byLang]) => `${f} | ${[...byLang].map(([l, t]) => `${l} ${t}`).sort().join('; ')}`)
      .sort();
    const documented = mdTable('Cross-language collisions')
      .map(([f, where]) => `${fold(f!)} | ${where!.split(';').map((w) => w.trim()).sort().join('; ')}`)
      .sort();
    expect(documented).toEqual(collisions);
  });
});
