/**
 * Building blocks of the plan's Word documents (the report and the whole plan): headings as Word
 * headings, tables as Word tables, change marks as Word formatting. Only the DOCX exports import
 * this (and so `docx`); pages reach it through a dynamic import (`plan-docx.service.ts`), so the
 * library never enters the app shell.
 */
import {
  AlignmentType,
  DeletedTextRun,
  Document,
  Footer,
  Header,
  HeadingLevel,
  InsertedTextRun,
  PageNumber,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  UnderlineType,
  WidthType,
  type FileChild,
  type ParagraphChild,
} from 'docx';
import { diffText } from '$lib/domain/plan-diff/text-diff';
import type { DiffSegment } from '$lib/domain/plan-diff/plan-diff.types';
import { CHANGE_COLOURS, type ChangeScheme } from '$lib/domain/plan-diff/report-colours';

export type Translate = (key: string, options?: Record<string, unknown>) => string;

/** What every export needs besides its content. */
export interface DocxContext {
  t: Translate;
  locale: 'cs' | 'en';
  /** Colours of the change marks (report-colours.ts). */
  scheme: ChangeScheme;
  /** Changes as Word revisions (w:ins / w:del: accept or reject in Word) instead of colours. */
  tracked: boolean;
  /** Who the revisions are attributed to (the signed-in coordinator). */
  author: string;
  /** When the document is made (revision dates, "generated"). */
  now: Date;
}

const HEADINGS = [
  HeadingLevel.HEADING_1,
  HeadingLevel.HEADING_2,
  HeadingLevel.HEADING_3,
  HeadingLevel.HEADING_4,
  HeadingLevel.HEADING_5,
] as const;

export function heading(text: string, level: 1 | 2 | 3 | 4 | 5): Paragraph {
  return new Paragraph({ heading: HEADINGS[level - 1], children: [new TextRun(text)] });
}

export function title(text: string): Paragraph {
  return new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(text)] });
}

export function paragraph(text: string, options: { italics?: boolean; bold?: boolean } = {}) {
  // A text with line breaks keeps them (Word needs a break run per line).
  const lines = text.split('\n');
  return new Paragraph({
    children: lines.map((line, i) => new TextRun({ text: line, break: i > 0 ? 1 : 0, ...options })),
  });
}

export function bullets(items: readonly string[], numbered = false): Paragraph[] {
  return items.map(
    (text) =>
      new Paragraph({
        children: [new TextRun(text)],
        ...(numbered ? { numbering: { reference: NUMBERED, level: 0 } } : { bullet: { level: 0 } }),
      }),
  );
}

const NUMBERED = 'numbered-steps';

/** A table with a header row (repeated on every page) and text cells. */
export function table(
  header: readonly string[],
  rows: readonly (readonly string[])[],
  options: { footer?: readonly string[]; numeric?: readonly number[] } = {},
): Table {
  const numeric = new Set(options.numeric ?? []);
  const row = (cells: readonly string[], bold: boolean, isHeader = false) =>
    new TableRow({
      tableHeader: isHeader,
      cantSplit: true,
      children: cells.map(
        (text, i) =>
          new TableCell({
            children: [
              new Paragraph({
                alignment: numeric.has(i) && !isHeader ? AlignmentType.RIGHT : AlignmentType.LEFT,
                children: [new TextRun({ text, bold })],
              }),
            ],
          }),
      ),
    });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      row(header, true, true),
      ...rows.map((cells) => row(cells, false)),
      ...(options.footer ? [row(options.footer, true)] : []),
    ],
  });
}

/** "Label: value" lines as a two-column table (facts of an activity, an action-plan item). */
export function facts(pairs: readonly (readonly [string, string])[]): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: pairs.map(
      ([label, value]) =>
        new TableRow({
          cantSplit: true,
          children: [
            new TableCell({
              width: { size: 30, type: WidthType.PERCENTAGE },
              children: [new Paragraph({ children: [new TextRun({ text: label, bold: true })] })],
            }),
            new TableCell({ children: value.split('\n').map((line) => paragraph(line)) }),
          ],
        }),
    ),
  });
}

/**
 * A text changed between two years as one paragraph. Colour is never the only cue: additions
 * are underlined and bracketed "[+ … ]", removals struck through and bracketed "[− … ]", as on
 * screen. With `tracked`, the changes are Word revisions instead (w:ins / w:del), which Word
 * shows and lets the town accept or reject.
 */
export function changedText(before: string, after: string, ctx: DocxContext, ids: IdSource) {
  const segments = diffText(before, after).segments;
  return new Paragraph({ children: segments.flatMap((s) => segmentRuns(s, ctx, ids)) });
}

