/**
 * Reads fields of one node of a plan file and records a problem per bad field, labelled with
 * the node ("activity 1.2.3"), its line in the file when known, and the field.
 */
export type Obj = Record<string, unknown>;

function isObj(value: unknown): value is Obj {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export class FieldReader {
  constructor(
    private readonly problems: string[],
    private readonly label: string,
    private readonly line: number | undefined,
  ) {}

  problem(field: string, message: string): void {
    const where = this.line === undefined ? this.label : `${this.label} (line ${this.line})`;
    this.problems.push(field ? `${where}, ${field}: ${message}` : `${where}: ${message}`);
  }

  objectAt(value: unknown, field: string): Obj | undefined {
    if (isObj(value)) return value;
    this.problem(field, 'must be an object');
    return undefined;
  }

  object(obj: Obj, field: string, required: boolean): Obj | undefined {
    const value = obj[field];
    if (value === undefined || value === null) {
      if (required) this.problem(field, 'is missing');
      return undefined;
    }
    return this.objectAt(value, field);
  }

  list(obj: Obj, field: string, required: boolean): unknown[] {
    const value = obj[field];
    if (value === undefined || value === null) {
      if (required) this.problem(field, 'is missing');
      return [];
    }
    if (Array.isArray(value)) return value;
    this.problem(field, 'must be a list');
    return [];
  }

  /** Trimmed text; numbers are accepted as text ("number": 1 → "1"). Empty counts as missing. */
  text(obj: Obj, field: string, required: boolean): string | undefined {
    const value = obj[field];
    if (typeof value === 'string' && value.trim() !== '') return value.trim();
    if (typeof value === 'number' && Number.isFinite(value)) return String(value);
    if (value !== undefined && value !== null && value !== '') this.problem(field, 'must be text');
    else if (required) this.problem(field, 'is missing');
    return undefined;
  }

  strings(obj: Obj, field: string): string[] {
    const out: string[] = [];
    for (const item of this.list(obj, field, false)) {
      if (typeof item === 'string' && item.trim() !== '') out.push(item.trim());
      else this.problem(field, 'must be a list of texts');
    }
    return out;
  }

  number(obj: Obj, field: string, required: boolean): number | undefined {
    const value = obj[field];
    const n = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
    if (typeof n === 'number' && Number.isFinite(n)) return n;
    if (value !== undefined && value !== null && value !== '')
      this.problem(field, 'must be a number');
    else if (required) this.problem(field, 'is missing');
    return undefined;
  }

  int(obj: Obj, field: string, required: boolean): number | undefined {
    const n = this.number(obj, field, required);
    if (n === undefined || Number.isInteger(n)) return n;
    this.problem(field, 'must be a whole number');
    return undefined;
  }

  year(key: string, field: string): boolean {
    if (/^\d{4}$/.test(key) && Number(key) >= 2000 && Number(key) <= 2100) return true;
    this.problem(field, `"${key}" is not a year`);
    return false;
  }

  oneOf<T extends string>(obj: Obj, field: string, allowed: readonly T[], fallback: T): T {
    const value = this.text(obj, field, false);
    if (value === undefined) return fallback;
    if ((allowed as readonly string[]).includes(value)) return value as T;
    this.problem(field, `"${value}" is not one of ${allowed.join(', ')}`);
    return fallback;
  }
}
