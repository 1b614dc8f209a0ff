import { ARTICLES } from '../content/articles.js';
import { CAMPAIGNS, type Campaign } from '../content/campaigns.js';
import { editorialQueue } from '../content/editorial.js';
import { HOTLINE_COUNTRIES, HOTLINES } from '../content/hotlines.js';
import { INITIATIVES, REGIONAL_STUDY } from '../content/regularization-catalogue.js';
import { ROUTES } from '../content/routes-content.js';
import type { Article } from '../content/articles.js';
import { contentLanguageName, contentLanguagesOf, type ContentLanguage } from '../content/text.js';
import type { Locale } from '../lib/i18n.js';
import { m, SourceNote, Tx } from './guides-view.js';

export function HotlinesView(props: { lang: Locale }) {
  const { lang } = props;
  return (
    <>
      <h1>{m(lang, 'hl.title')}</h1>
      <p>{m(lang, 'hl.intro')}</p>
      {HOTLINE_COUNTRIES.map((country) => (
        <section>
          <h2>{m(lang, `hl.country.${country}`)}</h2>
          {HOTLINES.filter((h) => h.country === country).map((h) => (
            <article>
              <h3><Tx lang={lang} text={h.name} /></h3>
              <ul>
                {h.numbers.map((n) => (
                  <li>
                    <a href={`tel:${n.dial}`} aria-label={m(lang, 'hl.call', { number: n.display })}><strong>{n.display}</strong></a>
                    {n.whatsapp ? ` (${m(lang, 'hl.whatsapp')})` : ''}
                  </li>
                ))}
              </ul>
              <p><Tx lang={lang} text={h.purpose} /></p>
              {h.operator ? <p>{m(lang, 'hl.operator', { operator: h.operator[lang] ?? h.operator.es })}</p> : null}
              {h.hours ? <p>{m(lang, 'hl.hours', { hours: h.hours[lang] ?? h.hours.es })}</p> : <p>{m(lang, 'hl.notKnown')}</p>}
              <p>{m(lang, h.free === undefined ? 'hl.costNotKnown' : h.free ? 'hl.free' : 'hl.costNotKnown')}</p>
              <SourceNote lang={lang} p={h.provenance} />
            </article>
          ))}
        </section>
      ))}
    </>
  );
}

export function InfoIndexView(props: { lang: Locale; now?: Date }) {
  const { lang } = props;
  const queue = editorialQueue(props.now);
  return (
    <>
      <h1>{m(lang, 'info.title')}</h1>
      <p>{m(lang, 'info.intro')}</p>
      <ul>
        {ARTICLES.map((a) => (
          <li><a href={`/${lang}/info/${a.slug}`}><Tx lang={lang} text={a.title} /></a></li>
        ))}
      </ul>
      <p class="note">{m(lang, 'common.disclaimer')}</p>
      <section>
        <h2>{m(lang, 'info.editors')}</h2>
        <p>{queue.overdue.length ? m(lang, 'info.overdue', { items: queue.overdue.map((o) => `${o.id} (${o.due})`).join(', ') }) : m(lang, 'info.overdueNone')}</p>
        {queue.unverified.length ? <p>{m(lang, 'info.unverifiedList', { items: queue.unverified.join(', ') })}</p> : null}
      </section>
    </>
  );
}

/** The Mayan language asked for an article (`?idioma=quc`): known, unknown, or none. */
export type ContentChoice = { content?: ContentLanguage; unknown?: string };

