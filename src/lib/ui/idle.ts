/**
 * Runs `task` once the browser has nothing more pressing to do, so that work the page does not need
 * at once stays out of the tasks that make it interactive. Safari has no requestIdleCallback: a
 * timeout still puts the task after the current one.
 */
export function whenIdle(task: () => void): void {
	if (typeof requestIdleCallback === 'function') requestIdleCallback(task, { timeout: 2000 });
	else setTimeout(task, 1);
}
