import { surveyKeyOf } from '$lib/domain/surveys/survey-builder';
import {
  aggregateSurvey,
  municipalityKey,
  type QuestionResult,
  type SurveyResults,
} from '$lib/domain/surveys/survey-results';
import type { SurveyAnswerDoc, SurveyDoc } from '$lib/domain/surveys/survey.types';
import { surveys } from './surveys.svelte';
import { taxonomy } from './taxonomy.svelte';

/**
 * One survey's results on the coordinator's device: its answers (pulled by `surveys.open`) and
 * their aggregation, labelled with the territory's and the catalogue's names in the UI's
 * language. aggregateSurvey runs here on the page's thread (bench:surveys measures it at 4× CPU);
 * the breakdowns wait until a group is opened, so the first aggregation is one pass.
 */
class SurveyResultsState {
  key = $state('');
  survey = $derived<SurveyDoc | undefined>(surveys.survey(this.key));
  answers = $derived<SurveyAnswerDoc[]>(surveys.answers.filter((a) => a.survey === this.key));
  results = $derived.by((): SurveyResults | undefined => {
    const survey = this.survey;
    if (!survey) return undefined;
    // Breakdowns are aggregated per group when the person opens one (groupResults).
    return aggregateSurvey(survey, this.answers, {
      breakdowns: false,
      label: (kind, key) => this.label(kind, key),
    });
  });
  /** The municipality and age-group questions the results can be broken down by. */
  groupings = $derived(
    (this.survey?.questions ?? []).filter(
      (q, i, all) =>
        (q.kind === 'municipality' || q.kind === 'age-group') &&
        all.findIndex((o) => o.kind === q.kind) === i,
    ),
  );

  /** Results of the respondents whose answer to `questionId` is `key`. */
  groupResults(questionId: string, key: string): QuestionResult[] {
    const survey = this.survey;
    if (!survey) return [];
    const grouping = survey.questions.find((q) => q.id === questionId);
    const keyOf = (v: unknown) =>
      typeof v !== 'string'
        ? undefined
        : grouping?.kind === 'municipality'
          ? municipalityKey(v)
          : v;
    const members = this.answers.filter((a) => keyOf(a.answers[questionId]) === key);
    return aggregateSurvey(survey, members, {
      breakdowns: false,
      label: (kind, k) => this.label(kind, k),
    }).questions;
  }

  open(key: string): void {
    this.key = key;
    taxonomy.start();
  }

  label(kind: 'municipality' | 'age-group' | 'target-group', key: string): string {
    if (kind === 'municipality') return taxonomy.municipality(key)?.name ?? key;
    const term = kind === 'age-group' ? taxonomy.ageGroup(key) : taxonomy.targetGroup(key);
    return term ? taxonomy.label(term.name) : key;
  }

  get surveyKey(): string {
    return this.survey ? surveyKeyOf(this.survey) : this.key;
  }
}

export const surveyResults = new SurveyResultsState();
