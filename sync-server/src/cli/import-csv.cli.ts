/** npm run import:csv -- FILE [--dry-run] — local services from a spreadsheet, all or nothing. */
import { parseArgs } from 'node:util';
import { importCsv } from '../import/csv/csv.service';
import { connectCatalog, runCli, UsageError } from './cli-support';

const USAGE = 'Usage: npm run import:csv -- FILE [--dry-run]';

runCli(async () => {
  let parsed;
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: { 'dry-run': { type: 'boolean', default: false } },
    });
  } catch (error) {
    throw new UsageError(`${(error as Error).message}. ${USAGE}`);
  }
  if (parsed.positionals.length !== 1) throw new UsageError(`Give exactly one CSV file. ${USAGE}`);
  const client = await connectCatalog();
  const s = await importCsv(client, parsed.positionals[0]!, { dryRun: parsed.values['dry-run'] });
  process.stdout.write(
    `${parsed.values['dry-run'] ? 'Dry run: nothing was written.' : `Import finished: ${s.written} services written.`}\nrows: ${s.rows}\nadded: ${s.added}\nchanged: ${s.changed}\nunchanged: ${s.unchanged}\n`,
  );
});
