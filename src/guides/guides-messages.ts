import { registerMessages, type Catalogue, type Locale } from '../lib/i18n.js';
import { en } from './messages-en.js';
import { es } from './messages-es.js';
import { fr } from './messages-fr.js';
import { ht } from './messages-ht.js';
import { pt } from './messages-pt.js';

export const GUIDES_CATALOGUE: Catalogue = { es, en, fr, ht, pt };

/** Languages whose guide translations a fluent reader has reviewed; the others say so on every page. */
export const REVIEWED_LOCALES: readonly Locale[] = ['es', 'en'];

/** Keys that fr, ht and pt need: the route finder, the self-check and the hotlines. The rest may fall back. */
export const THIRD_LANGUAGE_PREFIXES = ['nav.', 'common.', 'rf.', 'q.', 'nat.', 'place.', 'goal.', 'fear.', 'family.', 'problem.', 'comar.', 'warn.', 'sc.', 'hl.'];

registerMessages('guides', GUIDES_CATALOGUE);
