// Prerendered pages (home, privacy) arrive readable: their scripts only make them interactive.
// SvelteKit asks for every script in <head> (modulepreload) and starts the app while the HTML is
// parsed, so on a slow two-core laptop fetching and compiling a dozen scripts competes with the
// first layout and holds back the first paint (Lighthouse LCP 1.43–1.90 s in paired runs, 0.91–0.94 s
// with this). For the pages it hydrates, this build-time transform moves both until the first
// contentful paint, then evaluates the scripts one per task before handing them to SvelteKit;
// shells rendered in the browser start as before, since nothing is on screen before their scripts
// run.
import { createHash } from 'node:crypto';

const MODULEPRELOAD = /<link href="([^"]+)" rel="modulepreload">/g;
const INLINE_SCRIPT = /<script>([\s\S]*?)<\/script>/g;
const IMPORTS_START = 'Promise.all([';
const IMPORTS_END = '])';
/** SvelteKit's boot script passes these only when it hydrates server-rendered markup */
const HYDRATES = 'node_ids:';
/** a shell's boot script starts the app with no hydration options */
const SHELL_START = 'kit.start(app, element);';

/**
 * Runs in the page, inlined by its source text: resolves once the first contentful paint is on
 * screen, having asked for the scripts so that they arrive together. A hidden tab reports its paint
 * when it is shown; browsers that report none (Safari before 14.1) start after three seconds.
 * SvelteKit's client reads session storage (scroll positions, snapshots) as it is evaluated, and a
 * page's first read waits for the browser to load that storage: 8 to 25 ms in profiles here. Read
 * first, in a task of its own, it lengthens no other.
 */
function afterFirstPaint(scripts: readonly string[]): Promise<void> {
	return new Promise((resolve) => {
		let started = false;
		// each request costs the main thread up to five milliseconds on a slow laptop: two per task
		// keep every task short
		const preload = (from: number): void => {
			for (const href of scripts.slice(from, from + 2)) {
				const link = document.createElement('link');
				link.rel = 'modulepreload';
				link.href = href;
				document.head.append(link);
			}
			if (from + 2 < scripts.length) setTimeout(preload, 0, from + 2);
			else resolve();
		};
		const start = (): void => {
			if (started) return;
			started = true;
			try {
				sessionStorage.getItem('');
			} catch {
				// storage disabled: SvelteKit copes, and so does the page
			}
			setTimeout(preload, 0, 0);
		};
		try {
			new PerformanceObserver((entries, observer) => {
				if (entries.getEntriesByName('first-contentful-paint').length === 0) return;
				observer.disconnect();
				start();
			}).observe({ type: 'paint', buffered: true });
		} catch {
			start();
		}
		setTimeout(start, 3000);
	});
}

/**
 * Runs in the page like `afterFirstPaint`: imports the scripts one after the other, a task apart.
 * Given each after those it imports, every import evaluates a single module (two chunks importing
 * each other are evaluated together), so that evaluating them adds no long task to the start,
 * none to hold up a tap or a keystroke. `load` is the page's own `import()`, written out in the generated script
 * where the bundler cannot rewrite it. A browser without modulepreload (Safari before 17, Firefox
 * before 115) has not asked for the scripts yet: importing them in turn would fetch them one after
 * the other, so it leaves them to SvelteKit's imports, which fetch them together.
 */
function evaluateInTurn(scripts: readonly string[], load: (href: string) => Promise<unknown>): Promise<void> {
	if (!document.createElement('link').relList.supports('modulepreload')) return Promise.resolve();
	return scripts.reduce<Promise<void>>(
		(previous, href) =>
			previous.then(() => load(href)).then(() => new Promise<void>((resolve) => setTimeout(resolve, 0))),
		Promise.resolve()
	);
}

/**
 * `scripts` and every script they import, directly or not, each after the scripts it imports.
 * SvelteKit's list for a page can miss a chunk its layout imports (one it first met as a dynamic
 * import's dependency): left out, it would be asked for only when its importer runs, one more
 * round trip on a slow connection before the page responds.
 */
export function dependenciesFirst(
	scripts: readonly string[],
	importsOf: (script: string) => readonly string[]
): string[] {
	const ordered: string[] = [];
	const visited = new Set<string>();
	const visit = (script: string): void => {
		if (visited.has(script)) return;
		visited.add(script);
		importsOf(script).forEach(visit);
		ordered.push(script);
	};
	scripts.forEach(visit);
	return ordered;
}

function sha256(text: string): string {
	return createHash('sha256').update(text, 'utf8').digest('base64');
}

function fail(reason: string): never {
	throw new Error(
		`hydrate-after-paint: ${reason} — SvelteKit's page template has changed; see src/lib/server/boot/README.md`
	);
}

/**
 * `html` with its app started after the first paint, or unchanged when it is a shell. `importsOf`
 * gives the scripts a script imports, written as the page writes them.
 */
export function hydrateAfterFirstPaint(html: string, importsOf: (script: string) => readonly string[]): string {
	const inlineScripts = [...html.matchAll(INLINE_SCRIPT)];
	const boot = inlineScripts.find(([, body]) => body!.includes(IMPORTS_START));
	if (!boot) fail('no boot script');
	const body = boot[1]!;
	if (!body.includes(HYDRATES)) {
		// recognised, not assumed: were Kit to rename its options, every page would pass for a shell
		if (!body.includes(SHELL_START)) fail('neither hydration options nor a shell’s start');
		return html;
	}
	if (inlineScripts.length !== 1) fail(`${inlineScripts.length} inline scripts where one was expected`);

	const start = body.indexOf(IMPORTS_START);
	const end = body.indexOf(IMPORTS_END, start);
	if (end < 0 || body.indexOf(IMPORTS_START, start + 1) >= 0) fail('the imports are not one Promise.all([…])');
	const preloads = [...html.matchAll(MODULEPRELOAD)].map(([, href]) => href!);
	if (preloads.length === 0) fail('no modulepreload link');
	const scripts = dependenciesFirst(preloads, importsOf);
	const deferred =
		body.slice(0, start) +
		`((scripts) => (${afterFirstPaint.toString()})(scripts)` +
		`.then(() => (${evaluateInTurn.toString()})(scripts, (href) => import(href))))(${JSON.stringify(scripts)})` +
		// the modules are all evaluated by now: this only hands them to SvelteKit
		`.then(() => ${body.slice(start, end + IMPORTS_END.length)})` +
		body.slice(end + IMPORTS_END.length);

	// the page's Content-Security-Policy allows the inline script by its hash
	const hash = `'sha256-${sha256(body)}'`;
	if (!html.includes(hash)) fail('no CSP hash for the boot script');
	return html
		.replace(MODULEPRELOAD, '')
		.replace(boot[0], () => `<script>${deferred}</script>`)
		.replace(hash, () => `'sha256-${sha256(deferred)}'`);
}
