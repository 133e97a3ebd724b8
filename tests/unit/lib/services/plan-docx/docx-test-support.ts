/** Opens a generated DOCX the way Word does: unzip, read word/document.xml and its parts. */
import i18next from 'i18next';
import JSZip from 'jszip';
import { Packer, type Document } from 'docx';
import { cs } from '$lib/i18n/messages/cs';
import { csFeatures } from '$lib/i18n/messages/cs-features';
import type { DocxContext } from '$lib/services/plan-docx/docx-parts';

/** The app's real Czech texts (the same i18next set-up as the app). */
export async function czech(): Promise<DocxContext['t']> {
  const engine = i18next.createInstance();
  await engine.init({
    lng: 'cs',
    resources: { cs: { translation: { ...cs, ...csFeatures } } },
    interpolation: { escapeValue: false },
  });
  return (key, options) => engine.t(key, options ?? {}) as string;
}

export interface OpenedDocx {
  files: string[];
  document: string;
  headers: string[];
  footers: string[];
}

export async function openDocx(doc: Document): Promise<OpenedDocx> {
  const zip = await JSZip.loadAsync(new Uint8Array(await Packer.toBuffer(doc)));
  const files = Object.keys(zip.files);
  const read = (name: string) => zip.file(name)!.async('string');
  const document = await read('word/document.xml');
  const headers = await Promise.all(files.filter((f) => /word\/header\d*\.xml/.test(f)).map(read));
  const footers = await Promise.all(files.filter((f) => /word\/footer\d*\.xml/.test(f)).map(read));
  return { files, document, headers, footers };
}

/** Texts of paragraphs with a given style (Heading1 …), in order. */
export function styled(xml: string, style: string): string[] {
  const out: string[] = [];
  for (const p of xml.match(/<w:p>.*?<\/w:p>|<w:p [^>]*>.*?<\/w:p>/gs) ?? []) {
    if (!p.includes(`<w:pStyle w:val="${style}"/>`)) continue;
    out.push(textOf(p));
  }
  return out;
}

export function textOf(xml: string): string {
  return [...xml.matchAll(/<w:(?:t|delText)(?: [^>]*)?>([^<]*)<\/w:(?:t|delText)>/g)]
    .map((m) => decode(m[1]!))
    .join('');
}

function decode(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

/** A 1×1 PNG (a real picture for the chart slot). */
export const PIXEL_PNG = Uint8Array.from(
  atob(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  ),
  (c) => c.charCodeAt(0),
);
