// What loads only on demand: the PDF renderer's chunks (behind dynamic imports of src/lib/report/pdf/
// modules) and the embedded font. Read from Vite's client manifest, sized from build/.
import { existsSync, readdirSync } from 'node:fs';
import { absent, figure, type Figure } from './figure';
import { readViteManifest, type Manifest } from '../../src/lib/server/boot/vite-manifest';
import { buildDir, root, viteManifest } from './paths';
import { PDF_BROWSER } from './pdf-contract';
import { sizesOfFile, sum, type Sizes } from './sizes';
import { chunkKeyOf } from './vite-manifest';

export interface LazyFiles {
	readonly files: readonly ({ file: string } & Sizes)[];
	readonly raw: Figure;
	readonly gzip: Figure;
}

const PDF_DIR = 'src/lib/report/pdf/';

/** A chunk of the PDF code: keyed by its source under PDF_DIR, or the renderer's merged chunk. */
function pdfModuleTest(manifest: Manifest): (key: string) => boolean {
	const rendererKey = chunkKeyOf(manifest, PDF_BROWSER);
	return (key) => key.startsWith(PDF_DIR) || key === rendererKey;
}

/** Keys reachable from `starts`, following static imports and the dynamic imports `follow` allows. */
function closure(manifest: Manifest, starts: readonly string[], follow: (target: string) => boolean): Set<string> {
	const seen = new Set<string>();
	const queue = [...starts];
	while (queue.length > 0) {
		const key = queue.pop()!;
		if (seen.has(key)) continue;
		seen.add(key);
		const chunk = manifest[key];
		if (!chunk) continue;
		queue.push(...(chunk.imports ?? []), ...(chunk.dynamicImports ?? []).filter(follow));
	}
	return seen;
}

/** Chunks reachable only through a dynamic import of a PDF module: whatever the rest of the app
 * reaches without crossing such an import is not lazy, even if the PDF code also uses it. */
export function pdfOnlyChunks(manifest: Manifest): string[] {
	const isPdfModule = pdfModuleTest(manifest);
	const pdfEntries = Object.keys(manifest).filter((key) => isPdfModule(key) && manifest[key]!.isDynamicEntry);
	const appEntries = Object.keys(manifest).filter((key) => manifest[key]!.isEntry && !isPdfModule(key));
	const eager = closure(manifest, appEntries, (target) => !isPdfModule(target));
	return [...closure(manifest, pdfEntries, () => true)].filter((key) => !eager.has(key));
}

function filesOf(manifest: Manifest, keys: readonly string[]): string[] {
	const files = keys.flatMap((key) => {
		const chunk = manifest[key];
		return chunk ? [chunk.file, ...(chunk.css ?? []), ...(chunk.assets ?? [])] : [];
	});
	return [...new Set(files)].sort();
}

function sized(files: readonly string[]): LazyFiles {
	const each = files.map((file) => ({ file, ...sizesOfFile(`${buildDir}/${file}`) }));
	const total = sum(each);
	return { files: each, raw: figure(total.raw, 'bytes'), gzip: figure(total.gzip, 'bytes') };
}

function missing(note: string): LazyFiles {
	return { files: [], raw: absent('bytes', note), gzip: absent('bytes', note) };
}

const NOT_LAZY = `${PDF_BROWSER} exists but no dynamic import loads it: it is unused, or bundled into an eager chunk`;

export function measurePdfChunks(): LazyFiles {
	if (!existsSync(`${root}${PDF_BROWSER}`)) {
		return missing(`${PDF_BROWSER} is absent: this tree has no PDF renderer yet`);
	}
	const manifest = readViteManifest(viteManifest);
	const rendererKey = chunkKeyOf(manifest, PDF_BROWSER);
	if (!rendererKey || !manifest[rendererKey]!.isDynamicEntry) return missing(NOT_LAZY);
	return sized(filesOf(manifest, pdfOnlyChunks(manifest)));
}

function walk(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
		entry.isDirectory() ? walk(`${dir}/${entry.name}`) : [`${dir}/${entry.name}`]
	);
}

/** Fonts wherever they land (hashed asset or static/ file): every .ttf of the build. */
export function measureFonts(): LazyFiles {
	const fonts = walk(buildDir)
		.filter((path) => path.endsWith('.ttf'))
		.map((path) => path.slice(buildDir.length + 1));
	return fonts.length > 0
		? sized(fonts.sort())
		: missing('no .ttf font in build/: the PDF renderer has not added one yet');
}
