import type { Kysely } from 'kysely';
import { assemble, rowsWhereIn } from './assemble.js';
import { redactConfidential } from './confidential.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Db = Kysely<any>;
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Obj = Record<string, any>;

/** Services as list items (organization included), keyed by id, every confidential location stripped of where it is. */
export async function readServiceList(db: Db, ids: string[]): Promise<Map<string, Obj>> {
  const rows = await rowsWhereIn(db, 'service', 'id', ids);
  const services = await assemble(db, 'service', rows, 'list');
  await redactConfidential(db, 'service', services);
  return new Map(services.map((s) => [s.id as string, s]));
}
