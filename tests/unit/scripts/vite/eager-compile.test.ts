// Which chunks of the browser build ask V8 to compile them whole on arrival: those every start runs.
import type { OutputAsset, OutputBundle, OutputChunk } from 'rollup';
import { describe, expect, it } from 'vitest';
import { EAGER_COMPILE_HINT, eagerCompileStartup, startupChunks } from '../../../../scripts/vite/eager-compile';

function chunk(fileName: string, name: string, moduleIds: string[], imports: string[] = []): OutputChunk {
	return { type: 'chunk', fileName, name, moduleIds, imports } as Partial<OutputChunk> as OutputChunk;
}

const bundle = Object.fromEntries(
	[
		chunk('entry/start.js', 'entry/start', ['/app/node_modules/@sveltejs/kit/src/runtime/client/entry.js'], ['chunks/kit.js']),
		chunk('entry/app.js', 'entry/app', ['/app/.svelte-kit/generated/client-optimized/app.js'], ['chunks/svelte.js']),
		chunk('chunks/kit.js', 'client', ['/app/node_modules/@sveltejs/kit/src/runtime/client/client.js'], ['chunks/svelte.js']),
		chunk('chunks/svelte.js', 'index', ['/app/node_modules/svelte/src/internal/client/index.js']),
		chunk('nodes/0.js', 'nodes/0', ['/app/src/routes/+layout.svelte'], ['chunks/svelte.js', 'chunks/storage.js']),
		chunk('nodes/4.js', 'nodes/4', ['/app/src/routes/+page.svelte'], ['chunks/storage.js']),
		chunk('chunks/storage.js', 'storage', ['/app/src/lib/storage/db.ts']),
		chunk('nodes/7.js', 'nodes/7', ['/app/src/routes/reunion/+page.svelte'], ['chunks/meeting.js', 'chunks/svelte.js']),
		chunk('chunks/meeting.js', 'meeting', ['/app/src/lib/model/meeting.ts']),
		chunk('chunks/pdf.js', 'browser', ['/app/src/lib/report/pdf/browser.ts'])
	].map((output) => [output.fileName, output])
) as OutputBundle;

describe('the chunks every start runs', () => {
	const files = startupChunks(bundle).map((output) => output.fileName);

	it('are SvelteKit’s entries, the root layout, the home page and everything they import', () => {
		expect(files.sort()).toEqual(['chunks/kit.js', 'chunks/storage.js', 'chunks/svelte.js', 'entry/app.js', 'entry/start.js', 'nodes/0.js', 'nodes/4.js']);
	});

	it('leave out the pages opened later and the PDF code, compiled as their functions are first called', () => {
		expect(files).not.toContain('nodes/7.js');
		expect(files).not.toContain('chunks/meeting.js');
		expect(files).not.toContain('chunks/pdf.js');
	});
});

describe('the plugin', () => {
	it('puts the hint on the first line of the start’s chunks only, and shifts their source maps by that line', () => {
		const outputs = Object.fromEntries(
			[
				chunk('entry/start.js', 'entry/start', ['/app/node_modules/@sveltejs/kit/src/runtime/client/entry.js']),
				chunk('nodes/7.js', 'nodes/7', ['/app/src/routes/reunion/+page.svelte'])
			].map((output) => [output.fileName, { ...output, code: 'const __vite__mapDeps=0;import"../../vite/x.js";' }])
		) as OutputBundle;
		outputs['entry/start.js.map'] = { type: 'asset', fileName: 'entry/start.js.map', source: JSON.stringify({ version: 3, mappings: 'AAAA,CAAC' }) } as Partial<OutputAsset> as OutputAsset;
		const { handler } = eagerCompileStartup().generateBundle as { handler: (options: unknown, bundle: OutputBundle) => void };
		handler({}, outputs);

		const code = (file: string) => (outputs[file] as OutputChunk).code;
		expect(code('entry/start.js')).toBe(`${EAGER_COMPILE_HINT}const __vite__mapDeps=0;import"../../vite/x.js";`);
		expect(code('entry/start.js').split('\n')[0]).toBe('//# allFunctionsCalledOnLoad');
		expect(code('nodes/7.js')).not.toContain('allFunctionsCalledOnLoad');
		expect(JSON.parse(String((outputs['entry/start.js.map'] as OutputAsset).source))).toEqual({ version: 3, mappings: ';AAAA,CAAC' });
	});
});
