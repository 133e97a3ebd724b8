/** npm run import:plan -- FILE [--orp CODE] [--dry-run] — an ORP's plan, all or nothing. */
import { parseArgs } from 'node:util';
import { importPlan, type PlanImportSummary } from '../import/plan/plan-import.service';
import { connectCatalog, createProgress, runCli, UsageError } from './cli-support';

const USAGE = 'Usage: npm run import:plan -- FILE [--orp CODE] [--dry-run]';

function parse() {
  try {
    const { values, positionals } = parseArgs({
      allowPositionals: true,
      options: {
        orp: { type: 'string' },
        'dry-run': { type: 'boolean', default: false },
      },
    });
    if (positionals.length !== 1) {
      throw new UsageError(`Give exactly one plan file (.json or .csv). ${USAGE}`);
    }
    return { file: positionals[0]!, orp: values.orp, dryRun: values['dry-run'] };
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(`${(error as Error).message}. ${USAGE}`);
  }
}

export function formatPlanSummary(s: PlanImportSummary): string {
  return [
    s.dryRun
      ? 'Dry run: nothing was written.'
      : `Import finished: ${s.written} documents written to the plan of ${s.orp}.`,
    `documents in file: ${s.documents}`,
    `added: ${s.added}`,
    `changed: ${s.changed}`,
    `unchanged: ${s.unchanged}`,
    '',
  ].join('\n');
}

runCli(async () => {
  const args = parse();
  const client = await connectCatalog();
  const progress = createProgress('Writing the plan', 'docs');
  try {
    const summary = await importPlan(client, args.file, {
      ...(args.orp ? { orp: args.orp } : {}),
      dryRun: args.dryRun,
      onProgress: (done, total) => progress.update(done, total),
    });
    process.stdout.write(formatPlanSummary(summary));
  } finally {
    progress.stop();
  }
});
