/**
 * The reason sync-server's own endpoints give (`{ reason: { cs, en } }`) in the page's
 * language, or undefined when the answer carried none.
 */
export function serverReason(body: unknown, locale: string): string | undefined {
  const reason = (body as { reason?: { cs?: unknown; en?: unknown } } | null)?.reason;
  const text = locale === 'cs' ? reason?.cs : reason?.en;
  return typeof text === 'string' ? text : undefined;
}
