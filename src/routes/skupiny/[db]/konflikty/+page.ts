// Per group (and meeting): not prerendered, the SPA fallback serves it.
export const prerender = false;
