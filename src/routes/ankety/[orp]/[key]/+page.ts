// One page per survey: not prerendered, the SPA fallback serves it (also offline).
export const prerender = false;
