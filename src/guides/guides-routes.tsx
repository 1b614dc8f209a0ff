import { Hono, type Context } from 'hono';
import type { Child } from 'hono/jsx';
import { ARTICLES } from '../content/articles.js';
import { CAMPAIGNS } from '../content/campaigns.js';
import { isContentLanguage, pick } from '../content/text.js';
import { isLocale, type Locale } from '../lib/i18n.js';
import { compressPages } from '../site/assets.js';
import { Layout } from '../site/layout.js';
import './guides-messages.js';
import { GuideShell, m } from './guides-view.js';
import { ArticleView, type ContentChoice, CampaignsIndexView, CampaignView, HotlinesView, InfoIndexView } from './info-pages.js';
import { findRoutes, parseAnswers, type RawAnswers } from './route-finder.js';
import { ProblemList, RouteFinderForm, RouteResults, type LegalAidHit } from './route-finder-page.js';
import type { PlaceCode } from './route-rules.js';
import { evaluateSelfCheck } from './self-check.js';
import { SelfCheckForm, SelfCheckHandoff, SelfCheckResultView } from './self-check-page.js';

export interface GuidesDeps {
  /** Directory services for a need code near a point; optional so the guides work without a directory. */
  nearby?: (need: string, lat: number, lng: number) => Promise<LegalAidHit[]>;
  now?: () => Date;
}

/** Town centres from GeoNames (CC BY 4.0), the same as the starter data's; other places have no single centre. */
const PLACE_CENTRES: Partial<Record<PlaceCode, [number, number]>> = {
  tapachula: [14.90385, -92.25749],
  'ciudad-hidalgo': [14.68148, -92.15217],
  motozintla: [15.36694, -92.24605],
  tenosique: [17.4729, -91.4236],
};

const FORM_FIELDS = ['nationality', 'place', 'goal', 'entry', 'fear', 'family', 'crime', 'child'];

/** Form values as lists of strings; anything else (files, absurd sizes) is dropped as tampering. */
async function formAnswers(c: Context): Promise<RawAnswers> {
  const raw: RawAnswers = {};
  let body: Record<string, unknown> = {};
  try {
    body = await c.req.parseBody({ all: true });
  } catch {
    return raw;
  }
  for (const [k, v] of Object.entries(body)) {
    const list = (Array.isArray(v) ? v : [v]).filter((x): x is string => typeof x === 'string' && x.length <= 100);
    if (list.length <= 20) raw[k] = list;
  }
  return raw;
}

function queryAnswers(c: Context): RawAnswers {
  const raw: RawAnswers = {};
  for (const [k, v] of Object.entries(c.req.queries())) if (FORM_FIELDS.includes(k)) raw[k] = v.filter((x) => x.length <= 100).slice(0, 20);
  return raw;
}

