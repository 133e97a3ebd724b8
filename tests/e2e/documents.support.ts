/** Reads the plan's exported documents the way a program would: DOCX unzipped, PDF as text. */
import { readFile } from 'node:fs/promises';
import JSZip from 'jszip';

export interface ReadDocx {
  files: string[];
  document: string;
  text: string;
  headings1: string[];
}

function textOf(xml: string): string {
  return [...xml.matchAll(/<w:(?:t|delText)(?: [^>]*)?>([^<]*)<\/w:(?:t|delText)>/g)]
    .map((m) =>
      m[1]!
        .replace(/&amp;/g, '&')
        .replace(/&quot;/g, '"')
        .replace(/&lt;/g, '<'),
    )
    .join('');
}

export async function readDocx(path: string): Promise<ReadDocx> {
  const zip = await JSZip.loadAsync(new Uint8Array(await readFile(path)));
  const document = await zip.file('word/document.xml')!.async('string');
  const paragraphs = document.match(/<w:p>.*?<\/w:p>|<w:p [^>]*>.*?<\/w:p>/gs) ?? [];
  return {
    files: Object.keys(zip.files),
    document,
    text: textOf(document),
    headings1: paragraphs.filter((p) => p.includes('<w:pStyle w:val="Heading1"/>')).map(textOf),
  };
}

/** The text of each page (pdfjs-dist, as PDF readers and screen readers extract it). */
export async function pdfPageTexts(pdf: Buffer): Promise<string[]> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await pdfjs.getDocument({ data: new Uint8Array(pdf), useSystemFonts: true }).promise;
  const pages: string[] = [];
  for (let i = 1; i <= doc.numPages; i++) {
    const content = await (await doc.getPage(i)).getTextContent();
    pages.push(
      content.items
        .map((item) => ('str' in item ? item.str : ''))
        .join(' ')
        .replace(/\s+/g, ' '),
    );
  }
  await doc.destroy();
  return pages;
}
