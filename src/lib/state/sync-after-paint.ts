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

/**
 * Settles in a new task, so the work after it does not lengthen the current one (a long task
 * blocks input on a slow phone; Lighthouse counts every one over 50 ms as blocking).
 */
export function nextTask(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}
