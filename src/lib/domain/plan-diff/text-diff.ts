import { diffWordsWithSpace } from 'diff';
import type { DiffSegment, DiffSegmentKind, TextChange, TextChangeKind } from './plan-diff.types';

/**
 * Word-level diff of two plan texts (last year's, this year's).
 *
 * jsdiff's `diffWordsWithSpace` is used because its tokens (words incl. Czech letters with
 * diacritics, single punctuation marks, newlines, runs of other whitespace) cover the text
 * exactly, so both years' texts can be rebuilt character for character; `diffWords` trims
 * whitespace when comparing and may not. Its weakness is that a rewritten sentence keeps the
 * spaces between words as "unchanged", which reads as a word-by-word salad; `groupReplacements`
 * repairs that.
 */
export function diffText(
  previous: string | null | undefined,
  current: string | null | undefined,
): TextChange {
  const before = previous ?? '';
  const after = current ?? '';
  const kind = changeKind(before, after);
  switch (kind) {
    case 'absent':
      return { kind, segments: [] };
    case 'unchanged':
      return { kind, segments: [same(before)] };
    case 'added':
      return { kind, segments: [added(after)] };
    case 'removed':
      return { kind, segments: [removed(before)] };
    case 'changed':
      return { kind, segments: groupReplacements(wordSegments(before, after)) };
  }
}

/** The kind of change between two texts, without computing the diff. */
export function changeKind(
  previous: string | null | undefined,
  current: string | null | undefined,
): TextChangeKind {
  const before = previous ?? '';
  const after = current ?? '';
  if (before === after) return before === '' ? 'absent' : 'unchanged';
  if (before === '') return 'added';
  if (after === '') return 'removed';
  return 'changed';
}

/** Last year's text: unchanged and removed segments. */
export function textBefore(segments: readonly DiffSegment[]): string {
  return join(segments, 'added');
}

/** This year's text: unchanged and added segments. */
export function textAfter(segments: readonly DiffSegment[]): string {
  return join(segments, 'removed');
}

/** Whether a change is worth showing in the change view (the text is not the same as last year). */
export function isChanged(kind: TextChangeKind): boolean {
  return kind === 'added' || kind === 'removed' || kind === 'changed';
}

/** Long texts: jsdiff gives up after this many milliseconds and the whole text is shown replaced. */
const DIFF_TIMEOUT_MS = 500;

function wordSegments(before: string, after: string): DiffSegment[] {
  const changes = diffWordsWithSpace(before, after, { timeout: DIFF_TIMEOUT_MS });
  if (!changes) return [removed(before), added(after)];
  const segments: DiffSegment[] = [];
  for (const change of changes) {
    const kind: DiffSegmentKind = change.added ? 'added' : change.removed ? 'removed' : 'same';
    push(segments, kind, change.value);
  }
  return segments;
}

/**
 * Turns "[−a][+x] [−b][+y]" into "[−a b][+x y]": an unchanged run of spaces (no line break)
 * between two replacements is folded into both, and each run of changes between unchanged text
 * is shown as all its removals, then all its additions. Order within each year is kept, so
 * both texts still rebuild exactly. Line breaks stay unchanged text, so paragraphs stay apart.
 */
function groupReplacements(segments: DiffSegment[]): DiffSegment[] {
  type Run = { removed: string; added: string };
  const items: (DiffSegment | Run)[] = [];
  for (const segment of segments) {
    const last = items.at(-1);
    if (segment.kind === 'same') {
      items.push(segment);
      continue;
    }
    const run: Run = last && !('kind' in last) ? last : { removed: '', added: '' };
    if (run !== last) items.push(run);
    run[segment.kind] += segment.text;
  }
  // Fold blank gaps between two replacements (each side removes and adds something).
  const isReplacement = (item: DiffSegment | Run | undefined): item is Run =>
    item !== undefined && !('kind' in item) && item.removed !== '' && item.added !== '';
  const folded: (DiffSegment | Run)[] = [];
  for (let i = 0; i < items.length; i++) {
    const item = items[i]!;
    const prev = folded.at(-1);
    const next = items[i + 1];
    if (
      'kind' in item &&
      /^[^\S\n\r]+$/.test(item.text) &&
      isReplacement(prev) &&
      isReplacement(next)
    ) {
      prev.removed += item.text + next.removed;
      prev.added += item.text + next.added;
      i++; // `next` is merged
      continue;
    }
    folded.push(item);
  }
  const out: DiffSegment[] = [];
  for (const item of folded) {
    if ('kind' in item) push(out, 'same', item.text);
    else {
      push(out, 'removed', item.removed);
      push(out, 'added', item.added);
    }
  }
  return out;
}

function push(segments: DiffSegment[], kind: DiffSegmentKind, text: string): void {
  if (text === '') return;
  const last = segments.at(-1);
  if (last?.kind === kind) last.text += text;
  else segments.push({ kind, text });
}

function join(segments: readonly DiffSegment[], skip: DiffSegmentKind): string {
  let text = '';
  for (const segment of segments) if (segment.kind !== skip) text += segment.text;
  return text;
}

const same = (text: string): DiffSegment => ({ kind: 'same', text });
const added = (text: string): DiffSegment => ({ kind: 'added', text });
const removed = (text: string): DiffSegment => ({ kind: 'removed', text });
