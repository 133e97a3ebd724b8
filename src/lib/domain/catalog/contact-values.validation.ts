/**
 * What a contact value in the catalogue may be. The app turns these into links (`webHref`,
 * `telHref`, `mailto:`), so a value with any other scheme (`javascript:`, `data:`…) is refused
 * wherever the catalogue is validated: in the browser and in CouchDB's validate_doc_update
 * (ES2017, no lookbehind: it runs in CouchDB's JavaScript engine).
 */

/** `https://…`, `http://…`, or a bare host such as `www.example.cz/sluzby` (shown as https). */
export function isWebAddress(value: string): boolean {
  const text = value.trim();
  if (/[\s<>"]/.test(text)) return false;
  if (/^https?:\/\/[^/?#\s]+/i.test(text)) return true;
  return /^[a-z0-9-]+(\.[a-z0-9-]+)+(:\d{1,5})?([/?#].*)?$/i.test(text);
}

/** `tel:` or a plain number: digits with spaces, `+`, brackets, `/`, `.` or `-`. */
export function isPhoneNumber(value: string): boolean {
  const text = value.trim().replace(/^tel:/i, '');
  return /^[0-9 ()/.+-]+$/.test(text) && (text.match(/[0-9]/g) ?? []).length >= 3;
}

/** `mailto:` or a plain address: one `@` with a name before it and a domain after it. */
export function isEmailAddress(value: string): boolean {
  const text = value.trim().replace(/^mailto:/i, '');
  return /^[^\s@:<>()[\]\\,;"]+@[^\s@:<>()[\]\\,;"/]+\.[^\s@:<>()[\]\\,;"/]+$/.test(text);
}
