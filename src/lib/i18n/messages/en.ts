import type { Messages } from './cs';
import common from './en/common';

/** English messages: the same shape as Czech, checked by the type. */
export const en: Messages = { common };
