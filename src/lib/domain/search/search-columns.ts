/**
 * Columns of the search snapshot: typed arrays and a few long strings, so IndexedDB hands them
 * back as copied buffers instead of rebuilding tens of thousands of small objects at start-up.
 */

/** A multi-valued key column: option keys interned to ids, each row's ids flattened. */
export interface KeyColumn {
  options: string[];
  /** Row `r`'s ids are `values[starts[r]] … values[starts[r + 1] - 1]`. */
  starts: Uint32Array;
  values: Uint16Array;
}

/** A text column: every row's text in one string, cut at `ends`. */
export interface TextColumn {
  text: string;
  ends: Uint32Array;
}

export function keyColumn<T>(
  rows: readonly T[],
  valuesOf: (row: T) => readonly string[],
): KeyColumn {
  const ids = new Map<string, number>();
  const starts = new Uint32Array(rows.length + 1);
  const perRow = rows.map(valuesOf);
  let total = 0;
  for (const keys of perRow) total += keys.length;
  const values = new Uint16Array(total);
  let at = 0;
  perRow.forEach((keys, r) => {
    starts[r] = at;
    for (const key of keys) {
      let id = ids.get(key);
      if (id === undefined) ids.set(key, (id = ids.size));
      values[at++] = id;
    }
  });
  starts[rows.length] = at;
  return { options: [...ids.keys()], starts, values };
}

export function textColumn<T>(rows: readonly T[], textOf: (row: T) => string): TextColumn {
  const ends = new Uint32Array(rows.length);
  let length = 0;
  const parts = rows.map((row, r) => {
    const text = textOf(row);
    length += text.length;
    ends[r] = length;
    return text;
  });
  return { text: parts.join(''), ends };
}

export function textAt(column: TextColumn, row: number): string {
  return column.text.slice(row ? column.ends[row - 1] : 0, column.ends[row]);
}
