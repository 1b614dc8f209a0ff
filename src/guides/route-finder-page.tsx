import { routeSlug } from '../content/articles.js';
import { ROUTES } from '../content/routes-content.js';
import { SOURCES } from '../content/sources.js';
import type { Locale } from '../lib/i18n.js';
import type { Problem, RawAnswers, RouteResult } from './route-finder.js';
import { FAMILY, FEAR, GOALS, NATIONALITIES, PLACES } from './route-rules.js';
import { formatDate, m, SourceNote, Tx } from './guides-view.js';

export interface LegalAidHit {
  /** The directory's service id, so the list links to the service's page. */
  id?: string;
  name: string;
  km?: number;
}

/** Nearby directory services, each linked to its page when the directory gave its id. */
export function NearbyList(props: { lang: Locale; services: LegalAidHit[] }) {
  return (
    <ul>
      {props.services.map((s) => (
        <li>
          {s.id ? <a href={`/${props.lang}/servicio/${encodeURIComponent(s.id)}`}>{s.name}</a> : s.name}
          {s.km !== undefined ? ` (${Math.round(s.km)} km)` : ''}
        </li>
      ))}
    </ul>
  );
}

function Radios(props: { lang: Locale; name: string; values: readonly string[]; prefix: string; raw: RawAnswers }) {
  return (
    <fieldset>
      <legend>{m(props.lang, `q.${props.name}`)}</legend>
      {props.values.map((v) => (
        <label>
          <input type="radio" name={props.name} value={v} checked={props.raw[props.name]?.includes(v)} /> {m(props.lang, `${props.prefix}.${v}`)}
          <br />
        </label>
      ))}
    </fieldset>
  );
}

/** The questionnaire, filled with the previous answers when the person is asked again. */
export function RouteFinderForm(props: { lang: Locale; raw: RawAnswers }) {
  const { lang, raw } = props;
  const yesNo = ['yes', 'no'] as const;
  return (
    <form method="get" action={`/${lang}/opciones`}>
      <p>
        <label>
          {m(lang, 'q.nationality')}{' '}
          <select name="nationality">
            <option value="">—</option>
            {NATIONALITIES.map((n) => (
              <option value={n} selected={raw.nationality?.includes(n)}>{m(lang, `nat.${n}`)}</option>
            ))}
          </select>
        </label>
      </p>
      <p>
        <label>
          {m(lang, 'q.place')}{' '}
          <select name="place">
            <option value="">—</option>
            {PLACES.map((p) => (
              <option value={p} selected={raw.place?.includes(p)}>{m(lang, `place.${p}`)}</option>
            ))}
          </select>
        </label>
      </p>
      <fieldset>
        <legend>{m(lang, 'q.goal')}</legend>
        {GOALS.map((g) => (
          <label>
            <input type="checkbox" name="goal" value={g} checked={raw.goal?.includes(g)} /> {m(lang, `goal.${g}`)}
            <br />
          </label>
        ))}
      </fieldset>
      <p>
        <label>
          {m(lang, 'q.entry')} <input type="date" name="entry" value={raw.entry?.[0] ?? ''} />
        </label>
        <br />
        <small>{m(lang, 'q.entryHint')}</small>
      </p>
      <Radios lang={lang} name="fear" values={FEAR} prefix="fear" raw={raw} />
      <Radios lang={lang} name="family" values={FAMILY} prefix="family" raw={raw} />
      <Radios lang={lang} name="crime" values={yesNo} prefix="common" raw={raw} />
      <Radios lang={lang} name="child" values={yesNo} prefix="common" raw={raw} />
      <p>
        <button type="submit">{m(lang, 'rf.submit')}</button>
      </p>
    </form>
  );
}

export function ProblemList(props: { lang: Locale; problems: Problem[] }) {
  const { lang } = props;
  return (
    <section role="alert">
      <h2>{m(lang, 'problem.title')}</h2>
      <p>{m(lang, 'problem.intro')}</p>
      <ul>
        {props.problems.map((p) => (
          <li>{m(lang, `problem.${p.key}`, { field: m(lang, `q.${p.field}`) })}</li>
        ))}
      </ul>
    </section>
  );
}

export function RouteResults(props: { lang: Locale; result: RouteResult; legalAid?: LegalAidHit[] }) {
  const { lang, result } = props;
  return (
    <section>
      <h2>{m(lang, 'rf.results')}</h2>
      {result.warnings.map((w) => (
        <p class="note">{m(lang, `warn.${w}`)}</p>
      ))}
      {result.matches.some((x) => x.route.id === 'comar') ? (
        <section class="deadline">
          <h3>{m(lang, 'comar.title')}</h3>
          {result.comar ? (
            result.comar.passed ? (
              <p><strong>{m(lang, 'comar.passed', { date: formatDate(lang, result.comar.lastDay) })}</strong></p>
            ) : (
              <p><strong>{m(lang, 'comar.open', { date: formatDate(lang, result.comar.lastDay), days: result.comar.workingDaysLeft })}</strong></p>
            )
          ) : (
            <p>{m(lang, 'comar.outside')}</p>
          )}
          <p><small>{m(lang, 'comar.method')}</small></p>
          <SourceNote lang={lang} p={{ ...ROUTES.comar.provenance, sources: [SOURCES.sauzaArt18, SOURCES.clinicaComar] }} />
        </section>
      ) : null}
      {result.matches.map(({ route, rules }) => (
        <article>
          <h3><Tx lang={lang} text={route.name} /></h3>
          <p>{m(lang, 'common.legalBasis', { basis: route.legalBasis })}</p>
          <h4>{m(lang, 'rf.why')}</h4>
          <ul>
            {rules.map((r) => (
              <li><Tx lang={lang} text={r.because} /> <small>({r.legalBasis})</small></li>
            ))}
          </ul>
          <p><Tx lang={lang} text={route.summary} /></p>
          {route.requirements.length ? (
            <>
              <h4>{m(lang, 'rf.requirements')}</h4>
              <ul>{route.requirements.map((x) => <li><Tx lang={lang} text={x} /></li>)}</ul>
            </>
          ) : null}
          <h4>{m(lang, 'rf.cost')}</h4>
          <p><Tx lang={lang} text={route.cost} /></p>
          <h4>{m(lang, 'rf.where')}</h4>
          <p><Tx lang={lang} text={route.whereToApply} /></p>
          {route.warnings.length ? (
            <>
              <h4>{m(lang, 'rf.warnings')}</h4>
              <ul>{route.warnings.map((x) => <li><Tx lang={lang} text={x} /></li>)}</ul>
            </>
          ) : null}
          <p><a href={`/${lang}/info/${routeSlug(route.id)}`}>{m(lang, 'rf.more')}</a></p>
          <SourceNote lang={lang} p={route.provenance} />
        </article>
      ))}
      <section>
        <h3>{m(lang, 'rf.legalAid')}</h3>
        {props.legalAid?.length ? (
          <NearbyList lang={lang} services={props.legalAid} />
        ) : (
          <p>{m(lang, 'rf.legalAidNone')}</p>
        )}
        <p><a href={`/${lang}/lineas`}>{m(lang, 'nav.lines')}</a></p>
      </section>
      <p><small>{m(lang, 'rf.rulesVersion', { version: result.rulesVersion })}</small></p>
      <p>{m(lang, 'rf.carry')}</p>
    </section>
  );
}
