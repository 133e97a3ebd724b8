/**
 * A TCP relay in front of the server for bench:first-sync's network cut. It does what CDP
 * cannot:
 *   - it paces responses at Slow 4G's rate itself: Chromium reads a socket ahead of its own
 *     throttle, so a response would be whole inside the browser long before a "half way" cut;
 *   - it counts the bytes of matching responses as they leave (headers and encoded body),
 *     where CDP reports a streamed brotli response's size only when it finishes;
 *   - a cut destroys every open connection and refuses new ones until restored, as when a
 *     phone loses signal (CDP's offline mode only fails new requests).
 * Requests are told apart by the request line each HTTP/1.1 request starts with; Chromium
 * does not pipeline, so the bytes after one request line belong to that request's response.
 */
import { connect, createServer, type Socket } from 'node:net';
import { Transform } from 'node:stream';

const SLICE = 4096;

export interface CutRelay {
  origin: string;
  /** Response bytes so far of requests whose path matches. */
  bytes(): number;
  /** Paths of the requests seen that match, in order. */
  requests(): string[];
  /** Drops every connection (and refuses new ones for `ms`) once `bytes` matching bytes are sent. */
  cutAfterBytes(bytes: number, ms: number): void;
  /** The matching bytes sent when the cut happened. */
  cutAt(): number | undefined;
  close(): void;
}

const REQUEST_LINE = /^(?:GET|HEAD|POST|PUT|DELETE|OPTIONS|PATCH) (\S+) HTTP\/1\.[01]\r\n/;

export async function cutRelay(
  target: string,
  match: RegExp,
  bytesPerSecond: number,
): Promise<CutRelay> {
  const { hostname, port } = new URL(target);
  const sockets = new Set<Socket>();
  let counted = 0;
  const requests: string[] = [];
  let down = false;
  let cutAfter: number | undefined;
  let cutAt: number | undefined;
  let cutForMs = 0;
  const relay = createServer((client) => {
    if (down) {
      client.destroy();
      return;
    }
    const upstream = connect(Number(port), hostname);
    for (const socket of [client, upstream]) {
      sockets.add(socket);
      socket.on('close', () => sockets.delete(socket));
      socket.on('error', () => undefined);
    }
    let matching = false;
    client.on('data', (chunk: Buffer) => {
      const line = REQUEST_LINE.exec(chunk.subarray(0, 2048).toString('latin1'));
      if (!line) return;
      matching = match.test(line[1]!);
      if (matching) requests.push(line[1]!);
    });
    // Small slices, each after its share of time: a warm snapshot leaves the server as one
    // large write, which would otherwise arrive all at once after a long pause.
    const pace = new Transform({
      transform(chunk: Buffer, _encoding, done) {
        const send = (from: number): void => {
          if (from >= chunk.length || down) {
            done();
            return;
          }
          const slice = chunk.subarray(from, from + SLICE);
          setTimeout(
            () => {
              if (down) return done();
              if (matching) counted += slice.length;
              pace.push(slice);
              if (matching && cutAfter !== undefined && counted >= cutAfter) {
                cutAfter = undefined;
                cutAt = counted;
                cut();
                setTimeout(restore, cutForMs);
              }
              send(from + slice.length);
            },
            (slice.length / bytesPerSecond) * 1000,
          );
        };
        send(0);
      },
    });
    client.pipe(upstream).pipe(pace).pipe(client);
  });
  await new Promise<void>((resolve) => relay.listen(0, '127.0.0.1', resolve));
  const address = relay.address() as { port: number };
  function dropAll(): void {
    sockets.forEach((socket) => socket.destroy());
  }
  function cut(): void {
    down = true;
    dropAll();
  }
  function restore(): void {
    down = false;
  }
  return {
    origin: `http://127.0.0.1:${address.port}`,
    bytes: () => counted,
    requests: () => [...requests],
    cutAfterBytes: (bytes, ms) => {
      cutAfter = bytes;
      cutForMs = ms;
    },
    cutAt: () => cutAt,
    close: () => {
      dropAll();
      relay.close();
    },
  };
}

/** The bytes one uninterrupted request of `path` costs through a relay (what a cut is measured against). */
export async function uncutBytes(target: string, match: RegExp, path: string): Promise<number> {
  const relay = await cutRelay(target, match, Number.POSITIVE_INFINITY);
  try {
    const response = await fetch(`${relay.origin}${path}`, {
      headers: { 'accept-encoding': 'br' },
    });
    await response.arrayBuffer();
    // The last chunk may still be in the relay's pacing timer (0 ms).
    await new Promise((resolve) => setTimeout(resolve, 50));
    return relay.bytes();
  } finally {
    relay.close();
  }
}
