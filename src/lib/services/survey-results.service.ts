/**
 * What the coordinator does with a survey's result: download the answers as CSV, attach the
 * result to an activity's monitoring as evidence, read the unmet need (searches that found
 * nothing). Plain async functions over the domain and the repositories.
 */
import type { Writer } from '$lib/data/pouch/member.repository';
import type { Evidence, MonitoringDoc } from '$lib/domain/plan/plan.types';
import { surveyKeyOf } from '$lib/domain/surveys/survey-builder';
import { surveyAnswersCsv } from '$lib/domain/surveys/survey-csv';
import type { AggregateOptions } from '$lib/domain/surveys/survey-results';
import {
  surveyId,
  surveysDbName,
  type SurveyAnswerDoc,
  type SurveyDoc,
} from '$lib/domain/surveys/survey.types';
import { missesByMonth, type MonthOfMisses } from '$lib/domain/surveys/unmet-need';
import { saveFile } from './download-file';
import { saveMonitoring } from './plan.service';

export function downloadAnswersCsv(
  survey: SurveyDoc,
  answers: readonly SurveyAnswerDoc[],
  headings: { receivedOn: string; channel: string },
  label: AggregateOptions['label'],
): void {
  const csv = surveyAnswersCsv(survey.questions, answers, headings, label);
  saveFile(
    `anketa-${surveyKeyOf(survey)}.csv`,
    new Blob([csv], { type: 'text/csv;charset=utf-8' }),
  );
}

export function surveyEvidence(orp: string, survey: SurveyDoc, label: string): Evidence {
  return { kind: 'survey', label, db: surveysDbName(orp), ref: surveyId(surveyKeyOf(survey)) };
}

/** Adds the evidence to the monitoring; false when this survey is already attached there. */
export async function attachEvidence(
  orp: string,
  monitoring: MonitoringDoc,
  evidence: Evidence,
  writer: Writer,
): Promise<boolean> {
  if (monitoring.evidence.some((e) => e.kind === 'survey' && e.ref === evidence.ref)) return false;
  await saveMonitoring(
    orp,
    monitoring,
    {
      ...(monitoring.status ? { status: monitoring.status } : {}),
      comment: monitoring.comment,
      indicatorValues: monitoring.indicatorValues,
      evidence: [...monitoring.evidence, evidence],
    },
    writer,
  );
  return true;
}

/**
 * Searches that found nothing, by month. They are counted anonymously on the device only
 * (`searchMisses`, search.svelte.ts), never sent: this is the coordinator's own device's count.
 */
export async function unmetNeed(): Promise<MonthOfMisses[]> {
  const { listSearchMisses } = await import('$lib/data/dexie/search-misses.table');
  return missesByMonth(await listSearchMisses());
}