export function guidesRoutes(deps: GuidesDeps = {}): Hono {
  const app = new Hono();
  // The same compression as the site's pages, so a guide's first response fits the same budget.
  app.use('*', compressPages());
  const now = deps.now ?? (() => new Date());
  const today = () => new Date(`${now().toISOString().slice(0, 10)}T00:00:00Z`);

  const page = (c: Context, lang: Locale, title: string, body: Child, status: 200 | 400 = 200) => {
    c.header('Cache-Control', 'no-store');
    // The language links keep the page; a GET keeps its answers too, a POST's answers are never put in a link.
    const url = new URL(c.req.url);
    const path = url.pathname.slice(lang.length + 1) + (c.req.method === 'GET' ? url.search : '');
    return c.html(
      <Layout title={`${title} — Ruta`} lang={lang} path={path}>
        <GuideShell lang={lang}>{body}</GuideShell>
      </Layout>,
      status,
    );
  };
  const lang = (c: Context): Locale | undefined => {
    const l = c.req.param('lang');
    return isLocale(l) ? l : undefined;
  };

  // A directory that cannot answer must not cost the person their result: no list, never an error page.
  const nearby = async (need: string, place: string | undefined): Promise<LegalAidHit[]> => {
    const centre = PLACE_CENTRES[place as PlaceCode];
    if (!centre || !deps.nearby) return [];
    return deps.nearby(need, centre[0], centre[1]).catch(() => []);
  };

  const routeFinder = async (c: Context, raw: RawAnswers) => {
    const l = lang(c);
    if (!l) return c.notFound();
    const title = m(l, 'rf.title');
    const intro = (
      <>
        <h1>{title}</h1>
        <p>{m(l, 'rf.intro')}</p>
        <p class="note">{m(l, 'common.disclaimer')} {m(l, 'common.nostore')}</p>
      </>
    );
    if (!Object.keys(raw).length) return page(c, l, title, <>{intro}<RouteFinderForm lang={l} raw={raw} /></>);
    const { profile, problems } = parseAnswers(raw, today());
    if (!profile) return page(c, l, title, <>{intro}<ProblemList lang={l} problems={problems} /><RouteFinderForm lang={l} raw={raw} /></>, 400);
    const result = findRoutes(profile, today());
    const legalAid = await nearby('legal-status', profile.place);
    return page(c, l, title, <>{intro}<RouteResults lang={l} result={result} legalAid={legalAid} /><h2>{m(l, 'rf.again')}</h2><RouteFinderForm lang={l} raw={raw} /></>);
  };
  app.get('/:lang/opciones', (c) => routeFinder(c, queryAnswers(c)));
  app.post('/:lang/opciones', async (c) => routeFinder(c, await formAnswers(c)));

  const selfCheckIntro = (l: Locale) => (
    <>
      <h1>{m(l, 'sc.title')}</h1>
      <p>{m(l, 'sc.intro')}</p>
      <p class="note">{m(l, 'sc.notDiagnosis')} {m(l, 'common.nostore')}</p>
    </>
  );
  app.get('/:lang/piensalo', (c) => {
    const l = lang(c);
    if (!l) return c.notFound();
    return page(c, l, m(l, 'sc.title'), <>{selfCheckIntro(l)}<SelfCheckForm lang={l} /><SelfCheckHandoff lang={l} /></>);
  });
  app.post('/:lang/piensalo', async (c) => {
    const l = lang(c);
    if (!l) return c.notFound();
    const raw = await formAnswers(c);
    const result = evaluateSelfCheck(raw);
    if (result.tampered) return page(c, l, m(l, 'sc.title'), <>{selfCheckIntro(l)}<p role="alert">{m(l, 'sc.tampered')}</p><SelfCheckForm lang={l} /></>, 400);
    return page(c, l, m(l, 'sc.title'), <><h1>{m(l, 'sc.title')}</h1><SelfCheckResultView lang={l} result={result} /><SelfCheckHandoff lang={l} services={raw.place?.[0] ? await nearby('trafficking-exploitation', raw.place[0]) : undefined} /></>);
  });

  app.get('/:lang/lineas', (c) => {
    const l = lang(c);
    return l ? page(c, l, m(l, 'hl.title'), <HotlinesView lang={l} />) : c.notFound();
  });
  app.get('/:lang/info', (c) => {
    const l = lang(c);
    return l ? page(c, l, m(l, 'info.title'), <InfoIndexView lang={l} now={now()} />) : c.notFound();
  });
  app.get('/:lang/info/:slug', (c) => {
    const l = lang(c);
    const article = ARTICLES.find((a) => a.slug === c.req.param('slug'));
    if (!l || !article) return c.notFound();
    // Content may be read in a Mayan language while the interface stays in the reader's locale.
    const asked = c.req.query('idioma');
    const choice: ContentChoice = asked === undefined || asked === '' ? {} : isContentLanguage(asked) ? { content: asked } : { unknown: asked.slice(0, 40) };
    return page(c, l, pick(article.title, l, choice.content), <ArticleView lang={l} article={article} choice={choice} />);
  });
  app.get('/:lang/campanas', (c) => {
    const l = lang(c);
    return l ? page(c, l, m(l, 'camp.title'), <CampaignsIndexView lang={l} />) : c.notFound();
  });
  app.get('/:lang/campanas/:slug', (c) => {
    const l = lang(c);
    const campaign = CAMPAIGNS.find((x) => x.slug === c.req.param('slug'));
    return l && campaign ? page(c, l, pick(campaign.title, l), <CampaignView lang={l} campaign={campaign} />) : c.notFound();
  });
  return app;
}
