import type { Locale } from '../lib/i18n.js';
import { HotlineList } from './components.js';
import { Layout } from './layout.js';
import type { Obj } from './service-data.js';
import { LOCALE_NAMES, LOCALES, translator } from './site-i18n.js';

export function PrivacyPage(props: { lang: Locale }) {
  const tr = translator(props.lang);
  return (
    <Layout title={`${tr('privacy.title')} — Ruta`} lang={props.lang} path="/privacidad">
      <h1>{tr('privacy.title')}</h1>
      {['p1', 'p2', 'p3', 'p4', 'p5', 'p6', 'p7'].map((p) => (
        <p>{tr(`privacy.${p}`)}</p>
      ))}
    </Layout>
  );
}

export function AboutPage(props: { lang: Locale }) {
  const tr = translator(props.lang);
  return (
    <Layout title={`${tr('about.title')} — Ruta`} lang={props.lang} path="/acerca">
      <h1>{tr('about.title')}</h1>
      <p>{tr('about.p1')}</p>
      <p>{tr('about.p2')}</p>
      <p>{tr('about.p3')}</p>
      <p>
        <a href="/api/services">{tr('about.data')}</a> (HSDS 3.1, <a href="/api/openapi.json">OpenAPI</a>)
      </p>
    </Layout>
  );
}

/** What the service worker shows when the network is gone: helplines need no data to call. */
export function OfflinePage(props: { lang: Locale; hotlines: Obj[] }) {
  const tr = translator(props.lang);
  return (
    <Layout title={`${tr('offline.title')} — Ruta`} lang={props.lang} path="/sin-conexion">
      <h1>{tr('offline.title')}</h1>
      <p>{tr('offline.intro')}</p>
      <h2>{tr('offline.hotlines')}</h2>
      <HotlineList services={props.hotlines} lang={props.lang} />
      <h2>{tr('offline.save')}</h2>
      <p>{tr('offline.save.intro')}</p>
      <noscript>
        <p>{tr('offline.save.nojs')}</p>
      </noscript>
      {/* The browser fills in {count} and {place}; no listing text is ever written as HTML. */}
      <form data-region hidden data-lang={props.lang} data-done={tr('offline.save.done', { count: '{count}', place: '{place}' })} data-failed={tr('offline.save.failed')} data-call={tr('service.call', { number: '{number}' })} data-example={tr('flag.example')}>
        <label for="region">{tr('offline.save.place')}</label>
        <input type="text" id="region" name="lugar" maxlength={100} autocomplete="off" />
        <button type="submit">{tr('offline.save.button')}</button>
        <p role="status" data-region-status></p>
        <div data-region-find hidden>
          <label for="region-q">{tr('offline.search')}</label>
          <input type="search" id="region-q" autocomplete="off" />
          <ul class="results" data-region-results></ul>
        </div>
      </form>
    </Layout>
  );
}

export interface ErrorView {
  status: number;
  /** A precise line for the person, already in their language. */
  detail?: string;
}

/** An error as a person should see it: plain words in their language, a way on, no technical detail. */
export function ErrorPage(props: { lang: Locale; error: ErrorView; path?: string; languages?: boolean }) {
  const tr = translator(props.lang);
  const { status } = props.error;
  const key = status === 404 ? 'notFound' : status >= 500 ? 'server' : 'badRequest';
  return (
    <Layout title={`${tr(`error.${key}`)} — Ruta`} lang={props.lang} {...(props.path ? { path: props.path } : {})}>
      <h1>{tr(`error.${key}`)}</h1>
      <p>{props.error.detail ?? tr(`error.${key}.body`)}</p>
      {props.languages ? (
        <ul>
          {LOCALES.map((l) => (
            <li>
              <a href={`/${l}/`} lang={l}>
                {LOCALE_NAMES[l]}
              </a>
            </li>
          ))}
        </ul>
      ) : null}
      <p>
        <a href={`/${props.lang}/`}>{tr('error.home')}</a>
      </p>
    </Layout>
  );
}
