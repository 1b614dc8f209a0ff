import { describe, expect, it } from 'vitest';
import { findRoutes, parseAnswers, type RawAnswers } from './route-finder.js';

const TODAY = new Date('2026-12-01T00:00:00Z');

/** Answers as a person would give them; `goal` may list several, separated by "+". */
function answers(a: Partial<Record<'nationality' | 'place' | 'goal' | 'entry' | 'fear' | 'family' | 'crime' | 'child', string>>): RawAnswers {
  const base = { nationality: 'gt', place: 'tapachula', goal: 'work', entry: '2026-11-20', fear: 'no', family: 'none', crime: 'no', child: 'no', ...a };
  const raw: RawAnswers = {};
  for (const [k, v] of Object.entries(base)) raw[k] = k === 'goal' ? v.split('+').filter(Boolean) : v === '' ? [] : [v];
  return raw;
}

// prettier-ignore
const SCENARIOS: [string, Parameters<typeof answers>[0], string[], string | null][] = [
  // who,                                             answers that differ from the base,                                    routes that may fit,                               last day for COMAR
  ['Guatemalan wants to work in Chiapas',             {},                                                                   ['tvtf'],                                         null],
  ['Belizean wants to work',                          { nationality: 'bz' },                                                ['tvtf'],                                         null],
  ['Guatemalan wants to visit',                       { goal: 'visit' },                                                    ['tvr'],                                          null],
  ['Honduran wants to visit',                         { nationality: 'hn', goal: 'visit' },                                 ['tvr'],                                          null],
  ['Salvadoran wants to visit',                       { nationality: 'sv', goal: 'visit', place: 'tenosique' },             ['tvr'],                                          null],
  ['Salvadoran wants to work: no TVTF',               { nationality: 'sv' },                                                [],                                               null],
  ['Nicaraguan wants to visit: no TVR',               { nationality: 'ni', goal: 'visit' },                                 [],                                               null],
  ['Guatemalan wants to work and visit',              { goal: 'work+visit' },                                               ['tvtf', 'tvr'],                                  null],
  ['Honduran fears return, entered 20 Nov',           { nationality: 'hn', fear: 'yes', goal: 'protection' },               ['comar', 'complementary', 'tvrh'],               '2027-01-05'],
  ['Venezuelan unsure about fear, entered 1 Jun',     { nationality: 've', fear: 'unsure', goal: 'stay', entry: '2026-06-01' }, ['comar', 'complementary', 'tvrh'],         '2026-07-13'],
  ['Haitian asks for protection, entered 2 Nov',      { nationality: 'ht', fear: 'yes', goal: 'protection', entry: '2026-11-02' }, ['comar', 'complementary', 'tvrh'],      '2026-12-15'],
  ['Cuban fears return, entered on Christmas Eve 2025', { nationality: 'cu', fear: 'yes', goal: 'stay', entry: '2025-12-24' }, ['comar', 'complementary', 'tvrh'],        '2026-02-09'],
  ['Colombian with Mexican spouse',                   { nationality: 'co', goal: 'stay', family: 'mexican', place: 'mexico-other' }, ['art133'],                            null],
  ['Ecuadorian with resident-foreigner child',        { nationality: 'ec', goal: 'stay', family: 'resident' },              ['art133'],                                       null],
  ['Family tie but outside Mexico',                   { nationality: 'co', goal: 'stay', family: 'mexican', place: 'outside', entry: '' }, [],                              null],
  ['Victim of a crime in Mexico',                     { nationality: 'hn', goal: 'stay', crime: 'yes' },                    ['tvrh', 'art133'],                               null],
  ['Witness of a crime who also fears return',        { nationality: 'sv', goal: 'stay', crime: 'yes', fear: 'yes' },       ['comar', 'complementary', 'tvrh', 'art133'],     '2027-01-05'],
  ['Unaccompanied child',                             { nationality: 'gt', goal: 'stay', child: 'yes' },                    ['tvrh'],                                         null],
  ['Unaccompanied child who fears return',            { nationality: 'hn', goal: 'protection', child: 'yes', fear: 'yes' }, ['comar', 'complementary', 'tvrh'],               '2027-01-05'],
  ['Wants to go back home',                           { nationality: 'br', goal: 'return' },                                ['rva'],                                          null],
  ['Wants to go back but fears return',               { nationality: 'hn', goal: 'return', fear: 'yes' },                   ['comar', 'complementary', 'tvrh', 'rva'],        '2027-01-05'],
  ['Guatemalan works and has Mexican partner',        { family: 'mexican' },                                                ['tvtf', 'art133'],                               null],
  ['Guatemalan outside Mexico wants to work',         { place: 'outside', entry: '' },                                      ['tvtf'],                                         null],
  ['Honduran outside Mexico fears return',            { nationality: 'hn', place: 'outside', entry: '', fear: 'yes', goal: 'protection' }, ['comar', 'complementary', 'tvrh'], null],
  ['Other nationality, just wants to stay',           { nationality: 'other', goal: 'stay' },                               [],                                               null],
  ['Fear, entered long ago: limit has passed',        { nationality: 've', fear: 'yes', goal: 'stay', entry: '2025-03-03' }, ['comar', 'complementary', 'tvrh'],             '2025-04-15'],
  ['Entered across the 2026 change of year',          { nationality: 'hn', fear: 'yes', goal: 'stay', entry: '2026-12-01' }, ['comar', 'complementary', 'tvrh'],             '2027-01-14'],
  ['Entered today',                                   { nationality: 'ni', fear: 'yes', goal: 'protection', entry: '2026-12-01' }, ['comar', 'complementary', 'tvrh'],       '2027-01-14'],
  ['Belizean visits and has resident parent',         { nationality: 'bz', goal: 'visit', family: 'resident', place: 'quintana-roo' }, ['tvr', 'art133'],                    null],
  ['Victim of crime who wants to go home',            { nationality: 'gt', goal: 'return', crime: 'yes' },                  ['tvrh', 'art133', 'rva'],                        null],
];

