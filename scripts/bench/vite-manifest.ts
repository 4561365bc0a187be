// Vite's client build manifest: which source module became which file, and what each chunk imports.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { viteManifest } from './paths';

export interface Chunk {
	readonly file: string;
	readonly name?: string;
	readonly isEntry?: boolean;
	readonly isDynamicEntry?: boolean;
	readonly imports?: readonly string[];
	readonly dynamicImports?: readonly string[];
	readonly css?: readonly string[];
	readonly assets?: readonly string[];
}
export type Manifest = Readonly<Record<string, Chunk>>;

export function readViteManifest(): Manifest {
	return JSON.parse(readFileSync(viteManifest, 'utf8')) as Manifest;
}

/** The manifest key of the chunk a source module became. Vite keys a chunk by its source module,
 * but when Rollup merges small chunks into it (`experimentalMinChunkSize`) the chunk loses that
 * facade and is keyed `_<file>`, keeping the module's name: then it is the one dynamic entry of that name. */
export function chunkKeyOf(manifest: Manifest, source: string): string | undefined {
	if (manifest[source]) return source;
	const name = basename(source).replace(/\.[^.]+$/, '');
	const named = Object.keys(manifest).filter((key) => key.startsWith('_') && manifest[key]!.name === name && manifest[key]!.isDynamicEntry);
	return named.length === 1 ? named[0] : undefined;
}
