import cliProgress from 'cli-progress';
import { formatProblem, type ProblemDetail } from '../lib/errors.js';
import type { ImportProgress, ImportReport } from '../import-export/importer.js';

/** A progress bar on the terminal, or nothing when output goes to a file or a pipe. */
export function progressBar(enabled: boolean): { update(p: ImportProgress): void; stop(): void } {
  if (!enabled || !process.stderr.isTTY) return { update() {}, stop() {} };
  const bar = new cliProgress.SingleBar(
    { format: ' {bar} {percentage}% | {records} records | {mb}/{totalMb} MB | {duration}s', stream: process.stderr, hideCursor: true },
    cliProgress.Presets.shades_classic,
  );
  let started = false;
  return {
    update(p) {
      const mb = (p.bytes / 1048576).toFixed(1);
      const totalMb = (p.totalBytes / 1048576).toFixed(1);
      if (!started) {
        bar.start(Math.max(p.totalBytes, 1), 0, { records: 0, mb, totalMb });
        started = true;
      }
      bar.update(p.bytes, { records: p.records, mb, totalMb });
    },
    stop() {
      if (started) bar.stop();
    },
  };
}

function list(title: string, items: ProblemDetail[], out: (s: string) => void): void {
  if (items.length === 0) return;
  out(`${title}:`);
  for (const p of items) out(`  ${formatProblem(p)}`);
}

/** The closing words of an import or a validation, for people. */
export function printReport(report: ImportReport, verb: 'import' | 'validate', out: (s: string) => void = console.log): void {
  list('Problems', report.problems, out);
  list('Warnings', report.warnings, out);
  if (!report.ok) {
    out(`${report.problems.length} problem(s) in ${report.records} record(s). Nothing was changed.`);
    return;
  }
  const rows = Object.entries(report.tables)
    .map(([t, c]) => `  ${t}: ${c!.created} new, ${c!.updated} updated, ${c!.unchanged} unchanged${c!.deleted ? `, ${c!.deleted} removed` : ''}`)
    .join('\n');
  if (verb === 'validate') out(`${report.records} record(s) checked: no problems. Nothing was changed.${rows ? `\nAn import would do:\n${rows}` : ''}`);
  else out(`${report.records} record(s) imported.\n${rows}`);
}
