// Reading what a script imports from Vite's manifest, written as the page writes its scripts.
import { describe, expect, it } from 'vitest';
import { importsInManifest } from '../../../../src/lib/server/boot/client-imports';
import type { Manifest } from '../../../../src/lib/server/boot/vite-manifest';

const manifest: Manifest = {
	'.svelte-kit/generated/client-optimized/nodes/0.js': {
		file: '_app/immutable/nodes/0.A1.js',
		imports: ['_B2.js', '_C3.js'],
		dynamicImports: ['src/lib/components/UpdateBanner.svelte']
	},
	'_B2.js': { file: '_app/immutable/chunks/B2.js', imports: ['_C3.js'] },
	'_C3.js': { file: '_app/immutable/chunks/C3.js' },
	'src/lib/components/UpdateBanner.svelte': { file: '_app/immutable/chunks/D4.js', isDynamicEntry: true }
};
const importsOf = importsInManifest(manifest);

describe('the imports of a client script', () => {
	it('are its static imports only, written like the script: relative to the page or from the root', () => {
		expect(importsOf('./_app/immutable/nodes/0.A1.js')).toEqual([
			'./_app/immutable/chunks/B2.js',
			'./_app/immutable/chunks/C3.js'
		]);
		expect(importsOf('../_app/immutable/chunks/B2.js')).toEqual(['../_app/immutable/chunks/C3.js']);
		expect(importsOf('/_app/immutable/chunks/C3.js')).toEqual([]);
	});

	it('fail the build for a script the manifest does not know', () => {
		expect(() => importsOf('./_app/immutable/chunks/Z9.js')).toThrow(/not in the build's manifest/);
	});
});
