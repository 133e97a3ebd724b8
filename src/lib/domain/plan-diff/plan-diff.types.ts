/**
 * The year-over-year change of one plan text: last year's wording against this year's, as
 * segments in reading order. Every character of both texts is kept (diacritics, punctuation,
 * spaces and line breaks), so last year's text is exactly the `same` + `removed` segments and
 * this year's exactly the `same` + `added` segments.
 */
export type DiffSegmentKind = 'same' | 'added' | 'removed';

export interface DiffSegment {
  kind: DiffSegmentKind;
  text: string;
}

/**
 * - `absent`: no text in either year;
 * - `unchanged`: the same text in both years;
 * - `added`: new this year (no text last year);
 * - `removed`: dropped this year (no text this year);
 * - `changed`: both years have a text and they differ.
 */
export type TextChangeKind = 'absent' | 'unchanged' | 'added' | 'removed' | 'changed';

export interface TextChange {
  kind: TextChangeKind;
  segments: DiffSegment[];
}
