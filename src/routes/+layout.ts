// A static SPA: every route is prerendered as an empty shell and rendered in the browser,
// where the local replica lives.
export const ssr = false;
export const prerender = true;
