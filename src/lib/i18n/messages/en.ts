import type { Messages } from './cs';
import common from './en/common';
import sync from './en/sync';
import errors from './en/errors';
import home from './en/home';
import search from './en/search';
import filters from './en/filters';
import relevance from './en/relevance';
import service from './en/service';
import shortlist from './en/shortlist';
import settings from './en/settings';
import report from './en/report';
import about from './en/about';
import accessibility from './en/accessibility';
import auth from './en/auth';
import groups from './en/groups';
import meeting from './en/meeting';
import tasks from './en/tasks';
import conflicts from './en/conflicts';
import planReport from './en/plan-report';
import plan from './en/plan';
import calendar from './en/calendar';
import drafts from './en/drafts';
import detail from './en/detail';
import send from './en/send';
import password from './en/password';
import participation from './en/participation';
import roster from './en/roster';
import surveyAdmin from './en/survey-admin';
import surveyAnswer from './en/survey-answer';

/** English messages: the same shape as Czech, checked by the type. */
export const en: Messages = {
  common,
  sync,
  errors,
  home,
  search,
  filters,
  relevance,
  service,
  shortlist,
  settings,
  report,
  about,
  accessibility,
  auth,
  groups,
  meeting,
  tasks,
  conflicts,
  planReport,
  plan,
  calendar,
  drafts,
  detail,
  send,
  password,
  participation,
  roster,
  surveyAdmin,
  surveyAnswer,
};
