import { describe, expect, it } from 'vitest';
import {
  actionPlanTotals,
  indicatorResults,
  REPORT_STATUSES,
  statusSummary,
} from '$domain/plan-diff/yearly-report';
import { sampleOutline } from './outline-fixtures';

describe('statusSummary', () => {
  it('counts each approved activity once by its status, per priority, with row and column totals', () => {
    const summary = statusSummary(sampleOutline(), 2026);
    expect(summary.rows.map((r) => [r.number, r.title, r.total])).toEqual([
      ['1', 'Senioři a osoby se zdravotním postižením', 2],
      ['2', 'Rodiny s dětmi', 2],
    ]);
    expect(summary.rows[0]!.counts).toEqual({
      splneno: 0,
      'plni-se-prubezne': 1,
      'castecne-splneno': 0,
      nesplneno: 1,
      'zruseno-presunuto': 0,
      none: 0,
    });
    expect(summary.rows[1]!.counts.splneno).toBe(1);
    expect(summary.rows[1]!.counts.none).toBe(1);
    expect(summary.totals).toEqual({
      splneno: 1,
      'plni-se-prubezne': 1,
      'castecne-splneno': 0,
      nesplneno: 1,
      'zruseno-presunuto': 0,
      none: 1,
    });
    expect(summary.total).toBe(4);
  });

  it('row totals and column totals add up to the same grand total', () => {
    for (const year of [2025, 2026, 2027]) {
      const summary = statusSummary(sampleOutline(), year);
      const byRows = summary.rows.reduce((s, r) => s + r.total, 0);
      const byColumns = REPORT_STATUSES.reduce((s, st) => s + summary.totals[st], 0);
      expect(byRows).toBe(summary.total);
      expect(byColumns).toBe(summary.total);
      for (const row of summary.rows) {
        expect(REPORT_STATUSES.reduce((s, st) => s + row.counts[st], 0)).toBe(row.total);
      }
    }
  });

  it('a year without monitoring counts every activity as not filled in', () => {
    const summary = statusSummary(sampleOutline(), 2030);
    expect(summary.totals.none).toBe(4);
    expect(summary.total).toBe(4);
  });
});

describe('indicatorResults', () => {
  it('pairs each indicator target with the value reached, if recorded', () => {
    const activity = sampleOutline().priorities[0]!.measures[0]!.activities[0]!;
    expect(indicatorResults(activity, 2026)).toEqual([
      { id: 'klienti', name: 'Počet klientů', unit: 'osob', target: 40, reached: 32 },
      { id: 'hodiny', name: 'Hodiny péče', unit: 'hodin', target: 1200 },
    ]);
    expect(indicatorResults(activity, 2030).every((r) => r.reached === undefined)).toBe(true);
  });
});

describe('actionPlanTotals', () => {
  it("sums the budgets of the year's items by funding source and by priority", () => {
    const totals = actionPlanTotals(sampleOutline(), 2027);
    expect(totals.total).toBe(500_000);
    expect(totals.bySource).toEqual([
      { key: 'dotace MPSV', label: 'dotace MPSV', amount: 450_000 },
      { key: 'rozpočet města', label: 'rozpočet města', amount: 50_000 },
    ]);
    expect(totals.byPriority).toEqual([
      { key: 'priority:1', label: '1', amount: 450_000 },
      { key: 'priority:2', label: '2', amount: 50_000 },
    ]);
    expect(totals.items).toBe(2);
    expect(totals.withoutBudget).toBe(0);
  });

  it('counts items without a budget and ignores other years', () => {
    const outline = sampleOutline();
    const a = outline.priorities[0]!.measures[0]!.activities[0]!;
    const { budget: _drop, ...noBudget } = a.actions[2027]!;
    a.actions[2027] = noBudget;
    const totals = actionPlanTotals(outline, 2027);
    expect(totals.total).toBe(50_000);
    expect(totals.items).toBe(2);
    expect(totals.withoutBudget).toBe(1);
    expect(actionPlanTotals(outline, 2026).total).toBe(9_999);
    expect(actionPlanTotals(outline, 2031)).toEqual({
      total: 0,
      bySource: [],
      byPriority: [],
      items: 0,
      withoutBudget: 0,
    });
  });
});
