import { registerMessages, t } from '../lib/i18n.js';
import { needsTaxonomy, profileTaxonomy, type UiLanguage } from '../taxonomy/taxonomy-data.js';
import type { Reason } from './search-engine.js';

/** ICU messages for the reasons a result is shown; the number formats follow each locale. */
const MESSAGES: Record<UiLanguage, Record<string, string>> = {
  es: {
    distance: '{km, number} km{town, select, none {} other { · cerca de {town}}}',
    open: '{open, select, true {abierto ahora} other {cerrado ahora}}',
    language: 'se habla {language}',
    free: 'gratuito',
    verified: '{days, plural, =0 {verificado hoy} one {verificado hace # día} other {verificado hace # días}}',
    words: 'menciona «{words}»',
  },
  en: {
    distance: '{km, number} km{town, select, none {} other { · near {town}}}',
    open: '{open, select, true {open now} other {closed now}}',
    language: 'speaks {language}',
    free: 'free',
    verified: '{days, plural, =0 {verified today} one {verified # day ago} other {verified # days ago}}',
    words: 'mentions “{words}”',
  },
  fr: {
    distance: '{km, number} km{town, select, none {} other { · près de {town}}}',
    open: '{open, select, true {ouvert maintenant} other {fermé maintenant}}',
    language: 'on y parle {language}',
    free: 'gratuit',
    verified: '{days, plural, =0 {vérifié aujourd’hui} one {vérifié il y a # jour} other {vérifié il y a # jours}}',
    words: 'mentionne « {words} »',
  },
  ht: {
    distance: '{km, number} km{town, select, none {} other { · toupre {town}}}',
    open: '{open, select, true {louvri kounye a} other {fèmen kounye a}}',
    language: 'yo pale {language}',
    free: 'gratis',
    verified: '{days, plural, =0 {verifye jodi a} other {verifye sa gen # jou}}',
    words: 'li pale de «{words}»',
  },
  pt: {
    distance: '{km, number} km{town, select, none {} other { · perto de {town}}}',
    open: '{open, select, true {aberto agora} other {fechado agora}}',
    language: 'fala-se {language}',
    free: 'gratuito',
    verified: '{days, plural, =0 {verificado hoje} one {verificado há # dia} other {verificado há # dias}}',
    words: 'menciona «{words}»',
  },
};

/** Language names in the reader's language, from the platform's own data (ICU), not typed here. */
function languageName(code: string, lang: UiLanguage): string {
  try {
    return new Intl.DisplayNames([lang === 'ht' ? 'fr' : lang], { type: 'language' }).of(code === 'hat' ? 'ht' : code) ?? code;
  } catch {
    return code;
  }
}

registerMessages('reasons', MESSAGES);
const format = (lang: UiLanguage, key: string, values: Record<string, unknown>) => t(lang, `reasons.${key}`, values);

function termName(code: string, lang: UiLanguage): string {
  const term = [...needsTaxonomy().terms, ...profileTaxonomy().terms].find((t) => t.code === code);
  return term?.names[lang] ?? term?.names.es ?? code;
}

/** One reason in words, e.g. "1,2 km · cerca de Tapachula" or "verified 3 days ago". */
export function reasonText(reason: Reason, lang: UiLanguage): string {
  switch (reason.code) {
    case 'need':
      return termName(reason.need, lang);
    case 'population':
      return termName(reason.population, lang);
    case 'distance':
      return format(lang, 'distance', { km: reason.km, town: reason.town ?? 'none' });
    case 'open':
      return format(lang, 'open', { open: String(reason.open) });
    case 'language':
      return format(lang, 'language', { language: languageName(reason.language, lang) });
    case 'free':
      return format(lang, 'free', {});
    case 'verified':
      return format(lang, 'verified', { days: reason.days });
    case 'words':
      return format(lang, 'words', { words: reason.words.join(', ') });
  }
}

/** The line shown under a result: "Albergue · 1,2 km · abierto ahora · se habla criollo haitiano". */
export function explain(reasons: Reason[], lang: UiLanguage): string {
  return reasons.filter((r) => r.code !== 'words').map((r) => reasonText(r, lang)).join(' · ');
}
