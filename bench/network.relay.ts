/**
 * A TCP relay in front of the server that is bench:first-sync's network. It does what CDP
 * cannot:
 *   - Download bandwidth. CDP's throughput limit only holds for responses the server streams:
 *     a response the server writes in one piece (the warm snapshot, any static file) arrives
 *     whole after the emulated latency, however large (measured on Chromium 156: 3 MB in
 *     0.57 s at a 1.44 Mbps setting, 17 s when the same bytes are streamed). The relay sends
 *     4 KB slices at the link's rate, shared by all connections like one radio link. CDP still
 *     adds the latency.
 *   - Byte counting: the bytes of matching responses as they leave (headers and encoded body),
 *     where CDP reports a streamed brotli response's size only when it finishes.
 *   - A real cut: every open connection is dropped and new ones are refused for a while, as
 *     when a phone loses signal (CDP's offline mode only fails new requests).
 * Requests are told apart by the request line each HTTP/1.1 request starts with; Chromium
 * does not pipeline, so the bytes after one request line belong to that request's response.
 */
import { connect, createServer, type Socket } from 'node:net';
import { Transform } from 'node:stream';

const SLICE = 4096;
/** A link this long without a slice to send was idle (not merely late). */
const IDLE_MS = 50;
const REQUEST_LINE = /^(?:GET|HEAD|POST|PUT|DELETE|OPTIONS|PATCH) (\S+) HTTP\/1\.[01]\r\n/;

export interface NetworkRelay {
  origin: string;
  /** Response bytes so far of requests whose path matches `match`. */
  bytes(): number;
  /** Paths of the requests seen that match, in order. */
  requests(): string[];
  /** Drops every connection (and refuses new ones for `ms`) once `bytes` matching bytes are sent. */
  cutAfterBytes(bytes: number, ms: number): void;
  /** The matching bytes sent when the cut happened. */
  cutAt(): number | undefined;
  close(): void;
}

export async function networkRelay(
  target: string,
  options: { match: RegExp; bytesPerSecond: number },
): Promise<NetworkRelay> {
  const { hostname, port } = new URL(target);
  const { match, bytesPerSecond } = options;
  const sockets = new Set<Socket>();
  const requests: string[] = [];
  let counted = 0;
  let down = false;
  let cutAfter: number | undefined;
  let cutAt: number | undefined;
  let cutForMs = 0;
  /** When the shared link is free again (performance.now() time). */
  let linkFreeAt = 0;

  function cut(): void {
    down = true;
    sockets.forEach((socket) => socket.destroy());
    setTimeout(() => (down = false), cutForMs);
  }

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
    const pace = new Transform({
      transform(chunk: Buffer, _encoding, done) {
        const send = (from: number): void => {
          if (from >= chunk.length || down) return done();
          const slice = chunk.subarray(from, from + SLICE);
          const now = performance.now();
          // A timer that fired late must not cost bandwidth: the link continues from where it
          // was due unless it really stood idle.
          const start = now - linkFreeAt > IDLE_MS ? now : linkFreeAt;
          linkFreeAt = start + (slice.length / bytesPerSecond) * 1000;
          setTimeout(
            () => {
              if (down) return done();
              if (matching) counted += slice.length;
              pace.push(slice);
              if (matching && cutAfter !== undefined && counted >= cutAfter) {
                cutAfter = undefined;
                cutAt = counted;
                cut();
                return done();
              }
              send(from + slice.length);
            },
            Math.max(0, linkFreeAt - now),
          );
        };
        send(0);
      },
    });
    client.pipe(upstream).pipe(pace).pipe(client);
  });
  await new Promise<void>((resolve) => relay.listen(0, '127.0.0.1', resolve));
  const address = relay.address() as { port: number };
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
      sockets.forEach((socket) => socket.destroy());
      relay.close();
    },
  };
}

/** The bytes one uninterrupted request of `path` costs through a relay (what a cut is measured against). */
export async function uncutBytes(target: string, match: RegExp, path: string): Promise<number> {
  const relay = await networkRelay(target, { match, bytesPerSecond: Number.POSITIVE_INFINITY });
  try {
    const response = await fetch(`${relay.origin}${path}`, {
      headers: { 'accept-encoding': 'br' },
    });
    await response.arrayBuffer();
    // The last slice may still be in the relay's timer (0 ms).
    await new Promise((resolve) => setTimeout(resolve, 50));
    return relay.bytes();
  } finally {
    relay.close();
  }
}
