import DOMPurify from 'dompurify';
import { marked } from 'marked';

/**
 * Minutes notes are Markdown typed by members; rendered HTML is always sanitised (DOMPurify
 * after marked), because notes replicate between people and must never carry a script.
 */
export function renderNotes(markdown: string): string {
  const html = marked.parse(markdown, { async: false, gfm: true, breaks: true });
  return DOMPurify.sanitize(html, { USE_PROFILES: { html: true } });
}
