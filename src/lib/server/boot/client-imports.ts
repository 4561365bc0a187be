// Which scripts a script of the client build imports, read from the manifest Vite writes with the
// build. Only prerendering uses it: the client is built by then.
import { join } from 'node:path';
import { readViteManifest, type Manifest } from './vite-manifest';

const MANIFEST = join(process.cwd(), '.svelte-kit', 'output', 'client', '.vite', 'manifest.json');

/**
 * `importsOf(script)`: the scripts `script` imports statically, written as `script` is (relative
 * to the page, `./_app/…`, or from the root, `/_app/…`).
 */
export function importsInManifest(manifest: Manifest): (script: string) => string[] {
	const chunks = Object.values(manifest);
	return (script) => {
		const chunk = chunks.find(({ file }) => script.endsWith(`/${file}`));
		if (!chunk) throw new Error(`client-imports: ${script} is not in the build's manifest`);
		const prefix = script.slice(0, script.length - chunk.file.length);
		return (chunk.imports ?? []).map((key) => prefix + manifest[key]!.file);
	};
}

let fromBuild: ((script: string) => string[]) | undefined;

/** `importsInManifest` for the client just built */
export function clientImportsOf(script: string): string[] {
	fromBuild ??= importsInManifest(readViteManifest(MANIFEST));
	return fromBuild(script);
}
