import { apply as mergePatch } from 'json-merge-patch';
import { OPENAPI_PATCH, isPlainObject, loadProfilePatches } from './profile.js';
import { COMPILED_NAMES, isCompiledName, loadCompiled, loadOfficialOpenApi, loadSchemas, type JsonSchema } from './schemas.js';

/** Prefix of the schema `$ref`s in the official openapi.json (3.0 branch, even in 3.1). */
export const UPSTREAM_SCHEMA_PREFIX = 'https://raw.githubusercontent.com/openreferral/specification/3.0/schema/';
/** Where the API serves the profile-patched schemas. */
export const PROFILE_SCHEMA_PREFIX = '/api/profile/schemas/';

// Upstream refers to fully inlined compiled files that HSDS does not vendor
// (several MB each); these served schemas describe the same documents.
const REF_REPLACEMENTS: Record<string, string> = {
  'compiled/service.json': 'compiled/service_with_definitions.json',
  'compiled/organization.json': 'organization.json',
};

const EXTENSION = { 'x-ruta-extension': true } as const;

/** Maps an upstream schema `$ref` to the profile schema served by the API; other refs are kept. */
export function rewriteSchemaRef(ref: string): string {
  if (!ref.startsWith(UPSTREAM_SCHEMA_PREFIX)) return ref;
  const file = ref.slice(UPSTREAM_SCHEMA_PREFIX.length);
  return PROFILE_SCHEMA_PREFIX + (REF_REPLACEMENTS[file] ?? file);
}

/**
 * The profile schema served at `/api/profile/schemas/<path>`, where path is
 * `<name>.json` or `compiled/<name>.json`; undefined when there is none.
 */
export function profileSchemaAt(path: string): JsonSchema | undefined {
  const match = /^(compiled\/)?([a-z_]+)\.json$/.exec(path);
  if (!match?.[2]) return undefined;
  const name = match[2];
  if (match[1]) return isCompiledName(name) ? loadCompiled('ruta', name) : undefined;
  const schemas = loadSchemas('ruta');
  return Object.hasOwn(schemas, name) ? schemas[name] : undefined;
}

/**
 * The OpenAPI 3.1 document Ruta serves: the official HSDS 3.1 openapi.json with
 * the profile's `info`, local schema refs, upstream fixes and the documented
 * Ruta extensions (each marked `x-ruta-extension: true`).
 */
export function buildOpenApi(opts: { serverUrl?: string } = {}): JsonSchema {
  let doc: JsonSchema = structuredClone(loadOfficialOpenApi('3.1'));
  const patch = loadProfilePatches()[OPENAPI_PATCH];
  if (patch !== undefined) doc = mergePatch(doc, structuredClone(patch)) as JsonSchema;
  doc.servers = [{ url: opts.serverUrl ?? '/api' }];
  rewriteRefs(doc);
  fixUpstreamBugs(doc);
  addGeoSearch(doc);
  addNdjsonFormat(doc);
  addProfilePaths(doc);
  return doc;
}

function rewriteRefs(node: unknown): void {
  if (Array.isArray(node)) {
    node.forEach(rewriteRefs);
  } else if (isPlainObject(node)) {
    for (const [key, value] of Object.entries(node)) {
      if (key === '$ref' && typeof value === 'string') node[key] = rewriteSchemaRef(value);
      else rewriteRefs(value);
    }
  }
}

/** An operation of the document; throws when upstream changed shape, so a silent no-op cannot happen. */
function operation(doc: JsonSchema, path: string, method: string): Record<string, unknown> {
  const paths = isPlainObject(doc.paths) ? doc.paths : {};
  const item = paths[path];
  const op = isPlainObject(item) ? item[method] : undefined;
  if (!isPlainObject(op)) throw new Error(`openapi.json has no ${method.toUpperCase()} ${path}`);
  return op;
}

function jsonResponse(op: Record<string, unknown>): Record<string, unknown> {
  const content = (op.responses as { '200'?: { content?: Record<string, unknown> } } | undefined)?.['200']?.content;
  const json = content?.['application/json'];
  if (!content || !isPlainObject(json)) throw new Error(`operation ${String(op.operationId)} has no JSON 200 response`);
  return json;
}

function fixUpstreamBugs(doc: JsonSchema): void {
  // The operationIds of the taxonomy term list and by-id operations are swapped
  // in HSDS 3.0 and 3.1-dev (fixed upstream in 3.1.3).
  operation(doc, '/taxonomy_terms', 'get').operationId = 'getPaginatedListOfTaxonomyTerms';
  operation(doc, '/taxonomy_terms', 'post').operationId = 'getPaginatedListOfTaxonomyTerms';
  operation(doc, '/taxonomy_terms/{id}', 'get').operationId = 'getTaxonomyTermById';
  // GET /service_at_locations/{id} returns a service_at_location, but upstream
  // points its schema at the compiled service.
  jsonResponse(operation(doc, '/service_at_locations/{id}', 'get')).schema = {
    $ref: `${PROFILE_SCHEMA_PREFIX}service_at_location.json`,
  };
}

