import { describe, expect, it } from 'vitest';
import { demoServices } from '../../../../sync-server/src/demo/catalog.demo';
import { DEMO_PLAN_GROUPS, demoPlanDocs } from '../../../../sync-server/src/demo/plan.demo';
import { demoPlanningDocs } from '../../../../sync-server/src/demo/planning.demo';
import { taxonomyDocs } from '../../../../src/lib/domain/catalog/taxonomy';
import { textChangedIn } from '../../../../src/lib/domain/plan/plan-texts';
import type { ActivityDoc, MonitoringDoc } from '../../../../src/lib/domain/plan/plan.types';

describe('demo plans', () => {
  const docs = demoPlanDocs('ckrumlov');
  const activities = docs.filter((d): d is ActivityDoc => d.type === 'activity');
  const monitoring = docs.filter((d): d is MonitoringDoc => d.type === 'monitoring');

  it('gives Český Krumlov a plan with priorities, measures, 20 activities of three groups', () => {
    expect(docs.filter((d) => d.type === 'priority')).toHaveLength(4);
    expect(docs.filter((d) => d.type === 'measure').length).toBeGreaterThanOrEqual(9);
    expect(activities).toHaveLength(20);
    expect(new Set(activities.map((a) => a.group))).toEqual(new Set(DEMO_PLAN_GROUPS.ckrumlov));
    expect(docs.some((d) => d.type === 'measure' && d.status === 'proposed')).toBe(true);
  });

  it('has 2026 monitoring with every status, some approved, and 2027 changes and action plan', () => {
    expect(new Set(monitoring.map((m) => m.status)).size).toBe(5);
    expect(monitoring.some((m) => m.approved)).toBe(true);
    expect(monitoring.some((m) => !m.approved)).toBe(true);
    expect(activities.filter((a) => textChangedIn(a, 'description', 2027)).length).toBeGreaterThan(
      2,
    );
    expect(
      docs.filter((d) => d.type === 'action-plan-item' && d.year === 2027).length,
    ).toBeGreaterThan(5);
  });

  it('links only demo services, target groups and groups that exist in the demo catalogue', () => {
    const serviceIds = new Set(demoServices().map((s) => s._id));
    const targetGroups = new Set(
      taxonomyDocs('2026-01-01T00:00:00.000Z').flatMap((t) =>
        t.kind === 'target-group' ? [t.key] : [],
      ),
    );
    const groups = demoPlanningDocs('2026-01-01T00:00:00.000Z').flatMap((d) =>
      d.type === 'working-group' ? [`${d.orp}:${d.group}`] : [],
    );
    for (const orp of Object.keys(DEMO_PLAN_GROUPS)) {
      for (const doc of demoPlanDocs(orp)) {
        if (doc.type !== 'activity') continue;
        for (const id of doc.serviceIds) expect(serviceIds, id).toContain(id);
        for (const key of doc.targetGroups) expect(targetGroups, key).toContain(key);
        expect(groups).toContain(`${orp}:${doc.group}`);
      }
    }
  });

  it('is byte-identical on every call (stable revisions)', () => {
    expect(JSON.stringify(demoPlanDocs('ckrumlov'))).toBe(JSON.stringify(docs));
  });
});
