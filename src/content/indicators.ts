import { COERCION_INDICATORS } from './indicators-coercion.js';
import { DECEPTION_INDICATORS } from './indicators-deception.js';
import type { Provenance } from './provenance.js';
import type { Text } from './text.js';

/**
 * The "Think twice" self-check questions. Each rests on named ILO forced-labour indicators and Polaris signs;
 * no short tool has been validated for migrants in the region, so answers point to warning signs, never a verdict.
 */
export interface Indicator {
  id: string;
  question: Text;
  /** Shown when the answer is yes: the sign, in plain words, and why it matters. */
  sign: Text;
  why: Text;
  /** The names of the indicators as their sources give them. */
  basis: string[];
  /** A sign of immediate danger: the result then leads with 911. */
  urgent?: boolean;
  provenance: Provenance;
}

export const INDICATORS: Indicator[] = [...DECEPTION_INDICATORS, ...COERCION_INDICATORS];
