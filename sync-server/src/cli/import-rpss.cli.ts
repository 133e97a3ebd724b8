/**
 * npm run import:rpss -- FILE [--codelists DIR] [--region CODE] [--orp CODE] [--dry-run] [--force]
 */
import { parseArgs } from 'node:util';
import { importRpss, type RpssImportSummary } from '../import/rpss/rpss-import.service';
import { connectCatalog, createProgress, runCli, UsageError } from './cli-support';

const USAGE =
  'Usage: npm run import:rpss -- FILE [--codelists DIR] [--region CODE] [--orp CODE] [--dry-run] [--force]';

function parse() {
  try {
    const { values, positionals } = parseArgs({
      allowPositionals: true,
      options: {
        codelists: { type: 'string' },
        region: { type: 'string' },
        orp: { type: 'string' },
        'dry-run': { type: 'boolean', default: false },
        force: { type: 'boolean', default: false },
      },
    });
    if (positionals.length !== 1) throw new UsageError(`Give exactly one registry file. ${USAGE}`);
    return { file: positionals[0]!, ...values };
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(`${(error as Error).message}. ${USAGE}`);
  }
}

export function formatSummary(s: RpssImportSummary): string {
  const lines = [
    s.dryRun ? 'Dry run: nothing was written.' : `Import finished: ${s.written} documents written.`,
    `records in file: ${s.records} (in scope: ${s.inScope})`,
    `added: ${s.added}`,
    `changed: ${s.changed}`,
    `removed: ${s.removed} (ended: ${s.ended}, gone from the registry: ${s.disappeared})`,
    `unchanged: ${s.unchanged}`,
    `skipped (unknown service type): ${s.skipped}`,
    `local edits kept: ${s.keptLocal} services`,
    `secret addresses withheld: ${s.withheldAddresses}`,
  ];
  if (s.unknownCodes.length > 0) {
    lines.push('Unknown codes (not mapped, not guessed):', ...s.unknownCodes.map((l) => `  ${l}`));
  }
  return lines.join('\n') + '\n';
}

runCli(async () => {
  const args = parse();
  const client = await connectCatalog();
  const progress = createProgress('RPSS');
  try {
    const summary = await importRpss(client, {
      file: args.file,
      codeListsDir: args.codelists,
      region: args.region,
      orp: args.orp,
      dryRun: args['dry-run'],
      force: args.force,
      onBytes: (read, total) => progress.update(read, total),
    });
    progress.stop();
    process.stdout.write(formatSummary(summary));
  } finally {
    progress.stop();
  }
});
