/**
 * Survey results: counts and shares per question, mean and median for scales and numbers, free
 * texts listed, and the same broken down by municipality and by age group when the survey asks
 * them. Pure and single-pass over the answers (10,000 answers × 20 questions must aggregate in
 * well under 500 ms on a cheap phone: `npm run bench:surveys`), so it runs on the page's thread.
 */
import type { AnswerValue, QuestionKind, SurveyDoc, SurveyQuestion } from './survey.types';

/** Answers as the coordinator's device reads them (the stored doc's `answers` field). */
export interface AnswerLike {
  answers: Record<string, AnswerValue>;
}

export interface AggregateOptions {
  /** Label of a municipality, age group or target group key (default: the key itself). */
  label?: (kind: 'municipality' | 'age-group' | 'target-group', key: string) => string;
  /** Add the breakdowns by municipality and age group (default true). */
  breakdowns?: boolean;
}

export interface CountRow {
  /** Option id, scale value ('1'…'5') or taxonomy/territory key. */
  key: string;
  label: string;
  count: number;
  /** count / respondents who answered the question, 0…1. */
  share: number;
}

export interface QuestionResult {
  id: string;
  kind: QuestionKind;
  text: string;
  /** Respondents who answered this question. */
  answered: number;
  /** Every kind but `number` and `text`. */
  counts?: CountRow[];
  /** `scale` and `number`. */
  mean?: number;
  median?: number;
  /** `text`: the texts in the order received (shown to coordinators only). */
  texts?: string[];
}

export interface BreakdownGroup {
  key: string;
  label: string;
  respondents: number;
  questions: QuestionResult[];
}

export interface Breakdown {
  /** The question the respondents were grouped by. */
  questionId: string;
  groups: BreakdownGroup[];
}

export interface SurveyResults {
  respondents: number;
  questions: QuestionResult[];
  byMunicipality?: Breakdown;
  byAgeGroup?: Breakdown;
}

const KEYED_KINDS = new Set<QuestionKind>(['municipality', 'age-group', 'target-group']);

/** A municipality is stored as `territory:municipality:<key>` or as its key. */
export function municipalityKey(value: string): string {
  return value.startsWith('territory:municipality:')
    ? value.slice('territory:municipality:'.length)
    : value;
}

/** Running totals of one question over a set of respondents. */
class Tally {
  answered = 0;
  counts = new Map<string, number>();
  sum = 0;
  values: number[] = [];
  texts: string[] = [];

  constructor(readonly question: SurveyQuestion) {
    if (question.kind === 'single' || question.kind === 'multiple') {
      for (const option of question.options ?? []) this.counts.set(option.id, 0);
    } else if (question.kind === 'scale') {
      for (let v = 1; v <= 5; v++) this.counts.set(String(v), 0);
    }
  }

  add(value: AnswerValue | undefined): void {
    if (value === undefined || value === null) return;
    const kind = this.question.kind;
    if (kind === 'multiple') {
      if (!Array.isArray(value) || value.length === 0) return;
      this.answered++;
      for (const id of new Set(value)) this.bump(id);
      return;
    }
    if (kind === 'number' || kind === 'scale') {
      if (typeof value !== 'number' || !Number.isFinite(value)) return;
      this.answered++;
      this.sum += value;
      if (kind === 'scale') this.bump(String(value));
      else this.values.push(value);
      return;
    }
    if (typeof value !== 'string' || value === '') return;
    this.answered++;
    if (kind === 'text') this.texts.push(value);
    else this.bump(kind === 'municipality' ? municipalityKey(value) : value);
  }

  bump(key: string): void {
    const known = this.counts.get(key);
    // Choice and scale counts keep the survey's own keys: a stray value is not a category.
    if (known === undefined && !KEYED_KINDS.has(this.question.kind)) return;
    this.counts.set(key, (known ?? 0) + 1);
  }

