import { describe, expect, it } from 'vitest';
import { ConceptMatcher, type ConceptData } from './concepts.js';
import { tokens } from './text.js';

const data: ConceptData = {
  version: 1,
  concepts: [
    { id: 'shelter', kind: 'need', target: 'shelter', phrases: { es: ['albergue', 'donde dormir', 'dormir'], ht: ['kote pou dòmi', 'abri'], fr: ['abri'] } },
    { id: 'food', kind: 'need', target: 'food', phrases: { es: ['comida', 'comedor'], ht: ['manje'], fr: ['pain'] } },
    { id: 'health', kind: 'need', target: 'health', phrases: { en: ['pain', 'doctor'] } },
    { id: 'women', kind: 'population', target: 'women', phrases: { es: ['mujeres'] } },
    { id: 'comar', kind: 'programme', target: 'asylum', phrases: { es: ['COMAR'] } },
  ],
  ambiguous: [
    {
      phrase: 'refugio',
      lang: 'es',
      senses: [
        { target: 'shelter', cues: ['dormir', 'noche'] },
        { target: 'asylum', cues: ['pedir', 'solicitar', 'COMAR'] },
      ],
      default: 'shelter',
    },
  ],
};
const matcher = new ConceptMatcher(data);
const find = (q: string, lang: 'es' | 'en' | 'fr' | 'ht' = 'es') => matcher.find(tokens(q), lang).map((m) => [m.target, m.start, m.end]);

describe('ConceptMatcher', () => {
  it('matches on stems and prefers the longest phrase', () => {
    expect(find('¿Dónde dormir hoy?')).toEqual([['shelter', 0, 2]]);
    expect(find('albergues para mujeres')).toEqual([
      ['shelter', 0, 1],
      ['women', 2, 3],
    ]);
    expect(find('kote pou dòmi', 'ht')).toEqual([['shelter', 0, 3]]);
  });

  it('prefers the language of the query where two languages spell alike', () => {
    expect(find('pain', 'fr')).toEqual([['food', 0, 1]]);
    expect(find('pain', 'en')).toEqual([['health', 0, 1]]);
  });

  it('reads the sense of an ambiguous word from its neighbours', () => {
    expect(find('quiero pedir refugio')).toEqual([['asylum', 2, 3]]);
    expect(find('solicitar refugio en la COMAR')).toEqual([
      ['asylum', 1, 2],
      ['asylum', 4, 5],
    ]);
    expect(find('refugio para dormir esta noche')).toEqual([
      ['shelter', 0, 1],
      ['shelter', 2, 3],
    ]);
    expect(find('refugio')).toEqual([['shelter', 0, 1]]);
  });

  it('keeps programme names whole: COMAR is not a form of "comida"', () => {
    expect(find('comar')).toEqual([['asylum', 0, 1]]);
    expect(find('comidas')).toEqual([['food', 0, 1]]);
  });

  it('prefers a phrase written exactly as typed over one that only shares its stem', () => {
    const m = new ConceptMatcher({
      version: 1,
      concepts: [{ id: 'asylum', kind: 'need', target: 'asylum', phrases: { es: ['refugiado'] } }],
      ambiguous: [{ phrase: 'refugio', lang: 'es', senses: [{ target: 'shelter', cues: ['dormir'] }, { target: 'asylum', cues: ['pedir'] }], default: 'shelter' }],
    });
    expect(m.find(tokens('refugio')).map((x) => x.target)).toEqual(['shelter']);
    expect(m.find(tokens('refugiados')).map((x) => x.target)).toEqual(['asylum']);
  });

  it('finds nothing in unrelated words', () => {
    expect(find('tapachula centro')).toEqual([]);
  });
});