describe('route finder scenarios', () => {
  it.each(SCENARIOS)('%s', (_who, a, routes, lastDay) => {
    const { profile, problems } = parseAnswers(answers(a), TODAY);
    expect(problems).toEqual([]);
    const result = findRoutes(profile!, TODAY);
    expect(result.matches.map((m) => m.route.id)).toEqual(routes);
    expect(result.comar?.lastDay ?? null).toBe(lastDay);
    if (result.comar) expect(result.comar.passed).toBe(result.comar.lastDay < '2026-12-01');
    if (!routes.length) expect(result.warnings).toContain('no-route');
    for (const m of result.matches) for (const r of m.rules) expect(r.legalBasis).not.toBe('');
  });

  it.each([
    ['gt', 'work', 'mexico-other', true],
    ['gt', 'work', 'yucatan', true],
    ['hn', 'visit', 'yucatan', false],
    ['hn', 'visit', 'mexico-other', true],
    ['gt', 'work', 'tapachula', false],
  ])('border cards for %s/%s in %s: warned that they only hold in the south = %s', (nationality, goal, place, warned) => {
    const w = findRoutes(parseAnswers(answers({ nationality, goal, place }), TODAY).profile!, TODAY).warnings;
    expect(w.includes('border-region-only')).toBe(warned);
  });

  it('warns a child travelling alone, and someone who wants to return while fearing it', () => {
    expect(findRoutes(parseAnswers(answers({ child: 'yes', goal: 'stay' }), TODAY).profile!, TODAY).warnings).toContain('child-alone');
    expect(findRoutes(parseAnswers(answers({ goal: 'return', fear: 'yes' }), TODAY).profile!, TODAY).warnings).toContain('return-with-fear');
  });
});

// prettier-ignore
const BAD: [string, RawAnswers, { field: string; key: string }][] = [
  ['no nationality',                   answers({ nationality: '' }),                                   { field: 'nationality', key: 'missing' }],
  ['unknown nationality',              answers({ nationality: 'atlantis' }),                           { field: 'nationality', key: 'invalid' }],
  ['entry date in the future',         answers({ entry: '2027-03-01' }),                               { field: 'entry', key: 'future' }],
  ['entry date decades ago',           answers({ entry: '1990-05-01' }),                               { field: 'entry', key: 'too-old' }],
  ['entry date that does not exist',   answers({ entry: '2026-02-30' }),                               { field: 'entry', key: 'invalid' }],
  ['entry date as free text',          answers({ entry: 'last week' }),                                { field: 'entry', key: 'invalid' }],
  ['in Mexico without an entry date',  answers({ entry: '' }),                                         { field: 'entry', key: 'missing' }],
  ['outside Mexico with an entry date', answers({ place: 'outside' }),                                 { field: 'entry', key: 'outside-with-entry' }],
  ['protection without fear',          answers({ goal: 'protection', fear: 'no' }),                    { field: 'fear', key: 'protection-without-fear' }],
  ['no goal',                          answers({ goal: '' }),                                          { field: 'goal', key: 'missing' }],
  ['tampered goal',                    answers({ goal: 'work+<script>' }),                             { field: 'goal', key: 'invalid' }],
  ['repeated field',                   { ...answers({}), fear: ['yes', 'no'] },                        { field: 'fear', key: 'repeated' }],
  ['unknown place',                    answers({ place: 'mars' }),                                     { field: 'place', key: 'invalid' }],
];

describe('bad answers ask again and never give a route', () => {
  it.each(BAD)('%s', (_what, raw, problem) => {
    const { profile, problems } = parseAnswers(raw, TODAY);
    expect(profile).toBeUndefined();
    expect(problems).toContainEqual(problem);
  });

  it('an empty form names every required field', () => {
    const { problems } = parseAnswers({}, TODAY);
    expect(problems.map((p) => p.field).sort()).toEqual(['child', 'crime', 'family', 'fear', 'goal', 'nationality', 'place']);
  });
});
