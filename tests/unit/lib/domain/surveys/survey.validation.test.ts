import { describe, expect, it } from 'vitest';
import { validateSurveysDbUpdate } from '../../../../../src/lib/domain/surveys/survey.validation';
import type { AnyDoc, UserCtx } from '../../../../../src/lib/domain/validation/validation.types';
import { sampleSurvey } from './survey-fixtures';

const SURVEYS = 'orp-dacice-surveys';
const ANSWERS = 'orp-dacice-survey-answers';
const coordinator: UserCtx = { name: 'dacice-koordinator', roles: ['orp:dacice:coordinator'] };
const otherCoordinator: UserCtx = { name: 'ck', roles: ['orp:ckrumlov:coordinator'] };
const member: UserCtx = { name: 'clen', roles: ['orp:dacice:member', 'orp:dacice:group:seniori'] };
const anonymous: UserCtx = { name: null, roles: [] };
const admin: UserCtx = { name: 'admin', roles: ['_admin'] };

function doc(overrides: Record<string, unknown> = {}): AnyDoc {
  return { ...sampleSurvey(), ...overrides } as unknown as AnyDoc;
}

function verdict(newDoc: AnyDoc, oldDoc: AnyDoc | null, who: UserCtx, db = SURVEYS) {
  const result = validateSurveysDbUpdate(newDoc, oldDoc, who, db);
  return result.ok ? 'ok' : result.reason.en;
}

describe('surveys database validation', () => {
  it('lets only the ORP coordinator and admins write surveys', () => {
    expect(verdict(doc(), null, coordinator)).toBe('ok');
    expect(verdict(doc({ createdBy: 'admin' }), null, admin)).toBe('ok');
    for (const who of [otherCoordinator, member, anonymous]) {
      expect(verdict(doc(), null, who)).not.toBe('ok');
    }
  });

  // prettier-ignore
  const shapes: [string, Record<string, unknown>, RegExp][] = [
    ['another ORP', { orp: 'ckrumlov' }, /belongs to ORP "dacice"/],
    ['an unknown field', { secret: 1 }, /Unknown survey field: secret/],
    ['a bad id', { _id: 'survey:Bad Key' }, /id "survey:<key>"/],
    ['closes before opens', { opens: '2026-05-01', closes: '2026-04-01' }, /open and close dates/],
    ['an unknown status', { status: 'archived' }, /Unknown survey status/],
    ['a repeated question id', { questions: [sampleSurvey().questions[0], sampleSurvey().questions[0]] }, /repeated/],
    ['a published choice with one option', { questions: [{ id: 'a', kind: 'single', text: 'A?', required: true, options: [{ id: 'x', label: 'X' }] }] }, /at least two options/],
    ['options on a text question', { questions: [{ id: 'a', kind: 'text', text: 'A?', required: true, options: [] }] }, /only choice questions/],
    ['a number range min > max', { questions: [{ id: 'a', kind: 'number', text: 'A?', required: true, min: 5, max: 1 }] }, /min ≤ max/],
    ['someone else as author', { createdBy: 'jiny' }, /createdBy must be the signed-in/],
  ];
  it.each(shapes)('refuses a survey with %s', (_name, overrides, reason) => {
    expect(verdict(doc(overrides), null, coordinator)).toMatch(reason);
  });

  it('lets a draft have unfinished questions and change freely', () => {
    const draft = doc({
      status: 'draft',
      questions: [{ id: 'a', kind: 'single', text: '', required: false, options: [] }],
    });
    expect(verdict(draft, null, coordinator)).toBe('ok');
    expect(verdict(doc({ status: 'draft', questions: [] }), draft, coordinator)).toBe('ok');
  });

  it('lets a published survey be reworded, extended and reordered', () => {
    const old = doc();
    const questions = sampleSurvey().questions.map((q) => ({ ...q, text: `${q.text} (upraveno)` }));
    questions.reverse();
    const potreba = questions.find((q) => q.id === 'potreba');
    potreba?.options?.push({ id: 'nevim', label: 'Nevím' });
    questions.push({ id: 'nova', kind: 'text', text: 'Nová', required: false });
    expect(verdict(doc({ questions }), old, coordinator)).toBe('ok');
  });

  // prettier-ignore
  const frozen: [string, (q: ReturnType<typeof sampleSurvey>['questions']) => unknown[], RegExp][] = [
    ['a question removed', (qs) => qs.slice(1), /cannot be removed/],
    ['a question re-keyed', (qs) => qs.map((q, i) => (i === 0 ? { ...q, id: 'bydliste' } : q)), /cannot be removed .* or re-keyed/],
    ['a question re-kinded', (qs) => qs.map((q) => (q.id === 'poznamka' ? { ...q, kind: 'number' } : q)), /kind of question "poznamka" cannot change/],
    ['an option removed', (qs) => qs.map((q) => (q.id === 'potreba' ? { ...q, options: [{ id: 'ano', label: 'Ano' }, { id: 'jine', label: 'Jiné' }] } : q)), /Option "ne" of question "potreba"/],
  ];
  it.each(frozen)('refuses %s once published', (_name, change, reason) => {
    const questions = change(sampleSurvey().questions);
    expect(verdict(doc({ questions }), doc(), coordinator)).toMatch(reason);
    expect(
      verdict(doc({ questions, status: 'closed' }), doc({ status: 'closed' }), coordinator),
    ).toMatch(reason);
  });

  // prettier-ignore
  const moves: [string, string, 'ok' | 'refused'][] = [
    ['draft', 'published', 'ok'], ['published', 'closed', 'ok'], ['closed', 'published', 'ok'],
    ['published', 'draft', 'refused'], ['closed', 'draft', 'refused'], ['draft', 'closed', 'refused'],
  ];
  it.each(moves)('status %s → %s: %s', (from, to, expected) => {
    const result = verdict(doc({ status: to }), doc({ status: from }), coordinator);
    expect(result === 'ok' ? 'ok' : 'refused').toBe(expected);
  });

  it('deletes only drafts', () => {
    const tombstone = { _id: 'survey:potrebnost-2026', _deleted: true } as AnyDoc;
    expect(verdict(tombstone, doc({ status: 'draft' }), coordinator)).toBe('ok');
    expect(verdict(tombstone, doc(), coordinator)).toMatch(/Only a draft can be deleted/);
  });
});

describe('survey answers database validation', () => {
  const answer: AnyDoc = {
    _id: 'answer:potrebnost-2026:client-0001',
    type: 'survey-answer',
    survey: 'potrebnost-2026',
    channel: 'public',
    answers: { obec: 'dacice' },
    receivedOn: '2026-03-02',
  };

  it('lets only server admins write answers', () => {
    expect(verdict(answer, null, admin, ANSWERS)).toBe('ok');
    for (const who of [coordinator, member, anonymous]) {
      expect(verdict(answer, null, who, ANSWERS)).toMatch(/Only the server writes answers/);
    }
  });

  it('refuses anything beyond the answer fields (no address, token or time)', () => {
    expect(verdict({ ...answer, ip: '1.2.3.4' }, null, admin, ANSWERS)).toMatch(
      /Unknown answer field: ip/,
    );
    expect(
      verdict({ ...answer, receivedOn: '2026-03-02T10:00:00Z' }, null, admin, ANSWERS),
    ).toMatch(/day received/);
  });
});
