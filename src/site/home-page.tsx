import type { Locale } from '../lib/i18n.js';
import { HotlineList, NeedTiles, SearchForm } from './components.js';
import { Layout } from './layout.js';
import { isTraffickingNeed, type Obj } from './service-data.js';
import { translator } from './site-i18n.js';

/** The trafficking lines among the helplines: those filed under trafficking or a narrower need. */
export const traffickingLines = (lines: Obj[]) =>
  lines.filter((s) => (s.attributes ?? []).some((a: Obj) => isTraffickingNeed(String(a.taxonomy_term_id))));

export function HomePage(props: { lang: Locale; hotlines: Obj[] }) {
  const { lang } = props;
  const tr = translator(lang);
  const strip = traffickingLines(props.hotlines);
  return (
    <Layout title={tr('home.title')} lang={lang} path="/">
      <h1>{tr('home.title')}</h1>
      <p>{tr('tagline')}</p>
      <SearchForm lang={lang} />
      <h2>{tr('home.needs')}</h2>
      <NeedTiles lang={lang} />
      <section class="strip" aria-labelledby="trata">
        <h2 id="trata">{tr('home.hotline.title')}</h2>
        <p>{tr('home.hotline.body')}</p>
        <HotlineList services={strip} lang={lang} />
        <p>
          <a href={`/${lang}/lineas`}>{tr('home.hotline.all')}</a>
        </p>
      </section>
      <h2>{tr('home.more')}</h2>
      <ul>
        <li>
          <a href={`/${lang}/info`}>{tr('nav.info')}</a>
        </li>
        <li>
          <a href={`/${lang}/opciones`}>{tr('nav.options')}</a>
        </li>
        <li>
          <a href={`/${lang}/piensalo`}>{tr('nav.think')}</a>
        </li>
        <li>
          <a href={`/${lang}/campanas`}>{tr('nav.campaigns')}</a>
        </li>
      </ul>
    </Layout>
  );
}
