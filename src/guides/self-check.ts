import { INDICATORS, type Indicator } from '../content/indicators.js';
import type { RawAnswers } from './route-finder.js';

export type SelfCheckAnswer = 'yes' | 'no' | 'skip';
const ANSWERS: readonly SelfCheckAnswer[] = ['yes', 'no', 'skip'];

export interface SelfCheckResult {
  signs: Indicator[];
  urgent: boolean;
  /** Questions left unanswered or answered "prefer not to say": the result says it is partial. */
  unanswered: number;
  /** Some field carried a value the form never offers: the person is asked to answer again. */
  tampered: boolean;
}

/**
 * Reads the answers and names the warning signs present. It does not add them up into a verdict: the number of
 * signs says nothing certain about one person's situation, so every result hands off to a human service.
 */
export function evaluateSelfCheck(raw: RawAnswers): SelfCheckResult {
  const signs: Indicator[] = [];
  let unanswered = 0;
  let tampered = false;
  for (const ind of INDICATORS) {
    const values = raw[ind.id] ?? [];
    if (values.length > 1 || (values[0] !== undefined && !ANSWERS.includes(values[0] as SelfCheckAnswer))) tampered = true;
    const a = values.length === 1 ? values[0] : undefined;
    if (a === 'yes') signs.push(ind);
    else if (a !== 'no') unanswered++;
  }
  if (tampered) return { signs: [], urgent: false, unanswered: INDICATORS.length, tampered };
  return { signs, urgent: signs.some((s) => s.urgent), unanswered, tampered };
}
