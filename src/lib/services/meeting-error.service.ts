import { GroupValidationError } from '$lib/data/pouch/group.repository';

/** A save error in the person's language: the validation reason, or the storage's message. */
export function saveErrorText(error: unknown, locale: 'cs' | 'en'): string {
  if (error instanceof GroupValidationError) return error.reason[locale];
  if (error && typeof error === 'object' && 'status' in error && error.status === 409) {
    return locale === 'cs'
      ? 'Záznam mezitím změnil někdo jiný; obnovte stránku a zkuste to znovu.'
      : 'Someone else changed this record meanwhile; reload and try again.';
  }
  return error instanceof Error ? error.message : String(error);
}
