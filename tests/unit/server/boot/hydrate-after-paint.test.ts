// The build-time transform that starts prerendered pages' scripts after their first paint: its
// output is run in a sandbox standing in for the browser, to see what it asks for and when.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { hydrateAfterFirstPaint } from '../../../../src/lib/server/boot/hydrate-after-paint';

const sha256 = (text: string): string => createHash('sha256').update(text, 'utf8').digest('base64');

const SCRIPTS = [
	'./_app/immutable/entry/start.A1.js',
	'./_app/immutable/chunks/B2.js',
	'./_app/immutable/chunks/C3.js',
	'./_app/immutable/chunks/D4.js',
	'./_app/immutable/entry/app.E5.js'
];
/** what each script imports, as the build's manifest tells it (the framework imports nothing of ours) */
const IMPORTS: Record<string, string[]> = {
	'./_app/immutable/entry/start.A1.js': ['./_app/immutable/chunks/C3.js'],
	'./_app/immutable/chunks/B2.js': ['./_app/immutable/chunks/C3.js', './_app/immutable/chunks/D4.js'],
	'./_app/immutable/chunks/C3.js': [],
	'./_app/immutable/chunks/D4.js': ['./_app/immutable/chunks/C3.js', './_app/immutable/chunks/F6.js'],
	// imported, yet missing from SvelteKit's list (it does happen)
	'./_app/immutable/chunks/F6.js': [],
	'./_app/immutable/entry/app.E5.js': ['./_app/immutable/chunks/B2.js', './_app/immutable/entry/start.A1.js']
};
const importsOf = (script: string): string[] => IMPORTS[script]!;
/** every script, in an order where importing each evaluates it alone, its imports having come before */
const EVALUATION_ORDER = [
	'./_app/immutable/chunks/C3.js',
	'./_app/immutable/entry/start.A1.js',
	'./_app/immutable/chunks/F6.js',
	'./_app/immutable/chunks/D4.js',
	'./_app/immutable/chunks/B2.js',
	'./_app/immutable/entry/app.E5.js'
];

/** a page as SvelteKit 2 prerenders it; `hydrates` false gives a shell rendered in the browser */
function sveltekitPage(hydrates: boolean): string {
	const start = hydrates
		? `kit.start(app, element, {
							node_ids: [0, 4],
							data: [null,null],
							form: null,
							error: null
						});`
		: 'kit.start(app, element);';
	const boot = `
				{
					__sveltekit_x = {
						base: new URL(".", location).pathname.slice(0, -1)
					};

					const element = document.currentScript.parentElement;

					Promise.all([
						import("./_app/immutable/entry/start.A1.js"),
						import("./_app/immutable/entry/app.E5.js")
					]).then(([kit, app]) => {
						${start}
					});
				}
			`;
	return `<!doctype html><html lang="fr"><head>
		<meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self' 'sha256-${sha256(boot)}'; object-src 'none'">
		${SCRIPTS.map((href) => `<link href="${href}" rel="modulepreload">`).join('\n\t\t')}
		<title>Accueil</title>
	</head><body><div style="display: contents"><main><h1>Bonjour</h1></main>
			<script>${boot}</script>
		</div></body></html>`;
}

function bootScript(html: string): string {
	return /<script>([\s\S]*?)<\/script>/.exec(html)![1]!;
}

