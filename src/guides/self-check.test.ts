import { describe, expect, it } from 'vitest';
import { INDICATORS } from '../content/indicators.js';
import { evaluateSelfCheck } from './self-check.js';

/** Every question answered "no" except those listed as "yes". */
function answers(yes: string[], overrides: Record<string, string[]> = {}) {
  const raw: Record<string, string[]> = {};
  for (const i of INDICATORS) raw[i.id] = [yes.includes(i.id) ? 'yes' : 'no'];
  return { ...raw, ...overrides };
}

// prettier-ignore
const SCENARIOS: [string, string[], boolean][] = [
  // situation,                                                                 questions answered yes,                    urgent
  ['"Reina": hired as a waitress, other duties expected on arrival',             ['duties', 'conditions'],                   false],
  ['"Flor": the job offer was not what she was promised',                        ['conditions'],                             false],
  ['Promised a good wage and help with papers, reality was different',           ['wages', 'papers'],                        false],
  ['Documents withheld and conditions changed after taking the job',             ['documents', 'conditions'],                false],
  ['Nothing of concern',                                                          [],                                         false],
  ['Debt to the recruiter that keeps the person working',                        ['debt'],                                   false],
  ['Threatened with being reported to immigration',                              ['threats'],                                true],
  ['Locked in at the workplace, phone taken',                                    ['movement', 'isolation'],                  true],
  ['Hit by the employer',                                                         ['violence'],                               true],
  ['Long forced hours in an unsafe workshop',                                    ['hours', 'conditions-unsafe'],             false],
  ['Domestic worker: papers kept, not allowed out, unpaid',                      ['documents', 'movement', 'wages'],         true],
  ['Farm worker: debt, housing inhumane, overtime',                              ['debt', 'conditions-unsafe', 'hours'],     false],
  ['Every sign present',                                                          INDICATORS.map((i) => i.id),                true],
  ['Isolation only',                                                              ['isolation'],                              false],
  ['Threats to the family and withheld wages',                                   ['threats', 'wages'],                       true],
  ['Papers promised, debt growing',                                               ['papers', 'debt'],                         false],
];

describe('self-check scenarios', () => {
  it.each(SCENARIOS)('%s', (_situation, yes, urgent) => {
    const r = evaluateSelfCheck(answers(yes));
    expect(r.tampered).toBe(false);
    expect(r.signs.map((s) => s.id).sort()).toEqual([...yes].sort());
    expect(r.urgent).toBe(urgent);
    expect(r.unanswered).toBe(0);
  });

  it('has 8 to 12 questions, each resting on named indicators', () => {
    expect(INDICATORS.length).toBeGreaterThanOrEqual(8);
    expect(INDICATORS.length).toBeLessThanOrEqual(12);
    for (const i of INDICATORS) expect(i.basis.length).toBeGreaterThan(0);
  });

  it('counts questions left blank or skipped', () => {
    const r = evaluateSelfCheck({ duties: ['yes'], documents: ['skip'] });
    expect(r.signs.map((s) => s.id)).toEqual(['duties']);
    expect(r.unanswered).toBe(INDICATORS.length - 1);
  });

  it('a tampered form names no sign and asks again', () => {
    expect(evaluateSelfCheck(answers(['duties'], { threats: ['maybe'] }))).toMatchObject({ tampered: true, signs: [] });
    expect(evaluateSelfCheck(answers([], { debt: ['yes', 'no'] }))).toMatchObject({ tampered: true, signs: [] });
  });
});
