/** Who wrote a document and when: the fields every group and plan document carries. */
export interface Author {
  name: string;
}

function now(): string {
  return new Date().toISOString();
}

/** createdBy/At and updatedBy/At of a new document. */
export function authored(writer: Author) {
  const at = now();
  return { createdBy: writer.name, createdAt: at, updatedBy: writer.name, updatedAt: at };
}

/** The document with updatedBy/At set to this writer and now. */
export function touched<T extends object>(doc: T, writer: Author): T {
  return { ...doc, updatedBy: writer.name, updatedAt: now() };
}
