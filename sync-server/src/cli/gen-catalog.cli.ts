/**
 * npm run gen:catalog -- [N] [--out FILE] [--load]
 * Generates N synthetic services (default 10,000) with realistic Czech text, writes them as
 * `{"docs": [...]}` to FILE (default data/generated/catalog-N.json) and, with --load, also into
 * the catalogue of the running server (all or nothing).
 */
import { createWriteStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { once } from 'node:events';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { ServiceDoc } from '../../../src/lib/domain/catalog/service.types';
import { syntheticServices } from '../demo/synthetic-catalog';
import { validateAll, writeAllOrNothing } from '../import/catalog-writer';
import { connectCatalog, runCli, UsageError } from './cli-support';

const USAGE = 'Usage: npm run gen:catalog -- [N] [--out FILE] [--load]';

function parse() {
  let parsed;
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: { out: { type: 'string' }, load: { type: 'boolean', default: false } },
    });
  } catch (error) {
    throw new UsageError(`${(error as Error).message}. ${USAGE}`);
  }
  const raw = parsed.positionals[0] ?? '10000';
  const count = Number(raw);
  if (!/^\d+$/.test(raw) || count < 1 || count > 1_000_000) {
    throw new UsageError(`N must be a whole number from 1 to 1,000,000, not "${raw}". ${USAGE}`);
  }
  return { count, out: parsed.values.out, load: parsed.values.load };
}

runCli(async () => {
  const { count, out, load } = parse();
  const file = path.resolve(out ?? path.join('data', 'generated', `catalog-${count}.json`));
  await mkdir(path.dirname(file), { recursive: true });
  const stream = createWriteStream(file);
  const docs: ServiceDoc[] = [];
  stream.write('{"docs":[\n');
  let i = 0;
  for (const doc of syntheticServices(count)) {
    if (!stream.write((i++ === 0 ? '' : ',\n') + JSON.stringify(doc))) await once(stream, 'drain');
    if (load) docs.push(doc);
  }
  stream.end('\n]}\n');
  await once(stream, 'finish');
  process.stdout.write(`Wrote ${count} synthetic services to ${file}.\n`);
  if (load) {
    validateAll(docs, (d) => d._id);
    const client = await connectCatalog();
    const written = await writeAllOrNothing(client, docs, new Map());
    process.stdout.write(`Loaded ${written} services into the catalogue.\n`);
  }
});
