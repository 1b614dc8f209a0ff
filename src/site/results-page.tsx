import type { Locale } from '../lib/i18n.js';
import { explain } from '../search/explain.js';
import { HotlineList, NeedTiles, SearchForm, TILE_NEEDS } from './components.js';
import { Layout } from './layout.js';
import type { Obj } from './service-data.js';
import { searchHref, type SiteQuery, type SiteResults } from './site-search.js';
import { translator } from './site-i18n.js';

export function ResultsPage(props: { lang: Locale; query: SiteQuery; results: SiteResults; hotlines: Obj[] }) {
  const { lang, query, results } = props;
  const tr = translator(lang);
  const u = results.result.understood;
  const here = searchHref(lang, query).slice(lang.length + 1);
  const summary = [
    tr('results.count', { count: results.result.total }),
    query.q ? tr('results.for', { q: query.q }) : '',
    results.place ? tr('results.near', { place: results.place.name }) : '',
  ].filter(Boolean).join(' ');
  return (
    <Layout title={`${[tr('results.title'), query.q || query.lugar].filter(Boolean).join(': ')} — Ruta`} lang={lang} path={here}>
      <h1>{tr('results.title')}</h1>
      <SearchForm lang={lang} q={query.q} lugar={query.lugar} filters={{ abierto: !!query.abierto, gratis: !!query.gratis }} />
      <p role="status">{summary}</p>
      {u.corrections.map((c) => (
        <p class="note">{tr('results.corrected', c)}</p>
      ))}
      {results.unknownPlace ? <p class="note">{tr('results.unknownPlace', { place: results.unknownPlace })}</p> : null}
      {u.widened && u.radiusKm ? <p class="note">{tr('results.widened', { km: u.radiusKm })}</p> : null}
      {results.hits.length ? (
        <ol class="results">
          {results.hits.map(({ hit, service, flags }) => (
            <li>
              <h2>
                <a href={`/${lang}/servicio/${service.id}`}>{service.name}</a>
              </h2>
              {service.organization?.name ? <p class="hint">{tr('service.org', { org: service.organization.name })}</p> : null}
              {flags.example ? <p class="flag">{tr('flag.example')}</p> : null}
              {flags.unverified ? <p class="flag">{tr('flag.unverified')}</p> : null}
              <p class="why">{explain(hit.reasons, lang)}</p>
            </li>
          ))}
        </ol>
      ) : (
        <NoResults lang={lang} query={query} results={results} hotlines={props.hotlines} />
      )}
      {results.pages > 1 ? (
        <nav class="pager" aria-label={tr('results.pages')}>
          {query.pagina > 1 ? <a href={searchHref(lang, { ...query, pagina: query.pagina - 1 })}>{tr('results.prev')}</a> : null}
          <span>{tr('results.page', { page: query.pagina, pages: results.pages })}</span>
          {query.pagina < results.pages ? <a href={searchHref(lang, { ...query, pagina: query.pagina + 1 })}>{tr('results.next')}</a> : null}
        </nav>
      ) : null}
    </Layout>
  );
}

/** Nothing found is never a dead end: a wider place, other needs and the helplines. */
function NoResults(props: { lang: Locale; query: SiteQuery; results: SiteResults; hotlines: Obj[] }) {
  const { lang, query } = props;
  const tr = translator(lang);
  const place = props.results.place;
  const wider = [
    ...(place?.state && place.state !== place.name ? [{ ...query, lugar: place.state, lat: undefined, lng: undefined, pagina: 1 }] : []),
    ...(query.lugar || query.lat !== undefined ? [{ ...query, lugar: '', lat: undefined, lng: undefined, pagina: 1 }] : []),
    ...(query.abierto || query.gratis ? [{ ...query, abierto: false, gratis: false, pagina: 1 }] : []),
  ];
  const asked = new Set([...props.results.result.understood.needs.map((n) => n.code), query.necesidad]);
  return (
    <>
      <p>
        <strong>{tr('results.none')}</strong>
      </p>
      {wider.length ? (
        <>
          <h2>{tr('results.none.places')}</h2>
          <ul>
            {wider.map((w) => (
              <li>
                <a href={searchHref(lang, w)}>{[w.q, w.lugar].filter(Boolean).join(' · ') || tr('results.title')}</a>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <h2>{tr('results.none.needs')}</h2>
      <NeedTiles lang={lang} codes={TILE_NEEDS.filter((c) => !asked.has(c))} />
      <h2>{tr('results.none.hotlines')}</h2>
      <HotlineList services={props.hotlines} lang={lang} />
    </>
  );
}