/** Runs the boot script against a stand-in browser; `paint()` reports the first contentful paint. */
function runBoot(html: string, { paintTiming = true, modulepreload = true } = {}) {
	const events: string[] = [];
	const timers: (() => void)[] = [];
	let paintObserver:
		((list: { getEntriesByName(name: string): unknown[] }, observer: { disconnect(): void }) => void) | undefined;
	const sandbox = {
		location: new URL('http://localhost/'),
		URL,
		document: {
			currentScript: { parentElement: 'body' },
			head: { append: (link: { rel: string; href: string }) => events.push(`${link.rel} ${link.href}`) },
			createElement: () => ({
				rel: '',
				href: '',
				relList: { supports: (token: string) => modulepreload && token === 'modulepreload' }
			})
		},
		PerformanceObserver: paintTiming
			? class {
					constructor(callback: typeof paintObserver) {
						paintObserver = callback;
					}
					observe(options: { type: string }) {
						if (options.type !== 'paint') throw new TypeError('unsupported');
					}
				}
			: undefined,
		sessionStorage: { getItem: () => events.push('sessionStorage read') && null },
		setTimeout: (callback: (...args: unknown[]) => void, _ms: number, ...args: unknown[]) =>
			timers.push(() => callback(...args)),
		importModule: (href: string) => {
			events.push(`import ${href}`);
			return Promise.resolve({
				start: (_app: unknown, _element: unknown, options?: unknown) =>
					events.push(`start ${options ? 'hydrate' : 'render'}`)
			});
		}
	};
	// a sandboxed script cannot load modules: its import() calls are recorded instead
	runInNewContext(bootScript(html).replaceAll('import(', 'importModule('), sandbox);
	const settle = () => new Promise((resolve) => setImmediate(resolve));
	return {
		events,
		async paint(name = 'first-contentful-paint') {
			paintObserver?.({ getEntriesByName: (asked) => (asked === name ? [{}] : []) }, { disconnect() {} });
			await settle();
		},
		/** runs the timers due so far, as the event loop would between tasks */
		async tick() {
			for (const timer of timers.splice(0)) timer();
			await settle();
		},
		/** runs the tasks until the app starts; the events of each task, in turn */
		async untilStarted(): Promise<string[][]> {
			const perTask: string[][] = [];
			while (!events.some((e) => e.startsWith('start'))) {
				if (perTask.length === 50) throw new Error('the app did not start within 50 tasks');
				const before = events.length;
				await this.tick();
				perTask.push(events.slice(before));
			}
			return perTask;
		}
	};
}

