import { sql, type ExpressionBuilder, type Kysely, type SelectQueryBuilder } from 'kysely';
import { profileTermId } from '../taxonomy/taxonomy-data.js';
import type { HsdsTable } from './hsds-tables.js';
import type { Row } from './relations.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Db = Kysely<any>;
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Query = SelectQueryBuilder<any, any, any>;
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Eb = ExpressionBuilder<any, any>;

export interface ListFilters {
  search?: string;
  taxonomy_term_id?: string;
  taxonomy_id?: string;
  organization_id?: string;
  modified_after?: string;
  parent_id?: string;
  top_only?: boolean;
  postcode?: string;
  proximity?: number;
  lat?: number;
  lng?: number;
  radius?: number;
}

/** The term of the Ruta profile attribute that hides a location's address and coordinates. */
const confidentialTermId = profileTermId('confidential-location');

/** `%term%` for LIKE, with the user's own % and _ taken literally. */
function likePattern(term: string): string {
  return `%${term.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

function textMatch(eb: Eb, columns: string[], term: string) {
  const pattern = likePattern(term);
  return eb.or(columns.map((c) => sql<boolean>`lower(${sql.ref(c)}) like ${pattern} escape '\\'`));
}

/** Attributes tagging `linkColumn` with a term, or with any term of a taxonomy. */
function tagged(eb: Eb, linkColumn: string, f: ListFilters) {
  const conditions = [];
  if (f.taxonomy_term_id) {
    conditions.push(
      eb.exists(
        eb.selectFrom('attribute as ta').select('ta.id').whereRef('ta.link_id', '=', linkColumn).where('ta.taxonomy_term_id', '=', f.taxonomy_term_id),
      ),
    );
  }
  if (f.taxonomy_id) {
    conditions.push(
      eb.exists(
        eb
          .selectFrom('attribute as tb')
          .innerJoin('taxonomy_term as tt', 'tt.id', 'tb.taxonomy_term_id')
          .select('tb.id')
          .whereRef('tb.link_id', '=', linkColumn)
          .where('tt.taxonomy_id', '=', f.taxonomy_id),
      ),
    );
  }
  return conditions;
}

function serviceConditions(q: Query, f: ListFilters, s = 'service'): Query {
  if (f.search) q = q.where((eb) => textMatch(eb, [`${s}.name`, `${s}.alternate_name`, `${s}.description`], f.search!));
  if (f.organization_id) q = q.where(`${s}.organization_id`, '=', f.organization_id);
  if (f.modified_after) q = q.where(`${s}.last_modified`, '>=', new Date(f.modified_after).toISOString());
  if (f.taxonomy_term_id || f.taxonomy_id) q = q.where((eb) => eb.and(tagged(eb, `${s}.id`, f)));
  return q;
}

export async function pageOfRows(q: Query, orderBy: string[], page: number, perPage: number): Promise<{ total: number; rows: Row[] }> {
  const count = await q.clearSelect().select((eb) => eb.fn.countAll().as('n')).executeTakeFirst();
  let ordered = q;
  for (const o of orderBy) ordered = ordered.orderBy(sql.raw(o));
  const rows = (await ordered.limit(perPage).offset((page - 1) * perPage).execute()) as Row[];
  return { total: Number(count?.n ?? 0), rows };
}

export function servicesQuery(db: Db, f: ListFilters): Query {
  return serviceConditions(db.selectFrom('service').selectAll('service'), f);
}

export function organizationsQuery(db: Db, f: ListFilters): Query {
  let q: Query = db.selectFrom('organization').selectAll('organization');
  if (f.search) q = q.where((eb) => textMatch(eb, ['organization.name', 'organization.alternate_name', 'organization.description'], f.search!));
  if (f.taxonomy_term_id || f.taxonomy_id) {
    q = q.where((eb) =>
      eb.or([
        eb.and(tagged(eb, 'organization.id', f)),
        eb.exists(
          eb
            .selectFrom('service as os')
            .select('os.id')
            .whereRef('os.organization_id', '=', 'organization.id')
            .where((eb2) => eb2.and(tagged(eb2, 'os.id', f))),
        ),
      ]),
    );
  }
  return q;
}

export function taxonomiesQuery(db: Db, f: ListFilters): Query {
  let q: Query = db.selectFrom('taxonomy').selectAll('taxonomy');
  if (f.search) q = q.where((eb) => textMatch(eb, ['taxonomy.name', 'taxonomy.description'], f.search!));
  return q;
}

export function taxonomyTermsQuery(db: Db, f: ListFilters): Query {
  let q: Query = db.selectFrom('taxonomy_term').selectAll('taxonomy_term');
  if (f.search) q = q.where((eb) => textMatch(eb, ['taxonomy_term.name', 'taxonomy_term.description', 'taxonomy_term.code'], f.search!));
  if (f.taxonomy_id) q = q.where('taxonomy_term.taxonomy_id', '=', f.taxonomy_id);
  if (f.parent_id) q = q.where('taxonomy_term.parent_id', '=', f.parent_id);
  if (f.top_only) q = q.where((eb) => eb.or([eb('taxonomy_term.parent_id', 'is', null), eb('taxonomy_term.parent_id', '=', '')]));
  return q;
}

const KM_PER_DEGREE = 111.32;

/**
 * Sites with their service and location. Distance uses the equirectangular approximation
 * (plain arithmetic, identical on SQLite and PostgreSQL; within 1% at the radii people use).
 * Confidential locations never take part in place filters: a distance could reveal them.
 */
export function serviceAtLocationsQuery(db: Db, f: ListFilters): { query: Query; orderBy: string[] } {
  let q: Query = db
    .selectFrom('service_at_location as sal')
    .innerJoin('service', 'service.id', 'sal.service_id')
    .leftJoin('location as loc', 'loc.id', 'sal.location_id')
    .selectAll('sal');
  q = serviceConditions(q, { ...f, taxonomy_term_id: undefined, taxonomy_id: undefined });
  if (f.taxonomy_term_id || f.taxonomy_id) {
    q = q.where((eb) => eb.or([eb.and(tagged(eb, 'service.id', f)), eb.and(tagged(eb, 'sal.id', f))]));
  }
  if (f.postcode !== undefined || f.lat !== undefined) q = q.where((eb) => notConfidential(eb, 'sal.location_id'));
  if (f.postcode !== undefined && f.proximity === undefined) {
    const postcode = f.postcode;
    q = q.where((eb) =>
      eb.exists(eb.selectFrom('address as pa').select('pa.id').whereRef('pa.location_id', '=', 'sal.location_id').where('pa.postal_code', '=', postcode)),
    );
  }
  const orderBy: string[] = [];
  if (f.lat !== undefined && f.lng !== undefined) {
    const cos = Math.cos((f.lat * Math.PI) / 180);
    const radius = f.radius ?? 10;
    const dLat = radius / KM_PER_DEGREE;
    const dLng = Math.min(180, radius / (KM_PER_DEGREE * Math.max(cos, 0.01)));
    const d2 = `((loc.latitude - ${f.lat}) * (loc.latitude - ${f.lat}) + ((loc.longitude - ${f.lng}) * ${cos}) * ((loc.longitude - ${f.lng}) * ${cos}))`;
    q = q
      .where('loc.latitude', '>=', f.lat - dLat)
      .where('loc.latitude', '<=', f.lat + dLat)
      .where('loc.longitude', '>=', f.lng - dLng)
      .where('loc.longitude', '<=', f.lng + dLng)
      .where(sql.raw(`${d2} * ${KM_PER_DEGREE * KM_PER_DEGREE}`), '<=', radius * radius);
    orderBy.push(`${d2} asc`);
  }
  orderBy.push('sal.id asc');
  return { query: q, orderBy };
}

/** The location in `column` does not carry the confidential-location attribute. */
function notConfidential(eb: Eb, column: string) {
  return eb.not(
    eb.exists(eb.selectFrom('attribute as ca').select('ca.id').whereRef('ca.link_id', '=', column).where('ca.taxonomy_term_id', '=', confidentialTermId)),
  );
}

/**
 * The centre of a postcode: the mean position of the directory's locations that carry it,
 * confidential ones left out (they must not pull the centre towards themselves).
 */
export async function postcodeCentre(db: Db, postcode: string): Promise<{ lat: number; lng: number } | undefined> {
  const centre = await db
    .selectFrom('address')
    .innerJoin('location', 'location.id', 'address.location_id')
    .select((eb) => [eb.fn.avg('location.latitude').as('lat'), eb.fn.avg('location.longitude').as('lng')])
    .where('address.postal_code', '=', postcode)
    .where((eb) => notConfidential(eb, 'location.id'))
    .executeTakeFirst();
  if (centre?.lat === null || centre?.lat === undefined) return undefined;
  return { lat: Number(centre.lat), lng: Number(centre.lng) };
}

/** Ids of the given locations that carry the confidential-location attribute. */
export async function confidentialAmong(db: Db, locationIds: unknown[]): Promise<Set<string>> {
  const ids = [...new Set(locationIds.filter((v): v is string => typeof v === 'string'))];
  const out = new Set<string>();
  if (ids.length === 0) return out;
  for (let i = 0; i < ids.length; i += 900) {
    const rows = await db
      .selectFrom('attribute')
      .select('link_id')
      .where('taxonomy_term_id', '=', confidentialTermId)
      .where('link_id', 'in', ids.slice(i, i + 900))
      .execute();
    for (const r of rows) out.add(r.link_id as string);
  }
  return out;
}

export async function rowById(db: Db, table: HsdsTable, id: string): Promise<Row | undefined> {
  return (await db.selectFrom(table).selectAll().where('id', '=', id).executeTakeFirst()) as Row | undefined;
}
