import type { PlanningOrpDoc, WorkingGroupDoc } from '$domain/planning/planning.types';
import { deviceData } from '$lib/data/device-data.client';

/**
 * Public planning records from the catalogue read model, live. Route-only state: the ORP page
 * and its index are the only readers.
 */
export class PlanningView {
  orps = $state.raw<PlanningOrpDoc[]>([]);
  groups = $state.raw<WorkingGroupDoc[]>([]);
  loaded = $state(false);

  /** Starts the live queries; returns the function that stops them. */
  start(): () => void {
    const onError = (error: unknown) => console.error('planning', error);
    const stopOrps = deviceData.observeEntries(
      'planning-orp',
      (rows) => {
        this.orps = rows.map((row) => row.doc as PlanningOrpDoc);
        this.loaded = true;
      },
      onError,
    );
    const stopGroups = deviceData.observeEntries(
      'working-group',
      (rows) => (this.groups = rows.map((row) => row.doc as WorkingGroupDoc)),
      onError,
    );
    return () => {
      stopOrps();
      stopGroups();
    };
  }

  /** By planning code ("ckrumlov") or by territory key ("cesky-krumlov"). */
  find(code: string): PlanningOrpDoc | undefined {
    return this.orps.find((orp) => orp.orp === code || orp.territory === code);
  }

  groupsOf(orp: string): WorkingGroupDoc[] {
    return this.groups.filter((group) => group.orp === orp);
  }
}
