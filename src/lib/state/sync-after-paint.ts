/**
 * Runs `task` after the browser has painted: a requestAnimationFrame callback runs just before
 * a frame is painted, and a task queued from it runs after. Hidden tabs get no frames, so they
 * fall back to a plain timeout.
 */
export function afterFirstPaint(task: () => void): void {
  if (typeof requestAnimationFrame !== 'function' || document.visibilityState === 'hidden') {
    setTimeout(task, 0);
    return;
  }
  requestAnimationFrame(() => setTimeout(task, 0));
}
