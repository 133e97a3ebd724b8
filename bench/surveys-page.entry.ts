/**
 * Runs inside Chromium for `npm run bench:surveys`: the app's own aggregateSurvey over the
 * answers the driver hands over, timed on the (throttled) page thread. Bundled by esbuild.
 */
import { aggregateSurvey } from '../src/lib/domain/surveys/survey-results';
import type { SurveyAnswerDoc, SurveyQuestion } from '../src/lib/domain/surveys/survey.types';

let data: { questions: SurveyQuestion[]; answers: SurveyAnswerDoc[] } | undefined;

export const bench = {
  async load(): Promise<number> {
    data = (await (await fetch('/answers.json')).json()) as typeof data;
    return data!.answers.length;
  },
  /**
   * Milliseconds of each aggregation with labels: as the results page opens (`breakdowns`
   * false: a group is aggregated when opened) or with both breakdowns at once.
   */
  run(times: number, breakdowns: boolean): { ms: number[]; respondents: number } {
    const { questions, answers } = data!;
    const ms: number[] = [];
    let respondents = 0;
    for (let i = 0; i < times; i++) {
      const start = performance.now();
      const result = aggregateSurvey({ questions }, answers, {
        breakdowns,
        label: (kind, key) => `${kind} ${key}`,
      });
      ms.push(performance.now() - start);
      respondents = result.respondents;
    }
    return { ms, respondents };
  },
};
export type SurveysBenchApi = typeof bench;
(globalThis as unknown as { bench: SurveysBenchApi }).bench = bench;
