import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { pipeline, Transform, type TransformCallback } from 'node:stream';
// stream-json is CommonJS without static named exports; take the functions off the default.
import StreamJson from 'stream-json';
import Pick from 'stream-json/filters/Pick';
import StreamArray from 'stream-json/streamers/StreamArray';
import { ImportError } from '../import-error';

export interface StreamOptions {
  /** Called as bytes are read, for the progress bar. */
  onBytes?: (read: number, total: number) => void;
}

interface Token {
  name: string;
  value?: unknown;
}

/**
 * Watches the token stream for the shape `{ "polozky": [ … ] }` without buffering anything, so a
 * file with another shape is reported as such rather than as "0 services".
 */
class RootShapeCheck extends Transform {
  depth = 0;
  sawRootObject = false;
  sawItems = false;

  constructor() {
    super({ objectMode: true });
  }

  override _transform(token: Token, _enc: BufferEncoding, done: TransformCallback): void {
    if (this.depth === 0 && token.name !== 'startObject' && !this.sawRootObject) {
      done(new ImportError('the file is JSON but its root is not an object with "polozky"'));
      return;
    }
    if (token.name === 'startObject' || token.name === 'startArray') {
      if (this.depth === 0) this.sawRootObject = true;
      this.depth++;
    } else if (token.name === 'endObject' || token.name === 'endArray') this.depth--;
    else if (this.depth === 1 && token.name === 'keyValue' && token.value === 'polozky') {
      this.sawItems = true;
    }
    done(null, token);
  }
}

/**
 * Streams the items of an RPSS file (`{"polozky": [...]}`) one at a time: memory stays bounded
 * by one record whatever the file size. Errors (not JSON, truncated, wrong shape) surface as an
 * ImportError with one sentence.
 */
export async function* readRpssItems(
  file: string,
  options: StreamOptions = {},
): AsyncGenerator<{ index: number; value: unknown }> {
  let total: number;
  try {
    total = (await stat(file)).size;
  } catch {
    throw new ImportError(`The file ${file} cannot be read; check the path.`);
  }
  let read = 0;
  const source = createReadStream(file);
  source.on('data', (chunk) => {
    read += chunk.length;
    options.onBytes?.(read, total);
  });
  const shape = new RootShapeCheck();
  // pipeline() destroys every stage on the first error and hands it to the last one, where
  // the `for await` below sees it.
  const items = pipeline(
    source,
    StreamJson.parser(),
    shape,
    Pick.pick({ filter: 'polozky' }),
    StreamArray.streamArray(),
    () => undefined,
  );
  try {
    for await (const item of items as AsyncIterable<{ key: number; value: unknown }>) {
      yield { index: item.key, value: item.value };
    }
  } catch (error) {
    source.destroy();
    if (error instanceof ImportError) {
      throw new ImportError(
        `The file ${file} does not match the registry format: ${error.message}.`,
      );
    }
    const detail = error instanceof Error ? error.message.split('\n')[0] : String(error);
    if (detail?.includes('should be an array')) {
      throw new ImportError(
        `The file ${file} does not match the registry format: "polozky" is not an array.`,
      );
    }
    throw new ImportError(
      `The file ${file} is not valid JSON or is truncated (${detail}); nothing was imported.`,
    );
  }
  if (!shape.sawItems) {
    throw new ImportError(
      `The file ${file} does not match the registry format: it has no "polozky" array.`,
    );
  }
}
