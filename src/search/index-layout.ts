import type { OpeningHours } from './opening-hours.js';
import { cosOfLatitude } from './geo.js';
import { SearchIndex } from './search-index.js';

/**
 * Lays the services of an index out in its flat arrays, the grid and the per-need lists: the
 * last step of a build (see SearchIndex for what each array holds).
 */
export function layOut(index: SearchIndex): void {
  const n = index.services.length;
  index.active = new Uint8Array(n);
  index.nameRank = new Int32Array(n);
  index.assuredAt = new Float64Array(n).fill(Number.NaN);
  index.breadth = new Uint8Array(n);
  index.docLength = new Float32Array(n);
  index.mark = new Uint8Array(n);
  index.pool = new Int32Array(n);
  index.wordPool = new Int32Array(n);
  index.scopePool = new Int32Array(n);
  const grid = new Map<number, number[]>();
  const byNeed = new Map<string, number[]>();
  const needCells = new Map<string, Map<number, number[]>>();
  index.lat = new Float64Array(n).fill(Number.NaN);
  index.lng = new Float64Array(n).fill(Number.NaN);
  index.multiSite = new Uint8Array(n);
  index.hoursOf = new Int32Array(n).fill(-1);
  index.hourPatterns = [];
  const patternOf = new Map<OpeningHours, number>();
  const pattern = (hours: OpeningHours | undefined): number => {
    if (!hours) return -1;
    let id = patternOf.get(hours);
    if (id === undefined) {
      id = index.hourPatterns.push(hours) - 1;
      patternOf.set(hours, id);
    }
    return id;
  };
  const sites = index.services.reduce((sum, svc) => sum + svc.sites.length, 0);
  index.siteStart = new Int32Array(n + 1);
  index.siteLat = new Float64Array(sites).fill(Number.NaN);
  index.siteLng = new Float64Array(sites).fill(Number.NaN);
  index.siteCos = new Float64Array(sites).fill(Number.NaN);
  index.cosLat = new Float64Array(n).fill(Number.NaN);
  index.siteHours = new Int32Array(sites).fill(-1);
  let at = 0;
  index.boxS = new Float64Array(n).fill(Number.NaN);
  index.boxN = new Float64Array(n).fill(Number.NaN);
  index.boxW = new Float64Array(n).fill(Number.NaN);
  index.boxE = new Float64Array(n).fill(Number.NaN);
  const addNeed = (need: string, i: number, cells: number[]) => {
    listOf(byNeed, need).push(i);
    let byCell = needCells.get(need);
    if (!byCell) needCells.set(need, (byCell = new Map()));
    for (const c of cells) listOf(byCell, c).push(i);
  };
  for (let i = 0; i < n; i++) {
    const svc = index.services[i]!;
    index.docLength[i] = svc.length;
    index.multiSite[i] = svc.sites.length > 1 ? 1 : 0;
    index.hoursOf[i] = svc.sites.length > 1 ? -2 : pattern(svc.sites[0]?.hours ?? svc.hours);
    index.siteStart[i] = at;
    // Most services have one site: their cells are a list of one, not a set.
    const cells: number[] = [];
    for (let j = 0; j < svc.sites.length; j++) {
      const site = svc.sites[j]!;
      const lat = site.confidential ? site.coarse?.lat : site.lat;
      const lng = site.confidential ? site.coarse?.lng : site.lng;
      index.siteHours[at + j] = pattern(site.hours ?? svc.hours);
      if (lat === undefined || lng === undefined) continue;
      index.siteLat[at + j] = lat;
      index.siteLng[at + j] = lng;
      index.siteCos[at + j] = cosOfLatitude(lat);
      if (j === 0) {
        index.lat[i] = lat;
        index.lng[i] = lng;
        index.cosLat[i] = index.siteCos[at + j]!;
      }
      const cell = SearchIndex.cellOf(lat, lng);
      if (!cells.includes(cell)) cells.push(cell);
      if (!(index.boxS[i]! <= lat)) index.boxS[i] = lat;
      if (!(index.boxN[i]! >= lat)) index.boxN[i] = lat;
      if (!(index.boxW[i]! <= lng)) index.boxW[i] = lng;
      if (!(index.boxE[i]! >= lng)) index.boxE[i] = lng;
    }
    at += svc.sites.length;
    for (const c of cells) listOf(grid, c).push(i);
    index.active[i] = svc.status === 'active' ? 1 : 0;
    index.nameRank[i] = svc.nameRank;
    if (svc.assuredAt !== undefined && Number.isFinite(svc.assuredAt)) index.assuredAt[i] = svc.assuredAt;
    index.breadth[i] = Math.min(255, svc.needs.length + svc.textNeeds.length);
    for (const need of svc.textNeeds) flags(index.needFlags, need, n)[i] = 1;
    for (const need of svc.needs) flags(index.needFlags, need, n)[i] = 2;
    for (const pop of svc.populations) flags(index.populationFlags, pop, n)[i] = 1;
    for (const need of svc.needs) addNeed(need, i, cells);
    for (const need of svc.textNeeds) if (!svc.needs.includes(need)) addNeed(need, i, cells);
  }
  index.siteStart[n] = at;
  index.grid = typed(grid);
  index.byNeed = typed(byNeed);
  index.needCells = new Map([...needCells].map(([need, byCell]) => [need, typed(byCell)]));
}

function flags(map: Map<string, Uint8Array>, code: string, n: number): Uint8Array {
  let f = map.get(code);
  if (!f) map.set(code, (f = new Uint8Array(n)));
  return f;
}

function listOf<K>(map: Map<K, number[]>, key: K): number[] {
  let list = map.get(key);
  if (!list) map.set(key, (list = []));
  return list;
}

const typed = <K>(map: Map<K, number[]>) => new Map([...map].map(([k, list]) => [k, Int32Array.from(list)]));
