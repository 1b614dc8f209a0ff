import type { Child } from 'hono/jsx';
import { isLocale, type Locale } from '../lib/i18n.js';
import { siteAssets } from './assets.js';
import { isReviewed, LOCALE_NAMES, LOCALES, translator } from './site-i18n.js';

export interface LayoutProps {
  title: string;
  /** An interface language; anything else renders in Spanish with that `lang` attribute. */
  lang?: string;
  /** The page's address after the locale ("/buscar?q=x"), so the language links keep the page. */
  path?: string;
  children: Child;
}

/** The page shell: system fonts, no third-party request of any kind, "Exit this page" first. */
export function Layout(props: LayoutProps) {
  const lang: Locale = isLocale(props.lang) ? props.lang : 'es';
  const tr = translator(lang);
  const { css, js } = siteAssets();
  const path = props.path ?? '/';
  const nav: [string, string][] = [
    ['/', 'nav.home'],
    ['/lineas', 'nav.hotlines'],
    ['/info', 'nav.info'],
    ['/opciones', 'nav.options'],
    ['/piensalo', 'nav.think'],
    ['/campanas', 'nav.campaigns'],
    ['/privacidad', 'nav.privacy'],
    ['/acerca', 'nav.about'],
    ['/sin-conexion', 'nav.offline'],
  ];
  return (
    <html lang={props.lang ?? 'es'}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="referrer" content="no-referrer" />
        <title>{props.title}</title>
        <link rel="icon" href="data:," />
        <link rel="stylesheet" href={css.url} />
        <script src={js.url} defer></script>
      </head>
      <body>
        <a class="skip" href="#contenido">
          {tr('skip')}
        </a>
        <header class="top">
          <a class="brand" href={`/${lang}/`}>
            Ruta
          </a>
          <a class="exit" href={tr('exit.url')} rel="noreferrer" data-exit>
            {tr('exit')}
          </a>
          {/* Shown by the script: without it the three Shift presses do nothing. */}
          <p class="exit-hint" data-exit-hint hidden>
            {tr('exit.hint')}
          </p>
          <nav aria-label={tr('lang.label')}>
            <ul class="langs">
              {LOCALES.map((l) => (
                <li>
                  <a href={`/${l}${path}`} lang={l} hreflang={l} aria-current={l === lang ? 'true' : undefined}>
                    {LOCALE_NAMES[l]}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
        </header>
        <main id="contenido">{props.children}</main>
        <footer>
          <nav aria-label={tr('nav.label')}>
            <ul>
              {nav.map(([href, key]) => (
                <li>
                  <a href={`/${lang}${href}`}>{tr(key)}</a>
                </li>
              ))}
            </ul>
          </nav>
          <p>{tr('footer.privacy')}</p>
          {isReviewed(lang) ? null : <p>{tr('footer.unreviewed')}</p>}
        </footer>
      </body>
    </html>
  );
}
