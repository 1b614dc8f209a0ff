import { HOTLINES } from '../content/hotlines.js';
import { INDICATORS } from '../content/indicators.js';
import type { Locale } from '../lib/i18n.js';
import { NearbyList, type LegalAidHit } from './route-finder-page.js';
import { PLACES } from './route-rules.js';
import { m, SourceNote, Tx } from './guides-view.js';
import type { SelfCheckResult } from './self-check.js';

export function SelfCheckForm(props: { lang: Locale }) {
  const { lang } = props;
  return (
    <form method="post" action={`/${lang}/piensalo`}>
      {INDICATORS.map((ind, i) => (
        <fieldset>
          <legend>{i + 1}. <Tx lang={lang} text={ind.question} /></legend>
          <label><input type="radio" name={ind.id} value="yes" /> {m(lang, 'common.yes')}</label>{' '}
          <label><input type="radio" name={ind.id} value="no" /> {m(lang, 'common.no')}</label>{' '}
          <label><input type="radio" name={ind.id} value="skip" /> {m(lang, 'sc.skip')}</label>
        </fieldset>
      ))}
      <p>
        <label>
          {m(lang, 'sc.place')}{' '}
          <select name="place">
            <option value="">—</option>
            {PLACES.filter((p) => p !== 'outside').map((p) => <option value={p}>{m(lang, `place.${p}`)}</option>)}
          </select>
        </label>
      </p>
      <p><button type="submit">{m(lang, 'sc.submit')}</button></p>
    </form>
  );
}

export function SelfCheckHandoff(props: { lang: Locale; services?: LegalAidHit[] }) {
  const { lang } = props;
  const line = HOTLINES.find((h) => h.id === 'trata-mx')!;
  const number = line.numbers[0]!;
  return (
    <section>
      <p>{m(lang, 'sc.rights')}</p>
      <p>{m(lang, 'sc.handoff')}</p>
      <p class="call">
        <a href={`tel:${number.dial}`}><strong>{number.display}</strong></a> ({m(lang, 'hl.whatsapp')})
      </p>
      <p>
        {m(lang, 'sc.other')} <a href="tel:911">911</a> · <a href="tel:089">089</a>
      </p>
      <p><a href={`/${lang}/lineas`}>{m(lang, 'nav.lines')}</a></p>
      <SourceNote lang={lang} p={line.provenance} />
      {props.services ? (
        <>
          <h2>{m(lang, 'sc.services')}</h2>
          {props.services.length ? <NearbyList lang={lang} services={props.services} /> : <p>{m(lang, 'sc.servicesNone')}</p>}
        </>
      ) : null}
    </section>
  );
}

export function SelfCheckResultView(props: { lang: Locale; result: SelfCheckResult }) {
  const { lang, result } = props;
  return (
    <section role="status">
      {result.urgent ? <p class="urgent"><strong>{m(lang, 'sc.urgent')}</strong> <a href="tel:911">911</a></p> : null}
      <p><strong>{m(lang, 'sc.notDiagnosis')}</strong></p>
      {result.signs.length ? (
        <>
          <h2>{m(lang, 'sc.signs')}</h2>
          <ul>
            {result.signs.map((s) => (
              <li>
                <strong><Tx lang={lang} text={s.sign} /></strong>: <Tx lang={lang} text={s.why} />
                <br />
                <small>{m(lang, 'sc.basis', { basis: s.basis.join('; ') })}</small>
                <SourceNote lang={lang} p={s.provenance} />
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p>{m(lang, 'sc.none')}</p>
      )}
      {result.unanswered ? <p>{m(lang, 'sc.partial', { count: result.unanswered })}</p> : null}
    </section>
  );
}
