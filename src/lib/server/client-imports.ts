// Which scripts a script of the client build imports, read from the manifest Vite writes with the
// build. Only prerendering uses it: the client is built by then.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

interface ManifestChunk {
	file: string;
	imports?: string[];
}

const MANIFEST = join(process.cwd(), '.svelte-kit', 'output', 'client', '.vite', 'manifest.json');

let chunks: ManifestChunk[] | undefined;

function manifestChunks(): ManifestChunk[] {
	if (!chunks) {
		const manifest = JSON.parse(readFileSync(MANIFEST, 'utf8')) as Record<string, ManifestChunk>;
		chunks = Object.values(manifest).map(({ file, imports = [] }) => ({ file, imports: imports.map((key) => manifest[key]!.file) }));
	}
	return chunks;
}

/** the scripts `script` imports, written relative to the page as `script` is (`./_app/…`) */
export function clientImportsOf(script: string): string[] {
	const chunk = manifestChunks().find(({ file }) => script.endsWith(`/${file}`));
	if (!chunk) throw new Error(`client-imports: ${script} is not in ${MANIFEST}`);
	const prefix = script.slice(0, script.length - chunk.file.length);
	return chunk.imports!.map((file) => prefix + file);
}
