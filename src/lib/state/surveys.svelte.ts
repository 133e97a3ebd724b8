import { isCoordinatorOf } from '$lib/domain/roles';
import { surveyKeyOf } from '$lib/domain/surveys/survey-builder';
import type { SurveyAnswerDoc, SurveyDoc, SurveyStatus } from '$lib/domain/surveys/survey.types';
import {
  listAnswers,
  listSurveys,
  pullAnswers,
  syncSurveys,
  type SyncOutcome,
} from '$lib/services/survey-admin.service';
import { session } from './session.svelte';

/**
 * One ORP's surveys as the coordinator's device holds them, with each survey's answer count.
 * Opening shows the device's copy at once, then syncs the surveys and pulls the answers, so the
 * list works offline and says when it could not reach the server.
 */
class SurveysState {
  orp = $state('');
  surveys = $state.raw<SurveyDoc[]>([]);
  answers = $state.raw<SurveyAnswerDoc[]>([]);
  loaded = $state(false);
  /** The last sync's outcome (undefined while it runs). */
  sync = $state<SyncOutcome | undefined>();

  coordinator = $derived(isCoordinatorOf(session.user?.roles ?? [], this.orp));
  counts = $derived.by(() => {
    const counts: Record<string, number> = {};
    for (const a of this.answers) counts[a.survey] = (counts[a.survey] ?? 0) + 1;
    return counts;
  });

  #generation = 0;

  byStatus(status: SurveyStatus): SurveyDoc[] {
    return this.surveys
      .filter((s) => s.status === status)
      .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
  }

  answerCount(survey: SurveyDoc): number {
    return this.counts[surveyKeyOf(survey)] ?? 0;
  }

  survey(key: string): SurveyDoc | undefined {
    return this.surveys.find((s) => surveyKeyOf(s) === key);
  }

  /** Shows the device's copy, then syncs (when `sync`) and shows the result. */
  async open(orp: string, sync = true): Promise<void> {
    const user = session.user;
    if (!user || !isCoordinatorOf(user.roles, orp)) return;
    const generation = ++this.#generation;
    if (this.orp !== orp) {
      this.orp = orp;
      this.surveys = [];
      this.answers = [];
      this.loaded = false;
    }
    await this.#read(orp, generation);
    if (!sync) return;
    this.sync = undefined;
    const [surveys, answers] = await Promise.all([syncSurveys(orp, user), pullAnswers(orp, user)]);
    if (generation !== this.#generation) return;
    this.sync = surveys.ok ? answers : surveys;
    await this.#read(orp, generation);
  }

  async #read(orp: string, generation: number): Promise<void> {
    const user = session.user;
    if (!user) return;
    const [surveys, answers] = await Promise.all([listSurveys(orp, user), listAnswers(orp, user)]);
    if (generation !== this.#generation) return;
    this.surveys = surveys;
    this.answers = answers;
    this.loaded = true;
  }

  /** A survey saved by the builder: shown at once without waiting for the next read. */
  stored(doc: SurveyDoc): void {
    this.surveys = [...this.surveys.filter((s) => s._id !== doc._id), doc];
  }
}

export const surveys = new SurveysState();
