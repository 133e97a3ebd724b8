// One page per service id: not prerendered, the SPA fallback serves it.
export const prerender = false;
