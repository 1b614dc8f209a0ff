import { describe, expect, it } from 'vitest';
import { editDistance, SpellIndex } from './spelling.js';

describe('spelling', () => {
  it.each([
    ['albergue', 'albergue', 0],
    ['albergeu', 'albergue', 1], // two letters swapped
    ['alberge', 'albergue', 1],
    ['asesoria', 'asesorias', 1],
    ['abogao', 'abogado', 1],
    ['comedr', 'comedor', 1],
    ['psicologo', 'sicologo', 1],
    ['casa', 'cosas', 2],
  ])('distance(%s, %s) = %i', (a, b, d) => {
    expect(editDistance(a, b, 3)).toBe(d);
  });

  const index = new SpellIndex();
  for (const w of ['albergue', 'comedor', 'abogado', 'asesoria', 'legal', 'tapachula', 'trabajo', 'trabaja']) index.add(w, 1);
  index.add('trabajo', 5);

  it.each([
    ['albergeu', 'albergue'],
    ['alverge', undefined], // two edits in a 7-letter word: too far to guess safely
    ['comedr', 'comedor'],
    ['abogao', 'abogado'],
    ['tapachla', 'tapachula'],
    ['trabaje', 'trabajo'], // equally near two words: the weightier wins
    ['albergue', undefined], // known words are left alone
    ['sol', undefined], // short words are never corrected
    ['xyzzyq', undefined],
  ])('corrects %s to %s', (typed, expected) => {
    expect(index.correct(typed)).toBe(expected);
  });
});
