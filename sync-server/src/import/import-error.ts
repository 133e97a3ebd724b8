/**
 * A fault in the input or the situation that the person running the tool can fix. CLI tools
 * print its message as one sentence, no stack trace; the catalogue is untouched when it is
 * thrown before the write phase, and rolled back when thrown after.
 */
export class ImportError extends Error {
  constructor(
    message: string,
    /** Per-row or per-record details, printed under the sentence. */
    readonly details: readonly string[] = [],
  ) {
    super(message);
    this.name = 'ImportError';
  }
}
