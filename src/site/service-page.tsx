import type { Locale } from '../lib/i18n.js';
import { compileHours, isOpenAt } from '../search/opening-hours.js';
import { formatDate, PhoneLinks } from './components.js';
import { Layout } from './layout.js';
import { ReportForm, type ReportState } from './report-form.js';
import { isWebUrl, provenanceOf, termCode, termName, type Obj } from './service-data.js';
import { translator, type Translate } from './site-i18n.js';

const DAY_CODES = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];

function hoursLine(s: Obj, tr: Translate): string | undefined {
  const opens = /^(\d{1,2}:\d{2})/.exec(String(s.opens_at ?? ''))?.[1];
  const closes = /^(\d{1,2}:\d{2})/.exec(String(s.closes_at ?? ''))?.[1];
  if (!opens || !closes) return undefined;
  const days = String(s.byday ?? '')
    .split(',')
    .map((d) => DAY_CODES.indexOf(d.trim().toUpperCase().slice(-2)) + 1)
    .filter((d) => d > 0);
  const named = days.length === 0 || days.length === 7 ? tr('service.hours.everyday') : days.map((d) => tr(`day.${d}`)).join(', ');
  return tr('service.hours.line', { days: named, opens, closes });
}

function addressLine(a: Obj): string {
  return [a.address_1, a.address_2, a.city, a.region, a.state_province, a.country].filter(Boolean).join(', ');
}

export function ServicePage(props: { lang: Locale; service: Obj; report: ReportState; now?: Date }) {
  const { lang, service: s } = props;
  const tr = translator(lang);
  const prov = provenanceOf(s);
  const sals: Obj[] = s.service_at_locations ?? [];
  const schedules: Obj[] = [...(s.schedules ?? []), ...sals.flatMap((x) => x.schedules ?? [])];
  const open = isOpenAt(compileHours(schedules), props.now ?? new Date());
  const populations = (s.attributes ?? [])
    .filter((a: Obj) => ['women', 'unaccompanied-children', 'families', 'lgbtiq', 'indigenous-language-speakers', 'people-with-disabilities', 'older-adults', 'men'].includes(termCode(a.taxonomy_term_id) ?? ''))
    .map((a: Obj) => termName(a.taxonomy_term_id, lang));
  const costs: Obj[] = s.cost_options ?? [];
  const docs: Obj[] = s.required_documents ?? [];
  const areas = (s.service_areas ?? []).map((a: Obj) => a.name).filter(Boolean).join(', ');
  const date = formatDate(prov.reviewed, lang);
  const hours = schedules.map((x) => ({ line: hoursLine(x, tr), note: x.description as string | undefined })).filter((h) => h.line || h.note);
  return (
    <Layout title={`${s.name} — Ruta`} lang={lang} path={`/servicio/${s.id}`}>
      <h1 lang="es">{s.name}</h1>
      {lang === 'es' ? null : <p class="note">{tr('service.contentEs')}</p>}
      {prov.example ? <p class="flag">{tr('flag.example')}</p> : null}
      {prov.unverified ? <p class="flag">{tr('flag.unverified')}</p> : null}
      {s.alert ? (
        <p class="note">
          <strong>{tr('service.alert')}:</strong> <span lang="es">{s.alert}</span>
        </p>
      ) : null}
      {s.organization?.name ? <p>{tr('service.org', { org: s.organization.name })}</p> : null}
      {s.phones?.length ? (
        <>
          <h2>{tr('service.contact')}</h2>
          <PhoneLinks phones={s.phones} tr={tr} />
        </>
      ) : null}
      <h2>{tr('service.what')}</h2>
      <p lang="es">{s.description}</p>
      {s.eligibility_description || populations.length ? (
        <>
          <h2>{tr('service.who')}</h2>
          {s.eligibility_description ? <p lang="es">{s.eligibility_description}</p> : null}
          {populations.length ? <p>{populations.join(', ')}</p> : null}
        </>
      ) : null}
      <h2>{tr('service.cost')}</h2>
      {costs.length || s.fees_description ? (
        <ul>
          {costs.map((c) => (
            <li>{[c.option, c.amount !== undefined ? `${c.amount} ${c.currency ?? ''}`.trim() : '', c.amount_description].filter(Boolean).join(' — ')}</li>
          ))}
          {s.fees_description ? <li lang="es">{s.fees_description}</li> : null}
        </ul>
      ) : (
        <p>{tr('service.cost.unknown')}</p>
      )}
      <h2>{tr('service.documents')}</h2>
      {docs.length || s.application_process ? (
        <ul>
          {docs.map((d) => (
            <li lang="es">{d.document}</li>
          ))}
          {s.application_process ? <li lang="es">{s.application_process}</li> : null}
        </ul>
      ) : (
        <p>{tr('service.documents.unknown')}</p>
      )}
      <h2>{tr('service.where')}</h2>
      {prov.confidential ? <p>{tr('service.where.confidential')}</p> : null}
      {!prov.confidential && sals.length
        ? sals.map((x) => (
            <div lang="es">
              <p>
                <strong>{x.location?.name}</strong>
              </p>
              {(x.location?.addresses ?? []).map((a: Obj) => (
                <p>{addressLine(a)}</p>
              ))}
              {x.location?.transportation ? <p>{x.location.transportation}</p> : null}
            </div>
          ))
        : null}
      {!sals.length && areas ? <p>{tr('service.where.remote', { areas })}</p> : null}
      {!sals.length && !areas && !prov.confidential ? <p>{tr('service.where.none')}</p> : null}
      <h2>{tr('service.hours')}</h2>
      {open !== undefined ? <p class={open ? 'open' : 'closed'}>{tr(open ? 'service.open' : 'service.closed')}</p> : null}
      {hours.length ? (
        <ul>
          {hours.map((h) => (
            <li>
              {h.line}
              {h.line && h.note ? ' — ' : null}
              {h.note ? <span lang="es">{h.note}</span> : null}
            </li>
          ))}
        </ul>
      ) : (
        <p>{tr('service.hours.none')}</p>
      )}
      {s.languages?.length ? (
        <>
          <h2>{tr('service.languages')}</h2>
          <ul>
            {s.languages.map((l: Obj) => (
              <li>{[l.name ?? l.code, l.note].filter(Boolean).join(' — ')}</li>
            ))}
          </ul>
        </>
      ) : null}
      <h2>{tr('service.sources')}</h2>
      {date ? <p>{tr('service.verified', { date })}</p> : null}
      <ul>
        {prov.sources.map((src) => (
          <li>
            {isWebUrl(src.url) ? (
              <a href={src.url} rel="noreferrer">
                {src.label}
              </a>
            ) : (
              src.label
            )}
          </li>
        ))}
      </ul>
      <ReportForm lang={lang} serviceId={String(s.id)} state={props.report} />
    </Layout>
  );
}