export function ArticleView(props: { lang: Locale; article: Article; choice?: ContentChoice }) {
  const { lang, article } = props;
  const content = props.choice?.content;
  const route = article.route ? ROUTES[article.route] : undefined;
  const whole = contentLanguagesOf([article.title, ...article.body]);
  return (
    <>
      <h1><Tx lang={lang} text={article.title} content={content} /></h1>
      {props.choice?.unknown !== undefined ? <p class="note" role="status">{m(lang, 'info.contentUnknown', { code: props.choice.unknown })}</p> : null}
      {content && !whole.includes(content) ? <p class="note" role="status">{m(lang, 'info.contentMissing', { language: contentLanguageName(content) })}</p> : null}
      {whole.length ? (
        <p>
          {m(lang, 'info.alsoIn')}{' '}
          {whole.map((code) => <a href={`/${lang}/info/${article.slug}?idioma=${code}`} lang={code} hreflang={code}>{contentLanguageName(code)} </a>)}
        </p>
      ) : null}
      {route ? <p>{m(lang, 'common.legalBasis', { basis: route.legalBasis })}</p> : null}
      {article.body.map((b) => <p><Tx lang={lang} text={b} content={content} /></p>)}
      {route ? (
        <>
          {route.requirements.length ? <><h2>{m(lang, 'rf.requirements')}</h2><ul>{route.requirements.map((x) => <li><Tx lang={lang} text={x} /></li>)}</ul></> : null}
          <h2>{m(lang, 'rf.cost')}</h2>
          <p><Tx lang={lang} text={route.cost} /></p>
          <h2>{m(lang, 'rf.where')}</h2>
          <p><Tx lang={lang} text={route.whereToApply} /></p>
          {route.warnings.length ? <><h2>{m(lang, 'rf.warnings')}</h2><ul>{route.warnings.map((x) => <li><Tx lang={lang} text={x} /></li>)}</ul></> : null}
        </>
      ) : (
        <CatalogueView lang={lang} />
      )}
      <SourceNote lang={lang} p={article.provenance} />
      <p class="note">{m(lang, 'common.disclaimer')}</p>
      <p><a href={`/${lang}/opciones`}>{m(lang, 'nav.options')}</a></p>
    </>
  );
}

function CatalogueView(props: { lang: Locale }) {
  const { lang } = props;
  const notKnown = m(lang, 'info.notKnown');
  return (
    <section>
      <h2>{m(lang, 'info.catalogue')}</h2>
      <p>{m(lang, 'info.catalogueIntro')}</p>
      <SourceNote lang={lang} p={REGIONAL_STUDY.provenance} />
      {INITIATIVES.map((i) => (
        <article>
          <h3><Tx lang={lang} text={i.name} /> ({i.country.toUpperCase()})</h3>
          <dl>
            <dt>{m(lang, 'info.forWhom')}</dt>
            <dd><Tx lang={lang} text={i.forWhom} /></dd>
            <dt>{m(lang, 'info.createdForIrregular')}</dt>
            <dd>{i.createdForIrregular === undefined ? notKnown : m(lang, i.createdForIrregular ? 'common.yes' : 'common.no')}</dd>
            <dt>{m(lang, 'rf.requirements')}</dt>
            <dd>{i.requirements ? <Tx lang={lang} text={i.requirements} /> : notKnown}</dd>
            <dt>{m(lang, 'rf.cost')}</dt>
            <dd>{i.cost ? <Tx lang={lang} text={i.cost} /> : notKnown}</dd>
            <dt>{m(lang, 'info.status')}</dt>
            <dd>{i.status ? m(lang, `info.status.${i.status}`) : notKnown}</dd>
          </dl>
          <SourceNote lang={lang} p={i.provenance} />
        </article>
      ))}
    </section>
  );
}

const LINK_KEYS = { piensalo: 'nav.check', opciones: 'nav.options', lineas: 'nav.lines' } as const;

export function CampaignsIndexView(props: { lang: Locale }) {
  const { lang } = props;
  return (
    <>
      <h1>{m(lang, 'camp.title')}</h1>
      <p>{m(lang, 'camp.intro')}</p>
      <ul>
        {CAMPAIGNS.map((c) => (
          <li><a href={`/${lang}/campanas/${c.slug}`}><Tx lang={lang} text={c.title} /></a></li>
        ))}
      </ul>
    </>
  );
}

export function CampaignView(props: { lang: Locale; campaign: Campaign }) {
  const { lang, campaign: c } = props;
  return (
    <>
      <h1><Tx lang={lang} text={c.title} /></h1>
      <p><Tx lang={lang} text={c.summary} /></p>
      {c.stories.length ? (
        <section>
          <h2>{m(lang, 'camp.stories')}</h2>
          {c.transcriptLanguage ? <p><small>{m(lang, 'camp.transcriptNote')}</small></p> : null}
          {c.stories.map((s) => (
            <article>
              <h3><Tx lang={lang} text={s.title} /></h3>
              <h4>{m(lang, 'camp.transcript')}</h4>
              <blockquote><Tx lang={lang} text={s.transcript} /></blockquote>
            </article>
          ))}
        </section>
      ) : null}
      <h2>{m(lang, 'camp.related')}</h2>
      <ul>
        {c.links.map((l) => <li><a href={`/${lang}/${l}`}>{m(lang, LINK_KEYS[l])}</a></li>)}
      </ul>
      <SourceNote lang={lang} p={c.provenance} />
    </>
  );
}
