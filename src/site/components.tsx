import type { Locale } from '../lib/i18n.js';
import { needsTaxonomy } from '../taxonomy/taxonomy-data.js';
import { provenanceOf, type Obj } from './service-data.js';
import { translator, type Translate } from './site-i18n.js';

/** The needs shown as large tiles: what people on the route ask for first. */
export const TILE_NEEDS = ['shelter', 'food', 'health', 'legal-status', 'asylum', 'work', 'family-contact', 'trafficking-exploitation', 'emergency'];

export function needName(code: string, lang: Locale): string {
  const term = needsTaxonomy().terms.find((t) => t.code === code);
  return term ? (term.names[lang] ?? term.names.es) : code;
}

export function SearchForm(props: { lang: Locale; q?: string; lugar?: string; filters?: { abierto: boolean; gratis: boolean } }) {
  const tr = translator(props.lang);
  return (
    <form action={`/${props.lang}/buscar`} method="get" role="search" aria-label={tr('search.label')}>
      <label for="q">
        {tr('search.q')} <span class="hint">{tr('search.q.hint')}</span>
      </label>
      <input type="search" id="q" name="q" value={props.q ?? ''} maxlength={200} autocomplete="off" />
      <label for="lugar">
        {tr('search.place')} <span class="hint">{tr('search.place.hint')}</span>
      </label>
      <input type="text" id="lugar" name="lugar" value={props.lugar ?? ''} maxlength={100} autocomplete="off" />
      {props.filters ? (
        <>
          <label>
            <input type="checkbox" name="abierto" value="1" checked={props.filters.abierto} /> {tr('search.open')}
          </label>
          <label>
            <input type="checkbox" name="gratis" value="1" checked={props.filters.gratis} /> {tr('search.free')}
          </label>
        </>
      ) : null}
      <input type="hidden" name="lat" value="" />
      <input type="hidden" name="lng" value="" />
      <button type="submit">{tr('search.submit')}</button>{' '}
      <button type="button" class="secondary" data-locate hidden>
        {tr('search.locate')}
      </button>
      <p class="hint">{tr('search.locate.note')}</p>
      <p class="error" data-locate-failed hidden>
        {tr('search.locate.failed')}
      </p>
    </form>
  );
}

export function NeedTiles(props: { lang: Locale; codes?: string[] }) {
  return (
    <ul class="tiles">
      {(props.codes ?? TILE_NEEDS).map((code) => (
        <li>
          <a href={`/${props.lang}/buscar?necesidad=${encodeURIComponent(code)}`}>{needName(code, props.lang)}</a>
        </li>
      ))}
    </ul>
  );
}

/** A dialable address: digits and a leading plus only, as every phone understands. */
export const telHref = (number: string) => `tel:${number.trim().startsWith('+') ? '+' : ''}${number.replace(/\D/g, '')}`;

/** WhatsApp only for a text line with a full international number: wa.me cannot guess a country. */
export function whatsappHref(phone: Obj): string | undefined {
  const n = String(phone.number ?? '').trim();
  if (phone.type !== 'text' || !n.startsWith('+') || !/whatsapp/i.test(String(phone.description ?? ''))) return undefined;
  return `https://wa.me/${n.replace(/\D/g, '')}`;
}

export function PhoneLinks(props: { phones: Obj[]; tr: Translate }) {
  return (
    <ul>
      {props.phones.map((p) => {
        const wa = whatsappHref(p);
        return (
          <li>
            {wa ? (
              <a class="tel" href={wa} rel="noreferrer">
                {props.tr('service.whatsapp', { number: p.number })}
              </a>
            ) : (
              <a class="tel" href={telHref(String(p.number))}>
                {props.tr('service.call', { number: p.number })}
              </a>
            )}
            {p.description ? <span class="hint">{p.description}</span> : null}
          </li>
        );
      })}
    </ul>
  );
}

export function formatDate(iso: string | undefined, lang: Locale): string | undefined {
  if (!iso || !/^\d{4}-\d{2}-\d{2}/.test(iso)) return undefined;
  const d = new Date(`${iso.slice(0, 10)}T12:00:00Z`);
  if (lang === 'ht') return `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
  return new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' }).format(d);
}

/** Helplines with their numbers to call, the area they serve, and when they were last checked. */
export function HotlineList(props: { services: Obj[]; lang: Locale }) {
  const tr = translator(props.lang);
  return (
    <ul class="results">
      {props.services.map((s) => {
        const p = provenanceOf(s);
        const areas = (s.service_areas ?? []).map((a: Obj) => a.name).filter(Boolean).join(', ');
        const date = formatDate(p.reviewed, props.lang);
        return (
          <li>
            <h3>
              <a href={`/${props.lang}/servicio/${s.id}`}>{s.name}</a>
            </h3>
            {areas ? <p class="hint">{areas}</p> : null}
            <PhoneLinks phones={s.phones ?? []} tr={tr} />
            {p.unverified ? <p class="flag">{tr('flag.unverified')}</p> : null}
            {date ? <p class="hint">{tr('service.verified', { date })}</p> : null}
          </li>
        );
      })}
    </ul>
  );
}
