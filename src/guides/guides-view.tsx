import type { Child } from 'hono/jsx';
import { isOutOfDate, type Provenance } from '../content/provenance.js';
import { pick, type ContentLanguage, type Text } from '../content/text.js';
import { t, type Locale } from '../lib/i18n.js';
import { REVIEWED_LOCALES } from './guides-messages.js';

export const m = (lang: Locale, key: string, values?: Record<string, unknown>) => t(lang, `guides.${key}`, values);

export function formatDate(lang: Locale, iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  if (Number.isNaN(d.getTime())) return iso;
  return new Intl.DateTimeFormat(lang === 'ht' ? 'fr' : lang, { dateStyle: 'long', timeZone: 'UTC' }).format(d);
}

/** Content text in the reader's language, marked when it is shown in Spanish instead. */
export function Tx(props: { lang: Locale; text: Text; content?: ContentLanguage }) {
  if (props.content) {
    const chosen = props.text[props.content];
    return chosen !== undefined ? <span lang={props.content}>{chosen}</span> : <span lang="es">{props.text.es}</span>;
  }
  const own = props.text[props.lang];
  if (own !== undefined) return <>{own}</>;
  return <span lang="es">{pick(props.text, props.lang)}</span>;
}

/** Where a fact comes from and when it was reviewed, shown beside it on every page. */
export function SourceNote(props: { lang: Locale; p: Provenance; now?: Date }) {
  const { lang, p } = props;
  return (
    <aside class="sources">
      {p.unverified ? <p class="unverified"><strong>{m(lang, 'common.unverified')}</strong></p> : null}
      {isOutOfDate(p, props.now) ? <p class="outdated"><strong>{m(lang, 'common.outdated')}</strong></p> : null}
      <p>
        {m(lang, 'common.sources')} · {m(lang, 'common.reviewed', { date: formatDate(lang, p.reviewed) })}
      </p>
      <ul>
        {p.sources.map((s) => (
          <li>
            <a href={s.url} rel="noreferrer">{s.title}</a>
          </li>
        ))}
      </ul>
    </aside>
  );
}

/** The guides' part of a page inside the site's shell: the notice for unreviewed translations, then the content. */
export function GuideShell(props: { lang: Locale; children: Child }) {
  const { lang } = props;
  return (
    <>
      {REVIEWED_LOCALES.includes(lang) ? null : <p class="note">{m(lang, 'common.translationNotReviewed')} {m(lang, 'common.untranslated')}</p>}
      {props.children}
    </>
  );
}
