/**
 * Czech messages, the source of truth for keys. One namespace per feature, each in its own file
 * under ./cs/ (and ./en/), so features can be added without touching each other's texts.
 *
 * Two groups, because Czech is on the catalogue's critical path (bench:load):
 *   - here, bundled: what the header, footer, home, the accessibility statement and the planning
 *     index render (they are prerendered and must hydrate with their texts at hand);
 *   - ./cs-features.ts, loaded by the root layout before any other route renders. Register a
 *     new feature's namespace THERE unless one of the pages above shows it.
 */
import type { FeatureMessages } from './cs-features';
import common from './cs/common';
import sync from './cs/sync';
import errors from './cs/errors';
import home from './cs/home';
import search from './cs/search';
import shortlist from './cs/shortlist';
import settings from './cs/settings';
import about from './cs/about';
import accessibility from './cs/accessibility';
import auth from './cs/auth';
import groups from './cs/groups';
import calendar from './cs/calendar';

export const cs = {
  common,
  sync,
  errors,
  home,
  search,
  shortlist,
  settings,
  about,
  accessibility,
  auth,
  groups,
  calendar,
};
export type Messages = typeof cs & FeatureMessages;
