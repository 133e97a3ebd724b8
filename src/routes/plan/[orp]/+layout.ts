// Per ORP: not prerendered, the SPA fallback serves every plan page.
export const prerender = false;
