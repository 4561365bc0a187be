// Runs poppler-utils on a PDF file and reads the word boxes of `pdftotext -bbox-layout`.
import { execFileSync } from 'node:child_process';

export function run(tool: string, ...args: string[]): string {
	return execFileSync(tool, args, { encoding: 'utf8' });
}

export interface Box {
	readonly xMin: number;
	readonly yMin: number;
	readonly xMax: number;
	readonly yMax: number;
}

export interface PageLayout {
	readonly width: number;
	readonly height: number;
	readonly lines: readonly (Box & { readonly text: string })[];
	readonly words: readonly (Box & { readonly text: string })[];
}

function box(attributes: string): Box {
	const value = (name: string): number => Number(new RegExp(`${name}="([\\d.]+)"`).exec(attributes)?.[1]);
	return { xMin: value('xMin'), yMin: value('yMin'), xMax: value('xMax'), yMax: value('yMax') };
}

/** pages in points, origin top left */
export function layout(pdfPath: string): PageLayout[] {
	const html = run('pdftotext', '-bbox-layout', '-enc', 'UTF-8', pdfPath, '-');
	return [...html.matchAll(/<page width="([\d.]+)" height="([\d.]+)">([\s\S]*?)<\/page>/g)].map(
		([, width, height, body]) => {
			const lines = [...(body ?? '').matchAll(/<line ([^>]*)>([\s\S]*?)<\/line>/g)].map(([, attrs, inner]) => ({
				...box(attrs ?? ''),
				text: [...(inner ?? '').matchAll(/<word [^>]*>([^<]*)<\/word>/g)].map((w) => w[1]).join(' ')
			}));
			const words = [...(body ?? '').matchAll(/<word ([^>]*)>([^<]*)<\/word>/g)].map(([, attrs, text]) => ({
				...box(attrs ?? ''),
				text: text ?? ''
			}));
			return { width: Number(width), height: Number(height), lines, words };
		}
	);
}

/** the document's bookmarks, as poppler reads them: title and the page each opens */
export function outline(pdfPath: string): { title: string; page: number }[] {
	const xml = run('pdftohtml', '-xml', '-stdout', '-i', '-q', pdfPath);
	const entities: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };
	return [...xml.matchAll(/<item page="(\d+)">([^<]*)<\/item>/g)].map(([, page, title]) => ({
		title: (title ?? '').replace(/&(amp|lt|gt|quot|#39);/g, (e) => entities[e] ?? e),
		page: Number(page)
	}));
}
