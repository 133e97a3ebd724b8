import type { NextFunction, Request, Response } from 'express';
import { reasonText, type Reason } from '../../../src/lib/domain/validation/validation.types';

/**
 * A refusal in words, in both languages (`error` in the server's language for tools, `reason`
 * for the app to pick from). Never cached: a refusal is about this request only.
 */
export function refuse(res: Response, status: number, reason: Reason, extra: object = {}): void {
  res
    .status(status)
    .setHeader('Cache-Control', 'no-store')
    .json({ error: reasonText(reason), reason, ...extra });
}

/**
 * An error handler for a route with its own JSON body parser: the parser's faults (too large,
 * malformed JSON) answer in words like every other refusal; anything else goes on.
 */
export function jsonBodyFaults(words: { tooLarge: Reason; notJson: Reason }) {
  return (error: unknown, _req: Request, res: Response, next: NextFunction): void => {
    const type = (error as { type?: unknown } | null)?.type;
    if (type === 'entity.too.large') refuse(res, 400, words.tooLarge);
    else if (type === 'entity.parse.failed') refuse(res, 400, words.notJson);
    else next(error);
  };
}
