import { SERVICE_ID_PREFIX } from '$domain/catalog/service.types';
import { SEARCH_PARAM } from '$lib/search/search-params';

/**
 * The detail page's path for a service id: `/sluzba/<id without "service:">`, plus the user's
 * selected life situations (`?situace=…`), so the page can say why the service matches them.
 * The prefix is dropped because a colon in a path segment reads badly in shared links.
 */
export function serviceHref(serviceId: string, lifeSituations: readonly string[] = []): string {
  const slug = serviceId.startsWith(SERVICE_ID_PREFIX)
    ? serviceId.slice(SERVICE_ID_PREFIX.length)
    : serviceId;
  const params = new URLSearchParams();
  for (const key of lifeSituations) params.append(SEARCH_PARAM.lifeSituation, key);
  const query = params.toString();
  return `/sluzba/${encodeURIComponent(slug)}${query ? `?${query}` : ''}`;
}

/** The service id from the detail page's path parameter. */
export function serviceIdFromSlug(slug: string): string {
  // Links that carry the whole id (`/sluzba/service%3A…`) work too.
  return slug.startsWith(SERVICE_ID_PREFIX) ? slug : `${SERVICE_ID_PREFIX}${slug}`;
}
