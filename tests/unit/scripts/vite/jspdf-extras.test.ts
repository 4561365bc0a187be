// The stub for jsPDF's unused extras (scripts/vite/fenced/): it stands in only for what jsPDF's browser
// build imports, as it imports it, and the build fails when that changes.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { JSPDF_EXTRAS, STUB, stubFor, stubJsPdfExtras } from '../../../../scripts/vite/fenced/jspdf-extras';

const jspdfDir = dirname(createRequire(import.meta.url).resolve('jspdf/package.json'));
const jspdfPackage = JSON.parse(readFileSync(join(jspdfDir, 'package.json'), 'utf8')) as {
	version: string;
	exports: { '.': { browser: string } };
	dependencies: Record<string, string>;
	optionalDependencies: Record<string, string>;
};
const browserBuild = readFileSync(join(jspdfDir, jspdfPackage.exports['.'].browser), 'utf8');

/** `import{a as b,c}from"x"` → x: [a, c]; `import d from"x"` → x: [default] */
function staticImports(code: string): Map<string, string[]> {
	const imports = new Map<string, string[]>();
	for (const [, bindings, source] of code.matchAll(/import\s*(\{[^}]*\}|[\w$]+)\s*from\s*"([^"]+)"/g)) {
		const names = bindings!.startsWith('{')
			? bindings!
					.slice(1, -1)
					.split(',')
					.map((b) => b.trim().split(/\s+as\s+/)[0]!)
			: ['default'];
		imports.set(source!, [...(imports.get(source!) ?? []), ...names]);
	}
	return imports;
}
const dynamicImports = (code: string): string[] =>
	[...code.matchAll(/import\("([^"]+)"\)/g)].map(([, source]) => source!);

describe('what jsPDF imports for features the reports never use', () => {
	it('is the version the stub was written against, its browser build the ES module', () => {
		expect(jspdfPackage.version).toBe('4.2.0');
		expect(jspdfPackage.exports['.'].browser).toBe('./dist/jspdf.es.min.js');
	});

	it('html2canvas, canvg and dompurify: optional dependencies, imported only dynamically (doc.html(), SVG)', () => {
		const optional = ['html2canvas', 'canvg', 'dompurify'];
		expect(Object.keys(jspdfPackage.optionalDependencies)).toEqual(expect.arrayContaining(optional));
		expect(dynamicImports(browserBuild).sort()).toEqual([...optional].sort());
		for (const name of optional) expect(staticImports(browserBuild).has(name)).toBe(false);
	});

	it('fast-png and fflate: imported statically for decode (PNG images) and zlibSync (its own compression) only', () => {
		const imports = staticImports(browserBuild);
		expect(imports.get('fast-png')).toEqual(JSPDF_EXTRAS['fast-png']);
		expect(imports.get('fflate')).toEqual(JSPDF_EXTRAS.fflate);
		// nothing else besides Babel's helpers: a new import would be a new feature to look at
		expect([...imports.keys()].filter((source) => !source.startsWith('@babel/runtime/')).sort()).toEqual([
			'fast-png',
			'fflate'
		]);
	});
});

describe('the stub', () => {
	it('exports every binding jsPDF imports, each throwing when called', async () => {
		const stub = (await import(/* @vite-ignore */ STUB)) as Record<string, unknown>;
		for (const bindings of Object.values(JSPDF_EXTRAS))
			for (const binding of bindings) expect(stub).toHaveProperty(binding);
		expect(() => (stub.decode as () => void)()).toThrow(/fast-png is left out of the build/);
		expect(() => (stub.zlibSync as () => void)()).toThrow(/fflate is left out of the build/);
	});

	it('stands in for them when jsPDF imports them, and for no other importer', () => {
		const fromJsPdf = join(jspdfDir, 'dist', 'jspdf.es.min.js');
		for (const name of Object.keys(JSPDF_EXTRAS)) expect(stubFor(name, fromJsPdf)).toBe(STUB);
		expect(stubFor('fflate', '/app/node_modules/some-zip-library/index.js')).toBeUndefined();
		expect(stubFor('dompurify', '/app/src/lib/ui/sanitise.ts')).toBeUndefined();
		expect(stubFor('jspdf', '/app/src/lib/report/pdf/render.ts')).toBeUndefined();
	});
});

describe('the plugin', () => {
	type Hooks = {
		resolveId: (source: string, importer?: string) => string | undefined;
		buildStart: () => void;
		buildEnd: (error?: Error) => void;
	};
	const context = {
		warn: (): void => undefined,
		error: (message: string): never => {
			throw new Error(message);
		}
	};
	const run = (imported: readonly string[]): void => {
		const plugin = stubJsPdfExtras() as unknown as Hooks;
		plugin.buildStart.call(context);
		for (const name of imported) plugin.resolveId.call(context, name, join(jspdfDir, 'dist', 'jspdf.es.min.js'));
		plugin.buildEnd.call(context);
	};

	it('lets the build end when jsPDF imported all five', () => {
		expect(() => run(Object.keys(JSPDF_EXTRAS))).not.toThrow();
	});

	it('fails the build, naming it, when jsPDF no longer imports one of them', () => {
		expect(() => run(Object.keys(JSPDF_EXTRAS).filter((name) => name !== 'canvg'))).toThrow(
			/jsPDF no longer imports canvg/
		);
	});
});
