import { surveyKeyOf } from '$lib/domain/surveys/survey-builder';
import { aggregateSurvey, type SurveyResults } from '$lib/domain/surveys/survey-results';
import type { SurveyAnswerDoc, SurveyDoc } from '$lib/domain/surveys/survey.types';
import { surveys } from './surveys.svelte';
import { taxonomy } from './taxonomy.svelte';

/**
 * One survey's results on the coordinator's device: its answers (pulled by `surveys.open`) and
 * their aggregation, labelled with the territory's and the catalogue's names in the UI's
 * language. aggregateSurvey runs here on the page's thread: 10,000 answers take well under the
 * 500 ms budget at 4× CPU (bench:surveys), so a worker would add only its start-up.
 */
class SurveyResultsState {
  key = $state('');
  survey = $derived<SurveyDoc | undefined>(surveys.survey(this.key));
  answers = $derived<SurveyAnswerDoc[]>(surveys.answers.filter((a) => a.survey === this.key));
  results = $derived.by((): SurveyResults | undefined => {
    const survey = this.survey;
    if (!survey) return undefined;
    return aggregateSurvey(survey, this.answers, { label: (kind, key) => this.label(kind, key) });
  });

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
