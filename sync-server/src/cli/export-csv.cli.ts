/** npm run export:csv -- [FILE] — local (non-registry) services as CSV (stdout without FILE). */
import { exportCsv } from '../import/csv/csv.service';
import { connectCatalog, runCli } from './cli-support';

runCli(async () => {
  const file = process.argv[2];
  const client = await connectCatalog();
  const count = await exportCsv(client, file);
  if (file) process.stdout.write(`Exported ${count} local services to ${file}.\n`);
});
