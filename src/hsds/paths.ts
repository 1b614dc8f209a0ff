import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** HSDS versions vendored in this repository. "3.1" is the vendored 3.1-dev branch. */
export type HsdsVersion = '3.0' | '3.1';

let root: string | undefined;

/**
 * The directory holding package.json. Found by walking up from this module so
 * the same code works from `src/` (vitest, tsx) and from the compiled
 * `dist/src/` tree, where relative paths to `vendor/` would differ.
 */
export function projectRoot(): string {
  if (root !== undefined) return root;
  const start = dirname(fileURLToPath(import.meta.url));
  let dir = start;
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`No package.json found above ${start}`);
    dir = parent;
  }
  root = dir;
  return dir;
}

/** An absolute path built from segments relative to the project root. */
export function fromRoot(...segments: string[]): string {
  return join(projectRoot(), ...segments);
}

/** Folder of the official (read-only) HSDS files for a version. */
export function hsdsDir(version: HsdsVersion): string {
  return fromRoot('vendor', 'hsds', version === '3.0' ? '3.0' : '3.1-dev');
}

export function readJson(file: string): unknown {
  return JSON.parse(readFileSync(file, 'utf8')) as unknown;
}

/**
 * Object names of the modular schemas of a version (file names without
 * `.json`), sorted. openapi.json lives in the same folder but is not an object
 * schema, so it is left out.
 */
export function officialSchemaNames(version: HsdsVersion): string[] {
  return readdirSync(join(hsdsDir(version), 'schema'))
    .filter((file) => file.endsWith('.json') && file !== 'openapi.json')
    .map((file) => file.slice(0, -'.json'.length))
    .sort();
}
