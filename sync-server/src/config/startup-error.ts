/**
 * A fault the operator can fix (bad setting, unreachable CouchDB, port in use). main.ts prints
 * its message as the one line on stderr — no stack trace — so the message must be one complete
 * sentence that says what is wrong and, where possible, what to do.
 */
export class StartupError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'StartupError';
  }
}

/** One sentence for any thrown value: ours verbatim, anything else prefixed so it reads well. */
export function describeFault(error: unknown): string {
  if (error instanceof StartupError) return error.message;
  const detail = error instanceof Error ? error.message : String(error);
  const sentence = detail.split('\n')[0]?.trim() || 'unknown error';
  return `Rozcestník stopped because of an unexpected error: ${sentence}`;
}
