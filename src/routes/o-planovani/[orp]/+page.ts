// One page per ORP code: not prerendered, the SPA fallback serves it.
export const prerender = false;
