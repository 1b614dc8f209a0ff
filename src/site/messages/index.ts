import { registerMessages, type Catalogue, type Locale } from '../../lib/i18n.js';
import en from './en.js';
import es from './es.js';
import fr from './fr.js';
import ht from './ht.js';
import pt from './pt.js';

/** The site's interface messages, by locale; Spanish is the source text. */
export const SITE_MESSAGES: Catalogue = { es, en, fr, ht, pt };

/**
 * Whether a native speaker has checked each translation. Spanish is the source; the others were
 * written by the project and wait for review, which the footer says in that language.
 */
export const REVIEWED: Record<Locale, boolean> = { es: true, en: false, fr: false, ht: false, pt: false };

registerMessages('site', SITE_MESSAGES);
