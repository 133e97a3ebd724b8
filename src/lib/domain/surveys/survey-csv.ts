/**
 * A survey's answers as CSV for a spreadsheet: one row per answer, one column per question,
 * option labels instead of ids. Made on the coordinator's device (csv-stringify is a server
 * dependency; RFC 4180 quoting is a few lines). Comma-separated with a BOM and CRLF, like the
 * server's service export, so Excel opens Czech letters right.
 */
import type { AnswerValue, SurveyQuestion } from './survey.types';
import { municipalityKey, type AggregateOptions, type AnswerLike } from './survey-results';

/**
 * One cell. Anonymous free texts could start a spreadsheet formula (`=HYPERLINK(…)`): such a
 * text gets a leading apostrophe so it stays text (OWASP "CSV injection").
 */
export function csvCell(value: string | number): string {
  if (typeof value === 'number') return String(value);
  const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvRow(cells: readonly (string | number)[]): string {
  return cells.map(csvCell).join(',');
}

function cellOf(
  question: SurveyQuestion,
  value: AnswerValue | undefined,
  label: AggregateOptions['label'],
): string | number {
  if (value === undefined) return '';
  const option = (id: string) => question.options?.find((o) => o.id === id)?.label ?? id;
  switch (question.kind) {
    case 'single':
      return typeof value === 'string' ? option(value) : '';
    case 'multiple':
      return Array.isArray(value) ? value.map(option).join('; ') : '';
    case 'scale':
    case 'number':
      return typeof value === 'number' ? value : '';
    case 'text':
      return typeof value === 'string' ? value : '';
    case 'municipality':
    case 'age-group':
    case 'target-group': {
      if (typeof value !== 'string') return '';
      const key = question.kind === 'municipality' ? municipalityKey(value) : value;
      return label?.(question.kind, key) ?? key;
    }
  }
}

export function surveyAnswersCsv(
  questions: readonly SurveyQuestion[],
  answers: readonly (AnswerLike & { receivedOn?: string; channel?: string })[],
  headings: { receivedOn: string; channel: string },
  label?: AggregateOptions['label'],
): string {
  const lines = [
    csvRow([headings.receivedOn, headings.channel, ...questions.map((q) => q.text)]),
    ...answers.map((a) =>
      csvRow([
        a.receivedOn ?? '',
        a.channel ?? '',
        ...questions.map((q) => cellOf(q, a.answers[q.id], label)),
      ]),
    ),
  ];
  return '\uFEFF' + lines.join('\r\n') + '\r\n';
}
