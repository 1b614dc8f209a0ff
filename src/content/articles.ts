import { REGIONAL_STUDY } from './regularization-catalogue.js';
import { ROUTES, type RouteId } from './routes-content.js';
import type { Provenance } from './provenance.js';
import type { Text } from './text.js';

/** An information article: a route explained on its own page, or a piece of background. */
export interface Article {
  slug: string;
  title: Text;
  body: Text[];
  route?: RouteId;
  provenance: Provenance;
}

const routeSlugs: Record<RouteId, string> = {
  tvtf: 'tvtf',
  tvr: 'tvr',
  tvrh: 'tvrh',
  comar: 'refugio-comar',
  complementary: 'proteccion-complementaria',
  art133: 'regularizacion-art-133',
  rva: 'retorno-voluntario',
};

export const routeSlug = (id: RouteId) => routeSlugs[id];

export const ARTICLES: Article[] = [
  ...Object.values(ROUTES).map((r) => ({ slug: routeSlugs[r.id], title: r.name, body: [r.summary], route: r.id, provenance: r.provenance })),
  { slug: 'regularizacion-en-la-region', title: REGIONAL_STUDY.title, body: [REGIONAL_STUDY.findings], provenance: REGIONAL_STUDY.provenance },
];
