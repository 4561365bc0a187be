// Vite's client build manifest: which source module became which file, and what each chunk imports.
import { readFileSync } from 'node:fs';
import { viteManifest } from './paths';

export interface Chunk {
	readonly file: string;
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