describe('starting a prerendered page after its first paint', () => {
	const page = sveltekitPage(true);
	const deferred = hydrateAfterFirstPaint(page, importsOf);

	it('takes the script requests out of the page head', () => {
		expect(deferred).not.toMatch(/<link[^>]*rel="modulepreload"/);
		expect(deferred).toContain('<title>Accueil</title>');
		expect(deferred).toContain('<main><h1>Bonjour</h1></main>');
	});

	it('allows its new boot script, and only it, by the page’s Content-Security-Policy', () => {
		const csp = /content-security-policy" content="([^"]+)"/.exec(deferred)![1]!;
		expect(csp).toContain(`'sha256-${sha256(bootScript(deferred))}'`);
		expect(csp).not.toContain(`'sha256-${sha256(bootScript(page))}'`);
		expect(csp.match(/'sha256-/g)).toHaveLength(1);
	});

	it('asks for nothing before the first contentful paint, then for every script the page imports, then starts the app', async () => {
		const browser = runBoot(deferred);
		await browser.paint('first-paint');
		expect(browser.events).toEqual([]);
		await browser.paint();
		await browser.untilStarted();
		const preloads = browser.events.filter((e) => e.startsWith('modulepreload'));
		expect(preloads).toEqual(EVALUATION_ORDER.map((href) => `modulepreload ${href}`));
		expect(browser.events.slice(1 + preloads.length)).toEqual([
			...EVALUATION_ORDER.map((href) => `import ${href}`),
			'import ./_app/immutable/entry/start.A1.js',
			'import ./_app/immutable/entry/app.E5.js',
			'start hydrate'
		]);
	});

	it('reads session storage alone in the paint’s task, for SvelteKit, then asks for the scripts, two at most per task', async () => {
		const browser = runBoot(deferred);
		const preloads = () => browser.events.filter((e) => e.startsWith('modulepreload'));
		await browser.paint();
		expect(browser.events).toEqual(['sessionStorage read']);
		await browser.tick();
		expect(preloads()).toHaveLength(2);
		await browser.tick();
		expect(preloads()).toHaveLength(4);
		await browser.tick();
		expect(preloads()).toHaveLength(6);
		await browser.tick();
		expect(preloads()).toHaveLength(6);
	});

	it('evaluates one script per task, each after the scripts it imports', async () => {
		const browser = runBoot(deferred);
		await browser.paint();
		const importedPerTask = (await browser.untilStarted()).map((events) =>
			events.filter((e) => e.startsWith('import'))
		);
		const evaluating = importedPerTask.filter((imports) => imports.length > 0).slice(0, EVALUATION_ORDER.length);
		expect(evaluating).toEqual(EVALUATION_ORDER.map((href) => [`import ${href}`]));
	});

	it('leaves the scripts to SvelteKit’s imports in a browser without modulepreload, which fetch them together', async () => {
		const browser = runBoot(deferred, { modulepreload: false });
		await browser.paint();
		await browser.untilStarted();
		expect(browser.events.filter((e) => e.startsWith('import') || e.startsWith('start'))).toEqual([
			'import ./_app/immutable/entry/start.A1.js',
			'import ./_app/immutable/entry/app.E5.js',
			'start hydrate'
		]);
	});

	it('starts anyway in a browser that reports no paint', async () => {
		const browser = runBoot(deferred, { paintTiming: false });
		await browser.untilStarted();
		expect(browser.events.at(-1)).toBe('start hydrate');
	});

	it('starts once only when both the paint and the fallback timer come', async () => {
		const browser = runBoot(deferred);
		await browser.paint();
		for (let i = 0; i < 20; i++) await browser.tick();
		expect(browser.events.filter((e) => e.startsWith('start'))).toEqual(['start hydrate']);
		expect(browser.events.filter((e) => e.startsWith('modulepreload'))).toHaveLength(EVALUATION_ORDER.length);
	});
});

describe('pages left as SvelteKit made them', () => {
	it('leaves a shell rendered in the browser untouched: nothing is on screen to wait for', () => {
		const shell = sveltekitPage(false);
		expect(hydrateAfterFirstPaint(shell, importsOf)).toBe(shell);
	});

	it('fails the build when SvelteKit’s boot script no longer looks as expected', () => {
		const changed = sveltekitPage(true).replace('Promise.all([', 'Promise.allSettled([');
		expect(() => hydrateAfterFirstPaint(changed, importsOf)).toThrow(/page template has changed/);
	});

	it('fails the build, rather than taking every page for a shell, when the hydration options are renamed', () => {
		const renamed = sveltekitPage(true).replace('node_ids:', 'nodes:');
		expect(() => hydrateAfterFirstPaint(renamed, importsOf)).toThrow(
			/neither hydration options nor a shell’s start/
		);
	});
});

describe('the template it rewrites, in the installed SvelteKit', () => {
	// the strings hydrate-after-paint.ts looks for, as SvelteKit's server renderer writes them
	const kitDir = dirname(createRequire(import.meta.url).resolve('@sveltejs/kit/package.json'));
	const renderer = readFileSync(join(kitDir, 'src/runtime/server/page/render.js'), 'utf8');

	it('still starts the app with one Promise.all over its two imports, then kit.start(app, …)', () => {
		expect(renderer).toContain('? `Promise.all([');
		expect(renderer).toContain('import(${s(prefixed(client.start))}),');
		expect(renderer).toContain('import(${s(prefixed(client.app))})');
		expect(renderer).toContain("kit.start(app, ${args.join(', ')});");
	});

	it('still names the hydration options node_ids and asks for scripts with modulepreload links', () => {
		expect(renderer).toContain('`node_ids: [${');
		expect(renderer).toContain(`head.add_link_tag(path, ['rel="modulepreload"']);`);
	});
});
