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
  /** `text`: the texts in the order received (shown to coordinators only); overall only. */
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

/** A municipality is stored as `territory:municipality:<key>` or as its key. */
export function municipalityKey(value: string): string {
  return value.startsWith('territory:municipality:')
    ? value.slice('territory:municipality:'.length)
    : value;
}

/**
 * Running totals of one question over a set of respondents. Choices and scale values count into
 * a typed array by index (a Map lookup per answer was most of the cold time at 10,000 answers);
 * territory and taxonomy keys, open-ended, into a Map.
 */
class Tally {
  answered = 0;
  /** Choice (by option index) or scale value − 1. */
  fixed: Int32Array;
  keyed = new Map<string, number>();
  sum = 0;
  values: number[] = [];
  texts: string[] = [];
  /** Option id → index, shared by every group's tally of the question. */
  readonly index: Map<string, number>;
  /** Guards against an option listed twice in one answer: the respondent counted there. */
  #seen: Int32Array;
  #stamp = 0;

  constructor(
    readonly question: SurveyQuestion,
    index: Map<string, number>,
    /** Breakdown groups count texts but do not list them again (the page lists them once). */
    readonly keepTexts = true,
  ) {
    this.index = index;
    this.fixed = new Int32Array(question.kind === 'scale' ? 5 : index.size);
    this.#seen = new Int32Array(index.size);
  }

  add(value: AnswerValue | undefined): void {
    if (value === undefined || value === null) return;
    const kind = this.question.kind;
    if (kind === 'multiple') {
      if (!Array.isArray(value) || value.length === 0) return;
      this.answered++;
      const stamp = ++this.#stamp;
      for (const id of value) {
        const i = this.index.get(id);
        if (i === undefined || this.#seen[i] === stamp) continue;
        this.#seen[i] = stamp;
        this.fixed[i]!++;
      }
      return;
    }
    if (kind === 'number' || kind === 'scale') {
      if (typeof value !== 'number' || !Number.isFinite(value)) return;
      this.answered++;
      this.sum += value;
      if (kind === 'number') this.values.push(value);
      else if (value >= 1 && value <= 5 && Number.isInteger(value)) this.fixed[value - 1]!++;
      return;
    }
    if (typeof value !== 'string' || value === '') return;
    this.answered++;
    if (kind === 'text') {
      if (this.keepTexts) this.texts.push(value);
    } else if (kind === 'single') {
      // A stray value is not a category: only the survey's own options are counted.
      const i = this.index.get(value);
      if (i !== undefined) this.fixed[i]!++;
    } else {
      const key = kind === 'municipality' ? municipalityKey(value) : value;
      this.keyed.set(key, (this.keyed.get(key) ?? 0) + 1);
    }
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
      counts = (q.options ?? []).map((o, i) => ({
        key: o.id,
        label: o.label,
        count: this.fixed[i]!,
        share: share(this.fixed[i]!),
      }));
    } else if (q.kind === 'scale') {
      counts = [...this.fixed].map((count, i) => ({
        key: String(i + 1),
        label: String(i + 1),
        count,
        share: share(count),
      }));
    } else {
      const kind = q.kind as 'municipality' | 'age-group' | 'target-group';
      counts = [...this.keyed]
        .map(([key, count]) => ({
          key,
          label: label?.(kind, key) ?? key,
          count,
          share: share(count),
        }))
        .sort((a, b) => b.count - a.count || collator.compare(a.label, b.label));
    }
    if (q.kind !== 'scale') return { ...base, counts };
    const result: QuestionResult = { ...base, counts };
    if (this.answered) {
      result.mean = this.sum / this.answered;
      result.median = medianOfCounts(this.fixed, this.answered);
    }
    return result;
  }
}

const collator = new Intl.Collator('cs');

function medianOfSorted(sorted: Float64Array): number {
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Median of scale answers from their counts (values 1…5 in order). */
function medianOfCounts(counts: Int32Array, n: number): number {
  const at = (index: number): number => {
    let seen = 0;
    for (let v = 0; v < 5; v++) {
      seen += counts[v]!;
      if (index < seen) return v + 1;
    }
    return 5;
  };
  const mid = n >> 1;
  return n % 2 ? at(mid) : (at(mid - 1) + at(mid)) / 2;
}

class Group {
  respondents = 0;
  tallies: Tally[];
  constructor(
    questions: readonly SurveyQuestion[],
    indexes: readonly Map<string, number>[],
    keepTexts = true,
  ) {
    this.tallies = questions.map((q, i) => new Tally(q, indexes[i]!, keepTexts));
  }
  /** `values[i]` answers `questions[i]` (looked up once per answer for every group). */
  add(values: readonly (AnswerValue | undefined)[]): void {
    this.respondents++;
    const tallies = this.tallies;
    for (let i = 0; i < tallies.length; i++) tallies[i]!.add(values[i]);
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
    readonly indexes: readonly Map<string, number>[],
  ) {
    this.position = questions.indexOf(question);
  }
  readonly position: number;
  add(values: readonly (AnswerValue | undefined)[]): void {
    const key = groupKeyOf(this.question, values[this.position]);
    if (key === undefined) return;
    let group = this.groups.get(key);
    if (!group) this.groups.set(key, (group = new Group(this.questions, this.indexes, false)));
    group.add(values);
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
      .sort((a, b) => b.respondents - a.respondents || collator.compare(a.label, b.label));
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
  const indexes = questions.map((q) => new Map((q.options ?? []).map((o, i) => [o.id, i])));
  const all = new Group(questions, indexes);
  const withBreakdowns = options.breakdowns ?? true;
  const municipality = questions.find((q) => q.kind === 'municipality');
  const ageGroup = questions.find((q) => q.kind === 'age-group');
  const byMunicipality =
    withBreakdowns && municipality ? new Breakdowner(municipality, questions, indexes) : undefined;
  const byAgeGroup =
    withBreakdowns && ageGroup ? new Breakdowner(ageGroup, questions, indexes) : undefined;
  const ids = questions.map((q) => q.id);
  const values: (AnswerValue | undefined)[] = new Array(ids.length);
  for (const answer of answers) {
    const given = answer.answers;
    for (let i = 0; i < ids.length; i++) values[i] = given[ids[i]!];
    all.add(values);
    byMunicipality?.add(values);
    byAgeGroup?.add(values);
  }
  const results: SurveyResults = {
    respondents: all.respondents,
    questions: all.tallies.map((t) => t.result(options.label)),
  };
  if (byMunicipality) results.byMunicipality = byMunicipality.result(options.label);
  if (byAgeGroup) results.byAgeGroup = byAgeGroup.result(options.label);
  return results;
}
