import { beforeAll, describe, expect, it } from 'vitest';
import { reportDocument } from '$lib/services/plan-docx/report-docx';
import type { DocxContext } from '$lib/services/plan-docx/docx-parts';
import { sampleOutline } from '../../domain/plan-diff/outline-fixtures';
import { PIXEL_PNG, czech, openDocx, styled, textOf } from './docx-test-support';

let ctx: DocxContext;
beforeAll(async () => {
  ctx = {
    t: await czech(),
    locale: 'cs',
    scheme: 'standard',
    tracked: false,
    author: 'koordinator',
    now: new Date('2026-12-07T10:00:00Z'),
  };
});

/** Monitoring 2025 and the action plans 2026 and 2027 (Dačice's two years in one round). */
function input(actionYears: number[] = [2026, 2027]) {
  return {
    outline: sampleOutline(),
    orpName: 'ORP Český Krumlov',
    year: 2025,
    actionYears,
    groupName: (code: string) => (code === 'seniori' ? 'Senioři' : code),
    chart: { png: PIXEL_PNG, width: 600, height: 80 },
  };
}

describe('the report as DOCX', () => {
  it('has the title once with "ORP", Word headings for every part, and a table of contents', async () => {
    const docx = await openDocx(reportDocument(input(), ctx));
    expect(styled(docx.document, 'Title')).toEqual([
      'Monitoring plnění aktivit za rok 2025 a akční plány na roky 2026 a 2027',
    ]);
    expect(docx.document).not.toContain('ORP ORP');
    expect(textOf(docx.document)).toContain(
      'Komunitní plánování sociálních služeb – ORP Český Krumlov',
    );
    expect(styled(docx.document, 'Heading1')).toEqual([
      'Souhrn plnění za rok 2025',
      'Plnění aktivit za rok 2025',
      'Akční plán na rok 2026',
      'Akční plán na rok 2027',
    ]);
    // Only approved measures: the proposal 1.2 is no heading.
    expect(styled(docx.document, 'Heading3')).toContain('Opatření 1.1: Terénní péče');
    expect(styled(docx.document, 'Heading3').join()).not.toContain('1.2');
    expect(styled(docx.document, 'Heading4')).toContain('Aktivita 1.1.1: Pečovatelská služba');
    expect(docx.document).toMatch(
      /<w:sdt>.*TOC \\h \\o &quot;1-3&quot;.*Souhrn plnění za rok 2025/s,
    );
  });

  it('has the status summary, indicators and budgets as Word tables', async () => {
    const { document } = await openDocx(reportDocument(input(), ctx));
    const tables = document.match(/<w:tbl>.*?<\/w:tbl>/gs) ?? [];
    const summary = tables.find((t) => textOf(t).startsWith('Prioritasplněno'));
    expect(summary, 'status table').toBeDefined();
    // Header row repeats on each page; statuses and the totals row are there.
    expect(summary).toContain('<w:tblHeader/>');
    expect(textOf(summary!)).toContain('Celkem');
    expect(tables.some((t) => textOf(t).includes('Počet klientů'))).toBe(true);
    const budget2027 = tables.find((t) => textOf(t).includes('dotace MPSV'));
    expect(textOf(budget2027!)).toMatch(/450\s000\sKč/);
    expect(tables.some((t) => textOf(t).includes('jiný rok'))).toBe(true); // the 2026 plan
  });

  it('puts the status chart in as a PNG picture with alternative text', async () => {
    const docx = await openDocx(reportDocument(input(), ctx));
    expect(docx.files.some((f) => /^word\/media\/.+\.png$/.test(f))).toBe(true);
    expect(docx.document).toMatch(/<wp:docPr [^>]*descr="Graf stavu plnění aktivit/);
  });

  it('marks changed text with colour, underline or strike-through and the [+ ] [− ] marks', async () => {
    const { document } = await openDocx(reportDocument(input(), ctx));
    // 1.1.1: "Rozšířit o víkendy." → "Rozšířit o víkendy a svátky." (2025 → 2027).
    const paragraph = (document.match(/<w:p>(?:(?!<\/w:p>).)*a svátky(?:(?!<\/w:p>).)*<\/w:p>/s) ??
      [])[0]!;
    expect(textOf(paragraph)).toContain('[+');
    const added = paragraph.match(
      /<w:r>(?:(?!<\/w:r>).)*<w:t[^>]*>[^<]*svátky[^<]*<\/w:t><\/w:r>/s,
    )![0];
    expect(added).toContain('<w:color w:val="0a47a0"/>');
    expect(added).toContain('<w:u w:val="single"/>');
  });

  it('uses Český Krumlov’s purple and red when asked', async () => {
    const { document } = await openDocx(reportDocument(input(), { ...ctx, scheme: 'ckrumlov' }));
    const paragraph = (document.match(/<w:p>(?:(?!<\/w:p>).)*a svátky(?:(?!<\/w:p>).)*<\/w:p>/s) ??
      [])[0]!;
    const runs = paragraph.match(/<w:r>.*?<\/w:r>/gs)!;
    const kept = runs.find((r) => textOf(r).includes('Rozšířit'))!;
    const added = runs.find((r) => textOf(r).includes('svátky'))!;
    expect(kept).toContain('<w:color w:val="5b2a86"/>');
    expect(added).toContain('<w:color w:val="b00020"/>');
    expect(added).toContain('<w:u w:val="single"/>');
  });

  it('writes changes as Word revisions (w:ins / w:del) when asked', async () => {
    const outline = sampleOutline();
    const a = outline.priorities[0]!.measures[0]!.activities[0]!;
    a.doc.texts['2026'] = { description: 'Rozšířit o svátky.' };
    const doc = reportDocument({ ...input(), outline }, { ...ctx, tracked: true });
    const { document } = await openDocx(doc);
    expect(document).toMatch(
      /<w:ins w:id="\d+" w:author="koordinator" w:date="2026-12-07T10:00:00/,
    );
    expect(document).toMatch(/<w:ins [^>]*>.*?<w:t[^>]*>svátky<\/w:t>/s);
    expect(document).toMatch(/<w:del [^>]*>.*?<w:delText[^>]*>víkendy<\/w:delText>/s);
  });

  it('has a running header and page numbers (PAGE / NUMPAGES fields) in the footer', async () => {
    const docx = await openDocx(reportDocument(input([2026]), ctx));
    expect(docx.headers.map(textOf).join()).toContain(
      'ORP Český Krumlov – Monitoring plnění aktivit za rok 2025 a akční plán na rok 2026',
    );
    const footer = docx.footers.join();
    expect(footer).toContain('PAGE');
    expect(footer).toContain('NUMPAGES');
    expect(textOf(footer)).toContain('Strana');
  });
});
