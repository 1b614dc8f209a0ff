import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { apply as mergePatch } from 'json-merge-patch';
import { fromRoot, officialSchemaNames, readJson } from './paths.js';
import type { JsonSchema } from './schemas.js';

/** Identifier of the Ruta HSDS profile, published by `GET /api/` and `GET /api/profile`. */
export const PROFILE_ID = 'ruta-1';
export const PROFILE_NAME = 'Ruta HSDS profile';
export const PROFILE_BASE = 'HSDS 3.1';
export const PROFILE_LICENSE = 'CC BY-SA 4.0';
export const PROFILE_ATTRIBUTION =
  'Human Services Data Specification: an Open Referral resource (https://openreferral.org/)';

/** The patch named `openapi` changes the API definition, not an object schema. */
export const OPENAPI_PATCH = 'openapi';

const PROFILE_DESCRIPTION =
  'HSDS 3.1 adapted to services for migrants in Mexico and Central America: ' +
  'postal codes are optional, cost currencies are limited to those of the region, ' +
  'language codes must be real ISO 639-1 or ISO 639-3 codes, and schedule timezones ' +
  'are UTC offsets between -12 and 14. Extra facts (populations and nationalities ' +
  'served, intake criteria, referral method, response time, complaint mechanism, ' +
  'confidential location, source, review date, data quality) are HSDS attributes ' +
  'whose taxonomy terms belong to the "Ruta profile" taxonomy.';

/** Folder of the profile patch files (JSON Merge Patch, RFC 7386, one per schema). */
export function profileDir(): string {
  return fromRoot('src', 'hsds', 'profile');
}

let cachedPatches: Record<string, unknown> | undefined;

/**
 * The profile patches keyed by file name without `.json` (`address`,
 * `openapi`, ...). A value of `null` removes that schema from the profile.
 * The result is shared and frozen; clone it before changing it.
 */
export function loadProfilePatches(): Record<string, unknown> {
  if (cachedPatches) return cachedPatches;
  const patches: Record<string, unknown> = {};
  for (const file of readdirSync(profileDir()).filter((f) => f.endsWith('.json')).sort()) {
    patches[file.slice(0, -'.json'.length)] = readJson(join(profileDir(), file));
  }
  cachedPatches = deepFreeze(patches);
  return cachedPatches;
}

/**
 * Applies profile patches to a set of schemas keyed by object name and returns
 * a new set; `base` is not changed. A `null` patch removes the schema, a patch
 * for an unknown name adds a schema (as RFC 7386 applies a patch to nothing).
 * The `openapi` patch is skipped here: openapi.ts applies it.
 */
export function applyProfile(
  base: Record<string, JsonSchema>,
  patches: Record<string, unknown> = loadProfilePatches(),
): Record<string, JsonSchema> {
  // json-merge-patch changes its target in place and reuses arrays of the patch.
  const result = structuredClone(base);
  for (const [name, patch] of Object.entries(patches)) {
    if (name === OPENAPI_PATCH) continue;
    if (patch === null) {
      delete result[name];
      continue;
    }
    const merged: unknown = mergePatch(result[name], structuredClone(patch));
    if (!isPlainObject(merged)) {
      throw new Error(`Profile patch "${name}" must be a JSON object or null`);
    }
    result[name] = merged;
  }
  return result;
}

export interface ProfileDocument {
  id: string;
  name: string;
  base: string;
  description: string;
  license: string;
  attribution: string;
  patches: Record<string, unknown>;
  schemas: string[];
}

/** The JSON document served at `GET /api/profile`. */
export function profileDocument(): ProfileDocument {
  const patches = loadProfilePatches();
  const names = new Set(officialSchemaNames('3.1'));
  for (const [name, patch] of Object.entries(patches)) {
    if (name === OPENAPI_PATCH) continue;
    if (patch === null) names.delete(name);
    else names.add(name);
  }
  return {
    id: PROFILE_ID,
    name: PROFILE_NAME,
    base: PROFILE_BASE,
    description: PROFILE_DESCRIPTION,
    license: PROFILE_LICENSE,
    attribution: PROFILE_ATTRIBUTION,
    patches: structuredClone(patches),
    schemas: [...names].sort(),
  };
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Freezes a JSON value in depth, so cached schemas cannot be changed by a caller by mistake. */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}
