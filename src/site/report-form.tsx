import type { Locale } from '../lib/i18n.js';
import { MAX_DETAIL, REPORT_KINDS } from './problem-reports.js';
import { translator } from './site-i18n.js';

export interface ReportState {
  sent?: boolean;
  problem?: 'kind' | 'long' | 'busy';
  kind?: string;
  detail?: string;
}

/** "Report a problem with this listing": a plain form, no personal data asked for. */
export function ReportForm(props: { lang: Locale; serviceId: string; state: ReportState }) {
  const tr = translator(props.lang);
  const { state } = props;
  const errorKey = state.problem === 'kind' ? 'report.error.kind' : state.problem === 'long' ? 'report.error.long' : state.problem === 'busy' ? 'report.error.busy' : undefined;
  return (
    <section aria-labelledby="reporte" id="reportar">
      <h2 id="reporte">{tr('report.title')}</h2>
      {state.sent ? (
        <p class="note" role="status">
          {tr('report.thanks')}
        </p>
      ) : null}
      {errorKey ? (
        <p class="error" role="alert" id="reporte-error">
          {tr(errorKey, { max: MAX_DETAIL })}
        </p>
      ) : null}
      <p>{tr('report.intro')}</p>
      <form method="post" action={`/${props.lang}/servicio/${props.serviceId}/problema#reportar`}>
        <fieldset>
          <legend>{tr('report.kind')}</legend>
          {REPORT_KINDS.map((k) => (
            <label>
              <input type="radio" name="tipo" value={k} checked={state.kind === k} /> {tr(`report.kind.${k}`)}
            </label>
          ))}
        </fieldset>
        <label for="detalle">
          {tr('report.detail')} <span class="hint">{tr('report.detail.hint', { max: MAX_DETAIL })}</span>
        </label>
        <textarea id="detalle" name="detalle" maxlength={MAX_DETAIL} aria-describedby={errorKey ? 'reporte-error' : undefined}>
          {state.detail ?? ''}
        </textarea>
        <div class="trap">
          <label for="sitio">{tr('report.trap')}</label>
          <input type="text" id="sitio" name="sitio" tabindex={-1} autocomplete="off" />
        </div>
        <button type="submit">{tr('report.submit')}</button>
      </form>
    </section>
  );
}
