import { Ajv, type ErrorObject } from 'ajv';
import addFormats from 'ajv-formats';
import { RutaError } from '../lib/errors.js';
import { DEFAULT_PER_PAGE, MAX_PER_PAGE } from './paging.js';

/**
 * Query strings are checked with JSON Schemas (the same validator the data uses), coercing
 * "2" to 2 and "true" to true, so every endpoint answers a bad parameter with a 400 that names
 * it and says what is expected, never with a database error.
 */
const ajv = new Ajv({ coerceTypes: true, useDefaults: true, allErrors: true, strict: false });
(addFormats as unknown as (a: Ajv) => void)(ajv);

type Prop = Record<string, unknown>;

const uuid = { type: 'string', format: 'uuid' } as const;
const bool = { type: 'boolean' } as const;

export const PARAMS = {
  search: { type: 'string', maxLength: 500 },
  q: { type: 'string', maxLength: 500 },
  lang: { type: 'string', enum: ['es', 'en', 'fr', 'ht', 'pt'] },
  need: { type: 'string', pattern: '^[a-z0-9-]{1,60}$' },
  population: { type: 'string', pattern: '^[a-z0-9-]{1,60}$' },
  place: { type: 'string', minLength: 1, maxLength: 100 },
  open: { type: 'string', maxLength: 40 },
  language: { type: 'string', pattern: '^[a-z]{2,3}$' },
  free: bool,
  page: { type: 'integer', minimum: 1, maximum: 1_000_000, default: 1 },
  per_page: { type: 'integer', minimum: 1, maximum: MAX_PER_PAGE, default: DEFAULT_PER_PAGE },
  format: { type: 'string', enum: ['json', 'ndjson'], default: 'json' },
  taxonomy_term_id: uuid,
  taxonomy_id: uuid,
  organization_id: uuid,
  parent_id: uuid,
  modified_after: { type: 'string', format: 'date-time' },
  minimal: bool,
  full: bool,
  full_service: bool,
  top_only: bool,
  postcode: { type: 'string', maxLength: 20 },
  proximity: { type: 'number', exclusiveMinimum: 0, maximum: 2_000_000 },
  lat: { type: 'number', minimum: -90, maximum: 90 },
  lng: { type: 'number', minimum: -180, maximum: 180 },
  radius: { type: 'number', exclusiveMinimum: 0, maximum: 2000 },
} as const satisfies Record<string, Prop>;

export type ParamName = keyof typeof PARAMS;

const DESCRIBE: Record<string, (e: ErrorObject) => string> = {
  type: (e) => `must be ${e.params.type === 'integer' ? 'a whole number' : e.params.type === 'boolean' ? 'true or false' : `a ${e.params.type}`}`,
  minimum: (e) => `must be at least ${e.params.limit}`,
  maximum: (e) => `must be at most ${e.params.limit}`,
  exclusiveMinimum: (e) => `must be greater than ${e.params.limit}`,
  maxLength: (e) => `must be at most ${e.params.limit} characters`,
  enum: (e) => `must be one of: ${(e.params.allowedValues as string[]).join(', ')}`,
  format: (e) => (e.params.format === 'uuid' ? 'must be a UUID' : 'must be a date and time such as 2026-01-31T00:00:00Z'),
  additionalProperties: () => 'is not a parameter of this endpoint',
  pattern: () => 'is not in the expected form',
  minLength: () => 'must not be empty',
};

const cache = new Map<string, ReturnType<typeof ajv.compile>>();

/** Validates and converts the query of one endpoint; unknown parameters are refused. */
export function parseQuery<K extends ParamName>(
  query: Record<string, string>,
  allowed: readonly K[],
): { [P in K]: P extends 'page' | 'per_page' ? number : ParamValue<P> | undefined } {
  const key = allowed.join(',');
  let validate = cache.get(key);
  if (!validate) {
    validate = ajv.compile({
      type: 'object',
      properties: Object.fromEntries(allowed.map((k) => [k, PARAMS[k]])),
      additionalProperties: false,
    });
    cache.set(key, validate);
  }
  const data: Record<string, unknown> = { ...query };
  for (const [name, value] of Object.entries(query)) {
    // A NUL byte cuts strings short in SQLite and is refused by PostgreSQL: refuse it first.
    if (value.includes('\u0000')) {
      throw new RutaError('INVALID_PARAMETER', `${name} contains a NUL character`, [{ field: name, reason: 'contains a NUL character' }]);
    }
  }
  if (!validate(data)) {
    const details = (validate.errors ?? []).map((e) => {
      const field = e.keyword === 'additionalProperties' ? String(e.params.additionalProperty) : e.instancePath.slice(1);
      return { field, reason: (DESCRIBE[e.keyword] ?? (() => e.message ?? 'is not valid'))(e) };
    });
    const first = details[0]!;
    throw new RutaError(first.reason === 'must be a UUID' ? 'INVALID_ID' : 'INVALID_PARAMETER', `${first.field} ${first.reason}`, details);
  }
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  return data as any;
}

type ParamValue<P extends ParamName> = (typeof PARAMS)[P]['type'] extends 'integer' | 'number'
  ? number
  : (typeof PARAMS)[P]['type'] extends 'boolean'
    ? boolean
    : string;

/** Path ids must be UUIDs; anything else is a 400 naming the id, not a lookup. */
export function parseId(id: string): string {
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id)) {
    throw new RutaError('INVALID_ID', `"${id.slice(0, 60)}" is not a valid UUID`, [{ field: 'id', reason: 'must be a UUID' }]);
  }
  return id.toLowerCase();
}
