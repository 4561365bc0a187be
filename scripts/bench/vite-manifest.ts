// Finding a source module's chunk in Vite's client build manifest (read by src/lib/server/boot/vite-manifest.ts).
import { basename } from 'node:path';
import type { Manifest } from '../../src/lib/server/boot/vite-manifest';

/** The manifest key of the chunk a source module became. Vite keys a chunk by its source module,
 * but when Rollup merges small chunks into it (`experimentalMinChunkSize`) the chunk loses that
 * facade and is keyed `_<file>`, keeping the module's name: then it is the one dynamic entry of that name. */
export function chunkKeyOf(manifest: Manifest, source: string): string | undefined {
	if (manifest[source]) return source;
	const name = basename(source).replace(/\.[^.]+$/, '');
	const named = Object.keys(manifest).filter(
		(key) => key.startsWith('_') && manifest[key]!.name === name && manifest[key]!.isDynamicEntry
	);
	return named.length === 1 ? named[0] : undefined;
}
