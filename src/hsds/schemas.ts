import { join } from 'node:path';
import { apply as mergePatch } from 'json-merge-patch';
import { hsdsDir, officialSchemaNames, readJson, type HsdsVersion } from './paths.js';
import { OPENAPI_PATCH, applyProfile, deepFreeze, isPlainObject, loadProfilePatches } from './profile.js';

/** '3.0' and '3.1' are the official HSDS files; 'ruta' is 3.1 with the Ruta profile applied. */
export type SchemaSet = '3.0' | '3.1' | 'ruta';
export const SCHEMA_SETS: readonly SchemaSet[] = ['3.0', '3.1', 'ruta'];

export type JsonSchema = { [key: string]: unknown };

/** Compiled helper schemas shipped with HSDS that this project uses. */
export const COMPILED_NAMES = [
  'service_list',
  'organization_list',
  'service_at_location_list',
  'service_with_definitions',
] as const;
export type CompiledName = (typeof COMPILED_NAMES)[number];

export function baseVersion(set: SchemaSet): HsdsVersion {
  return set === '3.0' ? '3.0' : '3.1';
}

export function isCompiledName(name: string): name is CompiledName {
  return (COMPILED_NAMES as readonly string[]).includes(name);
}

function readOfficialSchemas(version: HsdsVersion): Record<string, JsonSchema> {
  const schemas: Record<string, JsonSchema> = {};
  for (const name of officialSchemaNames(version)) {
    schemas[name] = readJson(join(hsdsDir(version), 'schema', `${name}.json`)) as JsonSchema;
  }
  return schemas;
}

const setCache = new Map<SchemaSet, Record<string, JsonSchema>>();

/**
 * The modular object schemas of a set, keyed by object name (`service`,
 * `phone`, ...). Results are cached, shared and frozen: clone before changing.
 */
export function loadSchemas(set: SchemaSet): Record<string, JsonSchema> {
  let schemas = setCache.get(set);
  if (!schemas) {
    schemas = set === 'ruta' ? applyProfile(readOfficialSchemas('3.1')) : readOfficialSchemas(set);
    setCache.set(set, deepFreeze(schemas));
  }
  return schemas;
}

const compiledCache = new Map<string, JsonSchema>();

/**
 * A compiled list-item schema or `service_with_definitions` (the fully nested
 * service, every object under `definitions`).
 *
 * For 'ruta', the profile patches are applied to the root and to each entry
 * of `definitions` of service_with_definitions, which hold the same schemas as
 * the modular files. The list-item schemas are the 3.1 files unchanged: they
 * are flat (one-to-one fields of service, organization, location,
 * service_at_location and program) and the profile patches none of those
 * objects; a test guards that assumption.
 */
export function loadCompiled(set: SchemaSet, name: string): JsonSchema {
  if (!isCompiledName(name)) {
    throw new Error(`Unknown compiled HSDS schema "${name}"; expected one of ${COMPILED_NAMES.join(', ')}`);
  }
  const key = `${set}/${name}`;
  let schema = compiledCache.get(key);
  if (!schema) {
    const file = join(hsdsDir(baseVersion(set)), 'schema', 'compiled', `${name}.json`);
    schema = readJson(file) as JsonSchema;
    if (set === 'ruta' && name === 'service_with_definitions') schema = patchDefinitions(schema);
    compiledCache.set(key, deepFreeze(schema));
  }
  return schema;
}

function patchDefinitions(compiled: JsonSchema): JsonSchema {
  let root: unknown = compiled;
  const definitions = isPlainObject(compiled.definitions) ? compiled.definitions : {};
  for (const [name, patch] of Object.entries(loadProfilePatches())) {
    // A removed object keeps its definition: the compiled service still
    // references it, and the modular schemas are the authority on removal.
    if (name === OPENAPI_PATCH || patch === null) continue;
    if (name === 'service') root = mergePatch(root, structuredClone(patch));
    else if (name in definitions) definitions[name] = mergePatch(definitions[name], structuredClone(patch));
  }
  return root as JsonSchema;
}

const openApiCache = new Map<HsdsVersion, JsonSchema>();

/** The official openapi.json of a version, parsed, shared and frozen. */
export function loadOfficialOpenApi(version: HsdsVersion): JsonSchema {
  let doc = openApiCache.get(version);
  if (!doc) {
    doc = deepFreeze(readJson(join(hsdsDir(version), 'schema', 'openapi.json')) as JsonSchema);
    openApiCache.set(version, doc);
  }
  return doc;
}
