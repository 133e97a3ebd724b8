import { beforeAll, describe, expect, it } from 'vitest';
import { planDocument } from '$lib/services/plan-docx/plan-docx';
import type { DocxContext } from '$lib/services/plan-docx/docx-parts';
import { sampleOutline } from '../../domain/plan-diff/outline-fixtures';
import { czech, openDocx, styled, textOf } from './docx-test-support';

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

const input = {
  outline: sampleOutline(),
  orpName: 'ORP Český Krumlov',
  year: 2026,
  groupName: String,
};

describe('the whole plan as DOCX', () => {
  it('goes vision → priorities → measures → activities as Word headings, with the year’s texts', async () => {
    const { document } = await openDocx(planDocument(input, ctx));
    expect(styled(document, 'Title')).toEqual([
      'Komunitní plán ORP Český Krumlov – znění pro rok 2026',
    ]);
    expect(styled(document, 'Heading1')).toEqual([
      'Vize',
      'Priorita 1: Senioři a osoby se zdravotním postižením',
      'Priorita 2: Rodiny s dětmi',
    ]);
    // Proposed measure 1.2 is not part of the plan.
    expect(styled(document, 'Heading2')).toEqual([
      'Opatření 1.1: Terénní péče',
      'Opatření 2.1: Sociálně aktivizační služby',
    ]);
    expect(styled(document, 'Heading3')).toEqual([
      'Aktivita 1.1.1: Pečovatelská služba',
      'Aktivita 1.1.2: Odlehčovací služba',
      'Aktivita 2.1.1: Klub pro rodiče',
      'Aktivita 2.1.2: Bez monitoringu',
    ]);
    // Facts and indicators are Word tables.
    const tables = document.match(/<w:tbl>.*?<\/w:tbl>/gs) ?? [];
    expect(tables.some((t) => /Hodiny péče1\s200 hodin/.test(textOf(t)))).toBe(true);
  });

  it('marks the 2026 texts against 2025: the new vision and description, as Word revisions if asked', async () => {
    const { document } = await openDocx(planDocument(input, { ...ctx, tracked: true }));
    // The vision 2025 → 2026 and 1.1.1's description ("… a svátky.").
    expect(document).toMatch(/<w:ins [^>]*>(?:(?!<\/w:ins>).)*svátky/s);
    expect(document).toMatch(/<w:ins [^>]*>(?:(?!<\/w:ins>).)*provázané/s);
    // The unchanged measure description is plain text, not a revision.
    expect(textOf(document)).toContain('Rozvoj.');
    expect(document).not.toMatch(/<w:(?:ins|del) [^>]*>(?:(?!<\/w:(?:ins|del)>).)*Rozvoj\./s);
  });
});
