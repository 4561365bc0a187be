// Vite's client build manifest: which source module became which file, and what each chunk
// imports. Read at build time by the page transform and by the bench, never in the browser.
import { readFileSync } from 'node:fs';

export interface Chunk {
	readonly file: string;
	readonly name?: string;
	readonly isEntry?: boolean;
	readonly isDynamicEntry?: boolean;
	/** manifest keys of the chunks it imports statically */
	readonly imports?: readonly string[];
	readonly dynamicImports?: readonly string[];
	readonly css?: readonly string[];
	readonly assets?: readonly string[];
}
export type Manifest = Readonly<Record<string, Chunk>>;

export function readViteManifest(path: string): Manifest {
	return JSON.parse(readFileSync(path, 'utf8')) as Manifest;
}
