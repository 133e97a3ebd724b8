import type { AnswerContext } from '../../../src/lib/domain/surveys/survey-answer.validation';
import {
  SURVEY_ID_PREFIX,
  surveyAnswersDbName,
  surveyId,
  surveysDbName,
  type SurveyAnswerDoc,
  type SurveyDoc,
} from '../../../src/lib/domain/surveys/survey.types';
import { planningOrpId } from '../../../src/lib/domain/planning/planning.types';
import type { CouchClient } from './couch-client';
import { couchStatus } from './couch-client';
import { CATALOG_DB } from './databases';

/**
 * Survey reads and answer writes with sync-server's admin connection: the public never reaches
 * the survey databases themselves (their `_security` admits coordinators only).
 */
export async function readSurvey(
  client: CouchClient,
  orp: string,
  key: string,
): Promise<SurveyDoc | undefined> {
  try {
    return (await client.use(surveysDbName(orp)).get(surveyId(key))) as unknown as SurveyDoc;
  } catch (error) {
    // A missing document or a missing database (an ORP that does not exist) alike.
    if (couchStatus(error) === 404) return undefined;
    throw error;
  }
}

/** Every survey of the ORP (drafts too; the caller picks); [] for an unknown ORP. */
export async function listSurveyDocs(client: CouchClient, orp: string): Promise<SurveyDoc[]> {
  try {
    const page = await client.use(surveysDbName(orp)).list({
      startkey: SURVEY_ID_PREFIX,
      endkey: `${SURVEY_ID_PREFIX}\ufff0`,
      include_docs: true,
    });
    return page.rows.flatMap((row) => (row.doc ? [row.doc as unknown as SurveyDoc] : []));
  } catch (error) {
    if (couchStatus(error) === 404) return [];
    throw error;
  }
}

/** Stores one answer; an id already stored is a resend after a lost reply: a success. */
export async function insertAnswer(
  client: CouchClient,
  orp: string,
  doc: SurveyAnswerDoc,
): Promise<'created' | 'duplicate'> {
  try {
    await client.use<SurveyAnswerDoc>(surveyAnswersDbName(orp)).insert(doc);
    return 'created';
  } catch (error) {
    if (couchStatus(error) === 409) return 'duplicate';
    throw error;
  }
}

async function docsWithPrefix(client: CouchClient, prefix: string) {
  const page = await client
    .use(CATALOG_DB)
    .list({ startkey: prefix, endkey: `${prefix}\ufff0`, include_docs: true });
  return page.rows.flatMap((row) =>
    row.doc ? [row.doc as unknown as { key?: string; parent?: string; _deleted?: boolean }] : [],
  );
}

/**
 * The keys an answer may name, from the catalogue (editors may extend taxonomies): the
 * municipalities of the ORP's territory (linked by its public record) and the age and target
 * groups.
 */
export async function readAnswerContext(client: CouchClient, orp: string): Promise<AnswerContext> {
  let territory = orp;
  try {
    const record = (await client.use(CATALOG_DB).get(planningOrpId(orp))) as { territory?: string };
    if (record.territory) territory = record.territory;
  } catch (error) {
    if (couchStatus(error) !== 404) throw error;
  }
  const parent = `territory:orp:${territory}`;
  const keys = (docs: { key?: string }[]) =>
    docs.flatMap((doc) => (typeof doc.key === 'string' ? [doc.key] : []));
  const [municipalities, ageGroups, targetGroups] = await Promise.all([
    docsWithPrefix(client, 'territory:municipality:'),
    docsWithPrefix(client, 'taxonomy:age-group:'),
    docsWithPrefix(client, 'taxonomy:target-group:'),
  ]);
  return {
    municipalities: keys(municipalities.filter((doc) => doc.parent === parent)),
    ageGroups: keys(ageGroups),
    targetGroups: keys(targetGroups),
  };
}
