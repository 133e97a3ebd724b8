/**
 * Czech messages, the source of truth for keys. One namespace per feature, each in its own file
 * under ./cs/ (and ./en/), so features can be added without touching each other's texts.
 */
import common from './cs/common';

export const cs = { common };
export type Messages = typeof cs;
