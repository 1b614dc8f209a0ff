import { ARTICLES } from './articles.js';
import { CAMPAIGNS } from './campaigns.js';
import { HOTLINES } from './hotlines.js';
import { INDICATORS } from './indicators.js';
import { dueForReview, type Sourced } from './provenance.js';
import { INITIATIVES, REGIONAL_STUDY } from './regularization-catalogue.js';
import { ROUTES } from './routes-content.js';

/** Every piece of guide content with provenance, named for editors. */
export function allSourced(): Sourced[] {
  return [
    ...Object.values(ROUTES).map((r) => ({ id: `route:${r.id}`, provenance: r.provenance })),
    ...HOTLINES.map((h) => ({ id: `hotline:${h.id}`, provenance: h.provenance })),
    ...INDICATORS.map((i) => ({ id: `indicator:${i.id}`, provenance: i.provenance })),
    ...CAMPAIGNS.map((c) => ({ id: `campaign:${c.slug}`, provenance: c.provenance })),
    ...ARTICLES.filter((a) => !a.route).map((a) => ({ id: `article:${a.slug}`, provenance: a.provenance })),
    ...INITIATIVES.map((i) => ({ id: `initiative:${i.id}`, provenance: i.provenance })),
    { id: 'study:regional-regularization', provenance: REGIONAL_STUDY.provenance },
  ];
}

/** The editors' list: content past its review interval, and content shown as unverified. */
export function editorialQueue(now = new Date()) {
  const items = allSourced();
  return { overdue: dueForReview(items, now), unverified: items.filter((i) => i.provenance.unverified).map((i) => i.id) };
}
