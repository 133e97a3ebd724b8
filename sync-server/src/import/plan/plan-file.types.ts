/**
 * The structured file `npm run import:plan` reads (JSON), and what the CSV reader builds from a
 * spreadsheet. Documented in README.md ("Plan import"); samples in ./samples/. The demo plans
 * (sync-server/src/demo/plan/) use the same structure.
 *
 * Texts (`title`, `description`, `vision`) are the wording of the plan's first year;
 * `updates` rewrite them from a later year on ({"2027": {"description": "…"}}), which is what
 * the change view compares.
 */
export type TextUpdates = Record<string, Record<string, string>>;

export interface PlanFileInput {
  /** ORP code; `--orp` wins, and the two must agree when both are given. */
  orp?: string;
  title: string;
  vision?: string;
  fromYear: number;
  toYear: number;
  projectNumber?: string;
  updates?: TextUpdates;
  priorities: PriorityInput[];
}

interface NodeInput {
  /** Shown number: "1", "1.2", "1.2.3". */
  number: string;
  /** Stable key used in ids; defaults to the number. */
  code?: string;
  title: string;
  description?: string;
  updates?: TextUpdates;
}

export interface PriorityInput extends NodeInput {
  measures: MeasureInput[];
}

export interface MeasureInput extends NodeInput {
  /** Default "approved". A "proposed" measure needs `proposedByGroup`. */
  status?: 'proposed' | 'approved' | 'rejected';
  proposedByGroup?: string;
  decisionNote?: string;
  activities: ActivityInput[];
}

export interface ActivityInput extends NodeInput {
  /** Owning working group's code (must exist: `npm run admin -- group add`). */
  group: string;
  responsibleOrganisation?: string;
  partners?: string[];
  targetGroups?: string[];
  serviceIds?: string[];
  fundingSources?: string[];
  /** `id` defaults to a slug of the name. */
  indicators?: { id?: string; name: string; unit?: string; target: number }[];
  /** Defaults to the plan's period. */
  timeline?: { fromYear?: number; toYear?: number; note?: string };
  /** Monitoring by year: {"2026": {"status": "splneno", …}}. */
  monitoring?: Record<string, MonitoringInput>;
  /** Action-plan entries by year: {"2027": {"steps": […], …}}. */
  actionPlan?: Record<string, ActionInput>;
}

export interface MonitoringInput {
  status?: string;
  comment?: string;
  /** Reached values by indicator id: {"klienti": 85}. */
  indicatorValues?: Record<string, number>;
  evidence?: { kind: string; label: string; url?: string; db?: string; ref?: string }[];
  approved?: boolean;
}

export interface ActionInput {
  steps?: string[];
  budget?: { amount: number; fundingSource: string };
  responsible?: string;
  deadline?: string;
  approved?: boolean;
}