function addGeoSearch(doc: JsonSchema): void {
  const op = operation(doc, '/service_at_locations', 'get');
  const params = Array.isArray(op.parameters) ? (op.parameters as unknown[]) : [];
  const query = (name: string, description: string, schema: Record<string, unknown>) =>
    ({ name, in: 'query', required: false, description, schema, ...EXTENSION });
  params.push(
    query('lat', 'Latitude of the search centre in decimal degrees (WGS84). Give together with `lng`: only sites within `radius` kilometres of the point are returned.', { type: 'number', minimum: -90, maximum: 90 }),
    query('lng', 'Longitude of the search centre in decimal degrees (WGS84). Give together with `lat`.', { type: 'number', minimum: -180, maximum: 180 }),
    query('radius', 'Search radius in kilometres around `lat`/`lng`; greater than 0 and at most 2000. Default 10.', { type: 'number', exclusiveMinimum: 0, maximum: 2000, default: 10 }),
  );
  op.parameters = params;
}

function addNdjsonFormat(doc: JsonSchema): void {
  const op = operation(doc, '/services', 'get');
  const format = {
    name: 'format',
    in: 'query',
    required: false,
    description: '`json` (default) returns a Page of services. `ndjson` streams every matching service, fully nested, as one JSON object per line, without the Page envelope or pagination, with content type `application/x-ndjson`.',
    schema: { type: 'string', enum: ['json', 'ndjson'], default: 'json' },
    ...EXTENSION,
  };
  const params = Array.isArray(op.parameters) ? (op.parameters as unknown[]) : [];
  const isFormat = (p: unknown) => isPlainObject(p) && (p.$ref === '#/components/parameters/format' || p.name === 'format');
  const index = params.findIndex(isFormat);
  if (index >= 0) params[index] = format;
  else params.push(format);
  op.parameters = params;
  const responses = op.responses as Record<string, { content: Record<string, unknown> }>;
  if (responses['200']) {
    responses['200'].content['application/x-ndjson'] = {
      schema: {
        type: 'string',
        description: `Newline-delimited JSON: each line is one fully nested service matching ${PROFILE_SCHEMA_PREFIX}compiled/service_with_definitions.json.`,
      },
      ...EXTENSION,
    };
  }
}

const PROFILE_DOCUMENT_SCHEMA = {
  type: 'object',
  required: ['id', 'name', 'base', 'description', 'patches', 'schemas'],
  properties: {
    id: { type: 'string', description: 'Profile identifier, e.g. ruta-1.' },
    name: { type: 'string' },
    base: { type: 'string', description: 'The HSDS version the profile patches.' },
    description: { type: 'string' },
    license: { type: 'string' },
    attribution: { type: 'string' },
    patches: {
      type: 'object',
      description: 'JSON Merge Patch (RFC 7386) per schema file name; null removes the schema.',
      additionalProperties: { type: ['object', 'null'] },
    },
    schemas: { type: 'array', items: { type: 'string' }, description: 'Object schemas served under /profile/schemas/.' },
  },
};

function schemaResponse(description: string) {
  return {
    '200': { description, content: { 'application/schema+json': { schema: { type: 'object' } } } },
    '404': { description: 'There is no schema with that name.' },
  };
}

function addProfilePaths(doc: JsonSchema): void {
  const paths = doc.paths as Record<string, unknown>;
  paths['/profile'] = {
    get: {
      operationId: 'getRutaProfile',
      summary: 'The Ruta HSDS profile this API follows.',
      description: 'The profile document: identifier, base HSDS version, and the JSON Merge Patch applied to each HSDS schema.',
      ...EXTENSION,
      responses: {
        '200': { description: 'The profile document.', content: { 'application/json': { schema: PROFILE_DOCUMENT_SCHEMA } } },
      },
    },
  };
  paths['/profile/schemas/{name}'] = {
    get: {
      operationId: 'getRutaProfileSchema',
      summary: 'An HSDS object schema with the Ruta profile applied.',
      ...EXTENSION,
      parameters: [{ in: 'path', name: 'name', required: true, description: 'Schema file name, e.g. `service.json`.', schema: { type: 'string', pattern: '^[a-z_]+\\.json$' } }],
      responses: schemaResponse('The JSON Schema (draft 2020-12). Its relative $refs resolve next to it.'),
    },
  };
  paths['/profile/schemas/compiled/{name}'] = {
    get: {
      operationId: 'getRutaProfileCompiledSchema',
      summary: 'A compiled HSDS schema (list item or fully nested service) with the Ruta profile applied.',
      ...EXTENSION,
      parameters: [{ in: 'path', name: 'name', required: true, description: 'Compiled schema file name.', schema: { type: 'string', enum: COMPILED_NAMES.map((n) => `${n}.json`) } }],
      responses: schemaResponse('The compiled JSON Schema.'),
    },
  };
}
