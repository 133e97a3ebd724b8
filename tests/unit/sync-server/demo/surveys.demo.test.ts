import { describe, expect, it } from 'vitest';
import { AGE_GROUPS, TARGET_GROUPS } from '../../../../src/lib/domain/catalog/data/groups.data';
import { municipalitiesOf } from '../../../../src/lib/domain/catalog/territory';
import { validateAnswerInput } from '../../../../src/lib/domain/surveys/survey-answer.validation';
import { validateSurveysDbUpdate } from '../../../../src/lib/domain/surveys/survey.validation';
import type { AnyDoc } from '../../../../src/lib/domain/validation/validation.types';
import { demoSurvey, demoSurveyAnswers } from '../../../../sync-server/src/demo/surveys.demo';

const ADMIN = { name: 'admin', roles: ['_admin'] };

describe.each([
  ['dacice', 'dacice'],
  ['ckrumlov', 'cesky-krumlov'],
])('demo survey of %s', (orp, territory) => {
  const survey = demoSurvey(orp);

  it('is a valid published survey of its ORP', () => {
    expect(survey?.status).toBe('published');
    const verdict = validateSurveysDbUpdate(
      survey as unknown as AnyDoc,
      null,
      { name: survey?.createdBy ?? '', roles: [`orp:${orp}:coordinator`] },
      `orp-${orp}-surveys`,
    );
    expect(verdict).toEqual({ ok: true });
  });

  it('has 300 answers that the endpoint and the database would both accept, the same on every run', () => {
    const answers = demoSurveyAnswers(orp);
    expect(answers).toHaveLength(300);
    expect(demoSurveyAnswers(orp)).toEqual(answers);
    const context = {
      municipalities: municipalitiesOf(territory).map((m) => m.key),
      ageGroups: AGE_GROUPS.map((a) => a.key),
      targetGroups: TARGET_GROUPS.map((g) => g.key),
    };
    for (const doc of answers) {
      const input = {
        clientId: 'demo-client',
        deviceToken: 't',
        channel: doc.channel,
        answers: doc.answers,
      };
      const checked = survey ? validateAnswerInput(survey, input, context) : undefined;
      expect(checked?.ok, JSON.stringify(checked)).toBe(true);
      expect(
        validateSurveysDbUpdate(doc as unknown as AnyDoc, null, ADMIN, `orp-${orp}-survey-answers`),
      ).toEqual({ ok: true });
    }
  });
});
