import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { Command, InvalidArgumentError, Option } from 'commander';
import { ConfigError, loadConfig } from '../lib/config.js';
import { describeDatabase, openDatabase, type Database } from '../lib/db.js';
import { createLogger } from '../lib/logger.js';
import { migrateToLatest } from '../lib/migrate.js';
import { isHsdsTable } from '../directory/relations.js';
import { exportCsvPackage, exportServicesJson } from '../import-export/exporter.js';
import { importPath, type ImportOptions } from '../import-export/importer.js';
import { loadStarterData } from '../starter/load-starter.js';
import { startServer } from '../server.js';
import { printReport, progressBar } from './cli-output.js';

class CliFailure extends Error {}

async function withDatabase<T>(fn: (database: Database) => Promise<T>): Promise<T> {
  const config = loadConfig();
  const database = openDatabase(config);
  try {
    await migrateToLatest(database);
    return await fn(database);
  } finally {
    await database.close();
  }
}

function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('must be a whole number of at least 1');
  return n;
}

function importOptions(opts: { type: string; schema: '3.0' | '3.1' | 'ruta'; allowDangling?: boolean; maxProblems: number; progress: boolean }): ImportOptions {
  if (!isHsdsTable(opts.type)) throw new InvalidArgumentError(`--type must be an HSDS object such as service or organization, got "${opts.type}"`);
  return { rootTable: opts.type, schemaSet: opts.schema, allowDangling: opts.allowDangling, maxProblems: opts.maxProblems };
}

function addImportFlags(cmd: Command): Command {
  return cmd
    .option('--type <object>', 'what each JSON record is', 'service')
    .addOption(new Option('--schema <set>', 'schemas records must meet').choices(['ruta', '3.1', '3.0']).default('ruta'))
    .option('--allow-dangling', 'keep references to records that exist nowhere, as warnings')
    .option('--max-problems <n>', 'stop after this many problems', positiveInt, 100)
    .option('--no-progress', 'no progress bar');
}

export function buildCli(): Command {
  const program = new Command('ruta')
    .description('Ruta: information and referral for people on the move. Settings come from the environment (see README).')
    .showHelpAfterError();

  addImportFlags(program.command('import').argument('<path>', 'JSON / NDJSON file, or a CSV data package (folder or datapackage.json)'))
    .description('import HSDS data in one transaction: all of it or nothing')
    .action(async (path: string, opts) => {
      const bar = progressBar(opts.progress);
      const report = await withDatabase((db) => importPath(db, path, { ...importOptions(opts), onProgress: (p) => bar.update(p) }));
      bar.stop();
      printReport(report, 'import');
      if (!report.ok) throw new CliFailure();
    });

  addImportFlags(program.command('validate').argument('<path>', 'file or data package to check'))
    .description('check a file as an import would, including references to the directory, and change nothing')
    .action(async (path: string, opts) => {
      const bar = progressBar(opts.progress);
      const report = await withDatabase((db) => importPath(db, path, { ...importOptions(opts), dryRun: true, onProgress: (p) => bar.update(p) }));
      bar.stop();
      printReport(report, 'validate');
      if (!report.ok) throw new CliFailure();
    });

  program
    .command('export')
    .argument('<out>', 'a file (json, ndjson; "-" for standard output) or a folder (csv)')
    .addOption(new Option('--format <format>', 'json: array of fully nested services; ndjson: one per line; csv: Tabular Data Package').choices(['json', 'ndjson', 'csv']).default('json'))
    .option('--include-confidential', 'keep addresses and coordinates of confidential locations (private backups only)')
    .description('export the directory as HSDS')
    .action(async (out: string, opts: { format: 'json' | 'ndjson' | 'csv'; includeConfidential?: boolean }) => {
      await withDatabase(async (db) => {
        if (opts.format === 'csv') {
          const counts = await exportCsvPackage(db, out, opts);
          console.error(`Wrote ${Object.values(counts).reduce((a, b) => a + b, 0)} rows in ${Object.keys(counts).length} CSV files and datapackage.json to ${out}`);
          return;
        }
        const stream = out === '-' ? process.stdout : createWriteStream(out);
        const n = await exportServicesJson(db, stream, opts.format, opts);
        if (stream !== process.stdout) {
          stream.end();
          await once(stream, 'close');
        }
        console.error(`Wrote ${n} services to ${out === '-' ? 'standard output' : out}`);
      });
    });

  program
    .command('migrate')
    .description('bring the database schema up to date')
    .action(async () => {
      const config = loadConfig();
      const database = openDatabase(config);
      try {
        const applied = await migrateToLatest(database);
        console.log(applied.length ? `Applied ${applied.join(', ')} to ${describeDatabase(config)}` : `${describeDatabase(config)} is up to date`);
      } finally {
        await database.close();
      }
    });

  program
    .command('starter')
    .description('load (again) the need taxonomy and starter listings')
    .action(async () => {
      const report = await withDatabase((db) => loadStarterData(db, true));
      if (report) printReport(report, 'import');
      if (report && !report.ok) throw new CliFailure();
    });

  program
    .command('serve')
    .description('serve Ruta (the same as npm start)')
    .action(async () => {
      const config = loadConfig();
      const server = await startServer(config, createLogger(config.logLevel));
      const stop = () => server.close().then(() => process.exit(0));
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
  return program;
}

export async function runCli(argv: string[]): Promise<number> {
  try {
    await buildCli().parseAsync(argv);
    return 0;
  } catch (err) {
    if (err instanceof CliFailure) return 1;
    const e = err as NodeJS.ErrnoException;
    if (err instanceof ConfigError || err instanceof InvalidArgumentError) console.error(`ruta: ${e.message}`);
    else if (e.code === 'ECONNREFUSED') console.error('ruta: the database does not answer (check DATABASE_URL)');
    else console.error(`ruta: ${e.message}`);
    return 2;
  }
}
