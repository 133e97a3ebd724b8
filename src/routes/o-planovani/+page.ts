// A public page: prerendered with its Czech content, so the first paint needs no script
// (the root layout keeps every other route a client-rendered shell).
export const ssr = true;
