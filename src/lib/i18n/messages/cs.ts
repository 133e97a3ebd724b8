/**
 * Czech messages, the source of truth for keys. One namespace per feature, each in its own file
 * under ./cs/ (and ./en/), so features can be added without touching each other's texts.
 */
import common from './cs/common';
import sync from './cs/sync';
import home from './cs/home';
import search from './cs/search';
import filters from './cs/filters';
import service from './cs/service';
import shortlist from './cs/shortlist';
import settings from './cs/settings';
import report from './cs/report';
import about from './cs/about';
import accessibility from './cs/accessibility';
import auth from './cs/auth';
import groups from './cs/groups';
import meeting from './cs/meeting';
import tasks from './cs/tasks';
import conflicts from './cs/conflicts';
import planReport from './cs/plan-report';
import plan from './cs/plan';
import calendar from './cs/calendar';

export const cs = {
  common,
  sync,
  home,
  search,
  filters,
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
};
export type Messages = typeof cs;