  result(label: AggregateOptions['label']): QuestionResult {
    const q = this.question;
    const base: QuestionResult = { id: q.id, kind: q.kind, text: q.text, answered: this.answered };
    const share = (count: number) => (this.answered ? count / this.answered : 0);
    if (q.kind === 'text') return { ...base, texts: this.texts };
    if (q.kind === 'number') {
      if (!this.answered) return base;
      const sorted = Float64Array.from(this.values).sort();
      return { ...base, mean: this.sum / this.answered, median: medianOfSorted(sorted) };
    }
    let counts: CountRow[];
    if (q.kind === 'single' || q.kind === 'multiple') {
      const labels = new Map((q.options ?? []).map((o) => [o.id, o.label]));
      counts = [...this.counts].map(([key, count]) => ({
        key,
        label: labels.get(key) ?? key,
        count,
        share: share(count),
      }));
    } else if (q.kind === 'scale') {
      counts = [...this.counts].map(([key, count]) => ({
        key,
        label: key,
        count,
        share: share(count),
      }));
    } else {
      const kind = q.kind as 'municipality' | 'age-group' | 'target-group';
      counts = [...this.counts]
        .map(([key, count]) => ({
          key,
          label: label?.(kind, key) ?? key,
          count,
          share: share(count),
        }))
        .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label, 'cs'));
    }
    if (q.kind !== 'scale') return { ...base, counts };
    const result: QuestionResult = { ...base, counts };
    if (this.answered) {
      result.mean = this.sum / this.answered;
      result.median = medianOfCounts(this.counts, this.answered);
    }
    return result;
  }
}

function medianOfSorted(sorted: Float64Array): number {
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Median of scale answers from their counts (values 1…5 in order). */
function medianOfCounts(counts: Map<string, number>, n: number): number {
  const at = (index: number): number => {
    let seen = 0;
    for (let v = 1; v <= 5; v++) {
      seen += counts.get(String(v)) ?? 0;
      if (index < seen) return v;
    }
    return 5;
  };
  const mid = n >> 1;
  return n % 2 ? at(mid) : (at(mid - 1) + at(mid)) / 2;
}

class Group {
  respondents = 0;
  tallies: Tally[];
  constructor(questions: readonly SurveyQuestion[]) {
    this.tallies = questions.map((q) => new Tally(q));
  }
  add(answers: Record<string, AnswerValue>): void {
    this.respondents++;
    for (const tally of this.tallies) tally.add(answers[tally.question.id]);
  }
}

function groupKeyOf(question: SurveyQuestion, value: AnswerValue | undefined): string | undefined {
  if (typeof value !== 'string' || value === '') return undefined;
  return question.kind === 'municipality' ? municipalityKey(value) : value;
}

class Breakdowner {
  groups = new Map<string, Group>();
  constructor(
    readonly question: SurveyQuestion,
    readonly questions: readonly SurveyQuestion[],
  ) {}
  add(answers: Record<string, AnswerValue>): void {
    const key = groupKeyOf(this.question, answers[this.question.id]);
    if (key === undefined) return;
    let group = this.groups.get(key);
    if (!group) this.groups.set(key, (group = new Group(this.questions)));
    group.add(answers);
  }
  result(label: AggregateOptions['label']): Breakdown {
    const kind = this.question.kind as 'municipality' | 'age-group';
    const groups = [...this.groups]
      .map(([key, group]) => ({
        key,
        label: label?.(kind, key) ?? key,
        respondents: group.respondents,
        // The grouping question itself says nothing new within its own group.
        questions: group.tallies
          .filter((t) => t.question.id !== this.question.id)
          .map((t) => t.result(label)),
      }))
      .sort((a, b) => b.respondents - a.respondents || a.label.localeCompare(b.label, 'cs'));
    return { questionId: this.question.id, groups };
  }
}

/** Aggregates a survey's answers (see the file comment). Answers to unknown questions are ignored. */
export function aggregateSurvey(
  survey: Pick<SurveyDoc, 'questions'>,
  answers: readonly AnswerLike[],
  options: AggregateOptions = {},
): SurveyResults {
  const questions = survey.questions;
  const all = new Group(questions);
  const withBreakdowns = options.breakdowns ?? true;
  const municipality = questions.find((q) => q.kind === 'municipality');
  const ageGroup = questions.find((q) => q.kind === 'age-group');
  const byMunicipality =
    withBreakdowns && municipality ? new Breakdowner(municipality, questions) : undefined;
  const byAgeGroup = withBreakdowns && ageGroup ? new Breakdowner(ageGroup, questions) : undefined;
  for (const answer of answers) {
    all.add(answer.answers);
    byMunicipality?.add(answer.answers);
    byAgeGroup?.add(answer.answers);
  }
  const results: SurveyResults = {
    respondents: all.respondents,
    questions: all.tallies.map((t) => t.result(options.label)),
  };
  if (byMunicipality) results.byMunicipality = byMunicipality.result(options.label);
  if (byAgeGroup) results.byAgeGroup = byAgeGroup.result(options.label);
  return results;
}
