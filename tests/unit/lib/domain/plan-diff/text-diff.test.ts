import { describe, expect, it } from 'vitest';
import {
  changeKind,
  diffText,
  isChanged,
  textAfter,
  textBefore,
} from '$domain/plan-diff/text-diff';
import type { DiffSegment } from '$domain/plan-diff/plan-diff.types';

const kinds = (segments: DiffSegment[]) => segments.map((s) => `${s.kind}:${s.text}`);

describe('diffText', () => {
  it('marks a word replaced in a Czech sentence, keeping diacritics and punctuation', () => {
    const change = diffText(
      'Zajistit dopravu klientů do denního stacionáře.',
      'Zajistit svoz klientů do denního stacionáře.',
    );
    expect(change.kind).toBe('changed');
    expect(kinds(change.segments)).toEqual([
      'same:Zajistit ',
      'removed:dopravu',
      'added:svoz',
      'same: klientů do denního stacionáře.',
    ]);
  });

  it('treats words with diacritics as whole words (no split inside "Přídolí" or "čtyřech")', () => {
    const change = diffText('v obcích Horní Planá', 'v obcích Přídolí a Horní Planá');
    expect(kinds(change.segments)).toEqual([
      'same:v obcích ',
      'added:Přídolí a ',
      'same:Horní Planá',
    ]);
    const numbers = diffText('ve třech obcích', 've čtyřech obcích');
    expect(kinds(numbers.segments)).toEqual([
      'same:ve ',
      'removed:třech',
      'added:čtyřech',
      'same: obcích',
    ]);
  });

  it('marks changed punctuation on its own', () => {
    const change = diffText('Horní Planá a Frymburk.', 'Horní Planá, Frymburk.');
    expect(kinds(change.segments)).toEqual([
      'same:Horní Planá',
      'added:,',
      'same: ',
      'removed:a ',
      'same:Frymburk.',
    ]);
  });

  it('shows a rewritten phrase as one removal and one addition, not word salad', () => {
    const change = diffText(
      'Cílem je rozšířit kapacitu služby o dvě úvazky.',
      'Cílem je zřídit nové detašované pracoviště v Kaplici.',
    );
    const removed = change.segments.filter((s) => s.kind === 'removed');
    const added = change.segments.filter((s) => s.kind === 'added');
    expect(removed).toHaveLength(1);
    expect(added).toHaveLength(1);
    expect(change.segments[0]).toEqual({ kind: 'same', text: 'Cílem je ' });
  });

  it('keeps line breaks and blank lines between paragraphs as unchanged text', () => {
    const before =
      'První odstavec beze změny.\n\nDruhý odstavec: podpora pečujících.\nTřetí řádek.';
    const after =
      'První odstavec beze změny.\n\nDruhý odstavec: podpora neformálně pečujících.\nTřetí řádek.';
    const change = diffText(before, after);
    expect(kinds(change.segments)).toEqual([
      'same:První odstavec beze změny.\n\nDruhý odstavec: podpora ',
      'added:neformálně ',
      'same:pečujících.\nTřetí řádek.',
    ]);
  });

  it('never folds a paragraph break into a change, so paragraphs stay apart', () => {
    const change = diffText('Alfa beta\ngama delta', 'Omega beta\nzeta delta');
    const sameBreaks = change.segments.filter((s) => s.kind === 'same' && s.text.includes('\n'));
    expect(sameBreaks.length).toBeGreaterThan(0);
    for (const s of change.segments) {
      if (s.kind !== 'same') expect(s.text).not.toContain('\n');
    }
  });

  it('marks an added paragraph', () => {
    const change = diffText('Odstavec jedna.', 'Odstavec jedna.\n\nNový odstavec.');
    expect(kinds(change.segments)).toEqual(['same:Odstavec jedna.', 'added:\n\nNový odstavec.']);
  });

  it('keeps whitespace exactly (double spaces, tabs, CRLF)', () => {
    const before = 'a  b\tc\r\nd';
    const after = 'a  x\tc\r\nd';
    const change = diffText(before, after);
    expect(textBefore(change.segments)).toBe(before);
    expect(textAfter(change.segments)).toBe(after);
    expect(kinds(change.segments)).toEqual(['same:a  ', 'removed:b', 'added:x', 'same:\tc\r\nd']);
  });

  it('no text last year: everything is added', () => {
    expect(diffText(null, 'Nová aktivita.')).toEqual({
      kind: 'added',
      segments: [{ kind: 'added', text: 'Nová aktivita.' }],
    });
    expect(diffText(undefined, 'x').kind).toBe('added');
    expect(diffText('', 'x').kind).toBe('added');
  });

  it('no text this year: everything is removed', () => {
    expect(diffText('Zrušená aktivita.', null)).toEqual({
      kind: 'removed',
      segments: [{ kind: 'removed', text: 'Zrušená aktivita.' }],
    });
    expect(diffText('x', '').kind).toBe('removed');
  });

  it('identical texts: no change, one unchanged segment', () => {
    const text = 'Vize: dostupné služby\npro všechny.';
    expect(diffText(text, text)).toEqual({ kind: 'unchanged', segments: [{ kind: 'same', text }] });
  });

  it('no text in either year: absent, no segments', () => {
    expect(diffText(null, null)).toEqual({ kind: 'absent', segments: [] });
    expect(diffText('', undefined)).toEqual({ kind: 'absent', segments: [] });
  });

  it('a whitespace-only difference is still a change', () => {
    const change = diffText('a b', 'a  b');
    expect(change.kind).toBe('changed');
    expect(textAfter(change.segments)).toBe('a  b');
  });

  it('merges neighbouring segments of the same kind and never emits empty ones', () => {
    const change = diffText('jedna dva tři čtyři pět', 'jedna šest sedm osm pět');
    for (let i = 1; i < change.segments.length; i++) {
      expect(change.segments[i]!.kind).not.toBe(change.segments[i - 1]!.kind);
    }
    expect(change.segments.every((s) => s.text !== '')).toBe(true);
    expect(kinds(change.segments)).toEqual([
      'same:jedna ',
      'removed:dva tři čtyři',
      'added:šest sedm osm',
      'same: pět',
    ]);
  });

  it('isChanged is true only when the text differs', () => {
    expect(isChanged(changeKind('a', 'b'))).toBe(true);
    expect(isChanged(changeKind(null, 'b'))).toBe(true);
    expect(isChanged(changeKind('a', null))).toBe(true);
    expect(isChanged(changeKind('a', 'a'))).toBe(false);
    expect(isChanged(changeKind(null, null))).toBe(false);
  });

  it('handles a long text without giving up (a whole plan chapter)', () => {
    const sentence = 'Pečovatelská služba v Českém Krumlově rozšíří terénní péči o víkendy. ';
    const before = sentence.repeat(400);
    const after = before.replace('víkendy', 'svátky');
    const change = diffText(before, after);
    expect(change.segments.filter((s) => s.kind !== 'same')).toEqual([
      { kind: 'removed', text: 'víkendy' },
      { kind: 'added', text: 'svátky' },
    ]);
  });
});
