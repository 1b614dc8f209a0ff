import { rowsWhereIn } from '../directory/assemble.js';
import type { Database } from '../lib/db.js';
import type { Locale } from '../lib/i18n.js';
import { loadGazetteer } from '../search/gazetteer.js';
import type { SearchEngine } from '../search/search-engine.js';
import { readServiceList } from '../directory/listings.js';
import { flagsOf } from './service-data.js';

export const REGION_LIMIT = 2000;

/** One listing as kept on the phone: enough to find it and call, never where a confidential site is. */
export interface RegionListing {
  /** id */
  i: string;
  /** name */
  n: string;
  /** organization */
  o?: string;
  /** town, the nearest place the search engine gives (a confidential site shows only its town) */
  t?: string;
  /** phone numbers */
  p?: string[];
  /** 1 when the listing is a fictitious example */
  x?: 1;
}

/**
 * The listings of a state or city for offline use. Short keys and no descriptions keep 2,000
 * listings small; the full page of each stays one tap away when the network returns.
 */
export async function regionListings(database: Database, engine: SearchEngine, lang: Locale, placeName: string): Promise<{ place: string; listings: RegionListing[] } | undefined> {
  const place = loadGazetteer().byName(placeName)[0];
  if (!place) return undefined;
  const result = await engine.search({ lang, lat: place.lat, lng: place.lng, radius: place.kind === 'city' ? 30 : 250, limit: REGION_LIMIT });
  const ids = result.hits.map((h) => h.serviceId);
  const [services, flags, phones] = await Promise.all([readServiceList(database.db, ids), flagsOf(database.db, ids), rowsWhereIn(database.db, 'phone', 'service_id', ids)]);
  const byService = new Map<string, string[]>();
  for (const p of phones) byService.set(p.service_id as string, [...(byService.get(p.service_id as string) ?? []), String(p.number)]);
  const listings = result.hits.flatMap((h): RegionListing[] => {
    const s = services.get(h.serviceId);
    if (!s) return [];
    const town = h.reasons.find((r) => r.code === 'distance');
    return [
      {
        i: h.serviceId,
        n: String(s.name),
        ...(s.organization?.name ? { o: String(s.organization.name) } : {}),
        ...(town && 'town' in town && town.town ? { t: town.town } : {}),
        ...(byService.get(h.serviceId) ? { p: byService.get(h.serviceId)! } : {}),
        ...(flags.get(h.serviceId)?.example ? { x: 1 as const } : {}),
      },
    ];
  });
  return { place: place.name, listings };
}