/** Unique revision ids within one document. */
export interface IdSource {
  next(): number;
}

export function idSource(): IdSource {
  let id = 0;
  return { next: () => ++id };
}

function segmentRuns(segment: DiffSegment, ctx: DocxContext, ids: IdSource): ParagraphChild[] {
  const colours = CHANGE_COLOURS[ctx.scheme][segment.kind];
  const lines = segment.text.split('\n');
  const runs = (extra: Record<string, unknown>) =>
    lines.map((text, i) => ({ text, break: i > 0 ? 1 : 0, ...extra }));
  if (segment.kind === 'same') {
    const color = ctx.tracked ? undefined : colours.text.slice(1);
    return runs({ color }).map((o) => new TextRun(o));
  }
  if (ctx.tracked) {
    const revision = { id: 0, author: ctx.author, date: ctx.now.toISOString() };
    return runs({}).map((o) =>
      segment.kind === 'added'
        ? new InsertedTextRun({ ...o, ...revision, id: ids.next() })
        : new DeletedTextRun({ ...o, ...revision, id: ids.next() }),
    );
  }
  const look = {
    color: colours.text.slice(1),
    shading: colours.background
      ? { type: ShadingType.CLEAR, color: 'auto', fill: colours.background.slice(1) }
      : undefined,
    ...(segment.kind === 'added'
      ? { underline: { type: UnderlineType.SINGLE } }
      : { strike: true }),
  };
  const mark = segment.kind === 'added' ? '[+' : '[−';
  return [
    new TextRun({ text: mark, bold: true, color: look.color, shading: look.shading }),
    ...runs(look).map((o) => new TextRun(o)),
    new TextRun({ text: ']', bold: true, color: look.color, shading: look.shading }),
  ];
}

/** The key to the change marks, in the document's scheme. */
export function legend(ctx: DocxContext, years: { before: number; after: number }): Paragraph[] {
  const key = (name: string) =>
    ctx.scheme === 'ckrumlov' ? `planReport.ck.${name}` : `planReport.${name}`;
  const ids = idSource();
  const sample = (kind: DiffSegment['kind'], text: string) =>
    segmentRuns({ kind, text }, { ...ctx, tracked: false }, ids);
  return [
    new Paragraph({
      children: [new TextRun({ text: ctx.t('planReport.legendTitle'), bold: true })],
    }),
    new Paragraph({
      children: [
        ...sample('same', ctx.t('planReport.sampleSame')),
        new TextRun(` – ${ctx.t(key('legendSame'), years)}`),
      ],
    }),
    new Paragraph({
      children: [
        ...sample('added', ctx.t('planReport.sampleAdded')),
        new TextRun(` – ${ctx.t(key('legendAdded'), years)}`),
      ],
    }),
    new Paragraph({
      children: [
        ...sample('removed', ctx.t('planReport.sampleRemoved')),
        new TextRun(` – ${ctx.t(key('legendRemoved'), years)}`),
      ],
    }),
  ];
}

/**
 * The document: A4, the document's language on every run, a running header with its title and
 * "Strana N z M" in the footer, and Word's own table of contents (filled in on opening).
 */
export function docxDocument(options: {
  ctx: DocxContext;
  title: string;
  runningHeader: string;
  children: FileChild[];
}): Document {
  const { ctx } = options;
  const language = { value: ctx.locale === 'cs' ? 'cs-CZ' : 'en-GB' };
  return new Document({
    title: options.title,
    creator: ctx.author,
    features: { updateFields: true },
    styles: { default: { document: { run: { font: 'Calibri', size: 22, language } } } },
    numbering: {
      config: [
        {
          reference: NUMBERED,
          levels: [{ level: 0, format: 'decimal', text: '%1.', alignment: AlignmentType.LEFT }],
        },
      ],
    },
    sections: [
      {
        properties: { page: { size: { width: 11906, height: 16838 } } },
        headers: {
          default: new Header({
            children: [
              new Paragraph({
                alignment: AlignmentType.RIGHT,
                children: [new TextRun({ text: options.runningHeader, size: 18, color: '555555' })],
              }),
            ],
          }),
        },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [
                  new TextRun({
                    size: 18,
                    children: [
                      `${ctx.t('planReport.docs.page')} `,
                      PageNumber.CURRENT,
                      ` ${ctx.t('planReport.docs.of')} `,
                      PageNumber.TOTAL_PAGES,
                    ],
                  }),
                ],
              }),
            ],
          }),
        },
        children: options.children,
      },
    ],
  });
}
