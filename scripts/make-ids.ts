// Stable ids for Ruta's own data: every id is the UUIDv5 (RFC 4122, SHA-1) of a readable key
// in Ruta's namespace, so records keep their ids across rebuilds and imports.
//
// Key scheme (see src/starter/data/README.md):
//   taxonomy:ruta-needs, taxonomy:ruta-profile, term:needs/<code>, term:profile/<code>,
//   org:<file>, service:<file>/<slug>, phone:<file>/<digits>, location:<file>/<slug>,
//   address:<file>/<slug>, sal:<file>/<service>/<location>, language:<file>/<service>/<code>,
//   service-area:<file>/<service>/<n>, schedule:<file>/<service>/<n>,
//   attribute:<owner key>/<term code>[/<n>]
//
// Usage:
//   npx tsx scripts/make-ids.ts term:needs/shelter org:motozintla-centre   print the ids of keys
//   npx tsx scripts/make-ids.ts --check                                    check the data files
import { uuidv5 as uuidv5In } from '../src/lib/uuid-v5.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const RUTA_NAMESPACE = '6f1c2a3e-9b7d-4e21-8a55-0c4d2e7b9f10';

export function uuidv5(name: string, namespace: string = RUTA_NAMESPACE): string {
  return uuidv5In(name, namespace);
}

type TaxonomyFile = { taxonomy: { id: string }; terms: { id: string; code: string }[] };

function check(root: string): string[] {
  const problems: string[] = [];
  const taxonomies: [string, string, string][] = [
    ['src/taxonomy/data/needs.json', 'taxonomy:ruta-needs', 'term:needs/'],
    ['src/taxonomy/data/ruta-profile-taxonomy.json', 'taxonomy:ruta-profile', 'term:profile/'],
  ];
  for (const [file, taxonomyKey, termPrefix] of taxonomies) {
    const data = JSON.parse(readFileSync(join(root, file), 'utf8')) as TaxonomyFile;
    if (data.taxonomy.id !== uuidv5(taxonomyKey)) problems.push(`${file}: taxonomy id should be ${uuidv5(taxonomyKey)}`);
    for (const term of data.terms) {
      const want = uuidv5(termPrefix + term.code);
      if (term.id !== want) problems.push(`${file}: term ${term.code} should have id ${want}`);
    }
  }
  const manifestFile = 'src/starter/data/meta/id-keys.json';
  const manifest = JSON.parse(readFileSync(join(root, manifestFile), 'utf8')) as { ids: Record<string, string> };
  for (const [key, id] of Object.entries(manifest.ids)) {
    const want = uuidv5(key);
    if (id !== want) problems.push(`${manifestFile}: ${key} should be ${want}`);
  }
  return problems;
}

const isMain = process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1];
if (isMain) {
  const args = process.argv.slice(2);
  if (args.length === 0) {
    console.error('usage: make-ids.ts <key>... | --check');
    process.exit(2);
  }
  if (args[0] === '--check') {
    const problems = check(process.cwd());
    for (const p of problems) console.error(p);
    console.log(problems.length === 0 ? 'all ids match their keys' : `${problems.length} id(s) do not match their keys`);
    process.exit(problems.length === 0 ? 0 : 1);
  }
  for (const key of args) console.log(`${uuidv5(key)}  ${key}`);
}
