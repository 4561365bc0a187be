// The first page as a first-time visitor loads it: every response to `/` until the network is idle.
import type { Browser, Response } from '@playwright/test';
import { figure, type Figure } from './figure';
import { freshContext } from './browser';
import { sizesOf, sum, type Sizes } from './sizes';

/** Issue 8: the first page ships at most 60 KB of gzipped JavaScript (the stricter reading: 60 000 bytes). */
const JS_GZIP_BUDGET = 60_000;

export interface FirstPage {
	readonly requests: Figure;
	readonly js: { readonly files: number; readonly raw: Figure; readonly gzip: Figure };
	readonly css: { readonly files: number; readonly raw: Figure; readonly gzip: Figure };
	/**
	 * the <style> elements of the page's HTML (the app inlines its first page's CSS), already counted in the document
	 */
	readonly inlineCss: { readonly elements: number; readonly raw: Figure; readonly gzip: Figure };
	/** every response, for finding what grew */
	readonly responses: readonly { url: string; type: string; raw: number; gzip: number }[];
}

type Kind = 'js' | 'css' | 'other';

function kindOf(response: Response): Kind {
	const type = response.request().resourceType();
	const contentType = response.headers()['content-type'] ?? '';
	if (type === 'script' || contentType.includes('javascript')) return 'js';
	if (type === 'stylesheet' || contentType.includes('text/css')) return 'css';
	return 'other';
}

export async function measureFirstPage(browser: Browser, url: string): Promise<FirstPage> {
	const context = await freshContext(browser);
	const page = await context.newPage();
	const pending: Promise<{ url: string; kind: Kind; type: string; sizes: Sizes; body: Buffer }>[] = [];
	page.on('response', (response) => {
		pending.push(
			// body() is the decoded body: its length is the raw size.
			response.body().then((body) => ({
				url: new URL(response.url()).pathname,
				kind: kindOf(response),
				type: response.request().resourceType(),
				sizes: sizesOf(body),
				body
			}))
		);
	});
	await page.goto(url, { waitUntil: 'networkidle' });
	const responses = await Promise.all(pending);
	await context.close();

	const html = responses.find((r) => r.type === 'document')?.body.toString('utf8') ?? '';
	const styles = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((match) =>
		sizesOf(Buffer.from(match[1] ?? ''))
	);
	const inline = sum(styles);

	const ofKind = (kind: Kind) => responses.filter((r) => r.kind === kind);
	const totals = (kind: Kind) => {
		const files = ofKind(kind);
		const total = sum(files.map((r) => r.sizes));
		return { files: files.length, total };
	};
	const js = totals('js');
	const css = totals('css');
	return {
		requests: figure(responses.length, 'requests'),
		js: {
			files: js.files,
			raw: figure(js.total.raw, 'bytes'),
			gzip: figure(js.total.gzip, 'bytes', { max: JS_GZIP_BUDGET })
		},
		css: { files: css.files, raw: figure(css.total.raw, 'bytes'), gzip: figure(css.total.gzip, 'bytes') },
		inlineCss: { elements: styles.length, raw: figure(inline.raw, 'bytes'), gzip: figure(inline.gzip, 'bytes') },
		responses: responses.map((r) => ({ url: r.url, type: r.type, ...r.sizes }))
	};
}
