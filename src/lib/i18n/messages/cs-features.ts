/**
 * Czech messages of the pages that are not prerendered (results, detail, members' pages): a
 * chunk of its own, loaded by the root layout's `load` before such a page renders, so the
 * catalogue's first paint does not carry them. See ./cs.ts for the bundled group.
 */
import filters from './cs/filters';
import relevance from './cs/relevance';
import service from './cs/service';
import report from './cs/report';
import meeting from './cs/meeting';
import tasks from './cs/tasks';
import conflicts from './cs/conflicts';
import planReport from './cs/plan-report';
import plan from './cs/plan';
import drafts from './cs/drafts';
import detail from './cs/detail';
import send from './cs/send';
import password from './cs/password';
import participation from './cs/participation';
import roster from './cs/roster';
import surveyAdmin from './cs/survey-admin';
import surveyAnswer from './cs/survey-answer';

export const csFeatures = {
  filters,
  relevance,
  service,
  report,
  meeting,
  tasks,
  conflicts,
  planReport,
  plan,
  drafts,
  detail,
  send,
  password,
  participation,
  roster,
  surveyAdmin,
  surveyAnswer,
};
export type FeatureMessages = typeof csFeatures;
