/**
 * Runs `task` once the browser has nothing more pressing to do, so that work the page does not need
 * at once stays out of the tasks that make it interactive. The task is told how long the idle moment
 * lasts, when the browser says so. Safari has no requestIdleCallback: a timeout still puts the task
 * after the current one.
 */
export function whenIdle(task: (deadline?: IdleDeadline) => void): void {
	if (typeof requestIdleCallback === 'function') requestIdleCallback(task, { timeout: 2000 });
	else setTimeout(task, 1);
}
