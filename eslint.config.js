// ESLint as `sv add eslint` sets it up (JavaScript, TypeScript and Svelte recommended rules, Prettier
// for layout), plus the rule that keeps the layers in one direction:
//   content → engine and model → storage, report → state → UI (routes, components, ui helpers).
// The UI reaches the layers only through their entries ($lib/content, $lib/engine, $lib/model,
// $lib/report, $lib/state, $lib/pwa, and its own helpers' $lib/ui), never their internals, and never storage.
import { includeIgnoreFile } from '@eslint/compat';
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import svelte from 'eslint-plugin-svelte';
import { defineConfig } from 'eslint/config';
import globals from 'globals';
import { fileURLToPath } from 'node:url';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

const gitignorePath = fileURLToPath(new URL('./.gitignore', import.meta.url));

const LAYERS = ['content', 'engine', 'model', 'storage', 'report', 'state', 'pwa', 'ui', 'components', 'server'];

/** Patterns for imports of the given layers, written relatively (`../engine/…`) or through `$lib`. */
function layerImports(layers, { internalsOnly = false } = {}) {
	return layers.flatMap((layer) =>
		internalsOnly
			? [`$lib/${layer}/*`, `../${layer}/*`, `../../${layer}/*`]
			: [`$lib/${layer}`, `$lib/${layer}/*`, `../${layer}`, `../${layer}/*`, `../../${layer}`, `../../${layer}/*`]
	);
}

/** The layers a folder of src/lib may not import, with why. */
function forbid(files, layers, why, extra = []) {
	return {
		files,
		rules: {
			'no-restricted-imports': [
				'error',
				{
					patterns: [{ group: layerImports(layers), message: why }, ...extra],
					paths: [
						...(files.some((f) => f.includes('storage'))
							? []
							: [{ name: 'idb', message: 'Only src/lib/storage talks to IndexedDB.' }]),
						...(files.some((f) => f.includes('report'))
							? []
							: [{ name: 'jspdf', message: 'Only src/lib/report/pdf draws PDFs.' }])
					]
				}
			]
		}
	};
}

const without = (...names) => LAYERS.filter((layer) => !names.includes(layer));
const appModules = { group: ['$app/*'], message: 'Only the UI knows SvelteKit.' };

export default defineConfig(
	includeIgnoreFile(gitignorePath),
	{ ignores: ['**/*.tmp.ts', 'static/**'] },
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	prettier,
	...svelte.configs.prettier,
	{
		languageOptions: { globals: { ...globals.browser, ...globals.node } },
		rules: {
			// typescript-eslint's advice: TypeScript itself checks undefined names
			'no-undef': 'off',
			// French puts no-break spaces before « : ; ? ! % » and inside « »: in text they are meant
			'no-irregular-whitespace': ['error', { skipStrings: true, skipComments: true, skipTemplates: true }],
			'@typescript-eslint/no-unused-vars': [
				'error',
				{ argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }
			],
			'max-len': [
				'error',
				{
					// 120 characters, a tab being one (Prettier lays out at 120 columns with tabs of 4)
					code: 120,
					tabWidth: 1,
					ignoreUrls: true,
					ignoreStrings: true,
					ignoreTemplateLiterals: true,
					ignoreRegExpLiterals: true
				}
			]
		}
	},
	{
		files: ['**/*.svelte', '**/*.svelte.ts', '**/*.svelte.js'],
		languageOptions: {
			parserOptions: { projectService: true, extraFileExtensions: ['.svelte'], parser: ts.parser, svelteConfig }
		},
		rules: {
			// every address is built with resolve() in src/lib/ui/links.ts and meeting-links.ts, which the rule cannot
			// see
			'svelte/no-navigation-without-resolve': ['error', { ignoreLinks: true, ignoreGoto: true }],
			// markup is French text, whose no-break spaces are meant (the rule cannot tell text from code there)
			'no-irregular-whitespace': 'off'
		}
	},
	forbid(['src/lib/content/**'], without('content'), 'Content is typed data: it imports no other layer.', [
		appModules
	]),
	forbid(
		['src/lib/engine/**', 'src/lib/model/**'],
		without('content', 'engine', 'model'),
		'The engine and the model are pure: no storage, report, state or UI.',
		[appModules]
	),
	forbid(
		['src/lib/storage/**'],
		without('content', 'engine', 'model', 'storage'),
		'Storage knows the model, not the report, the state or the UI.',
		[appModules]
	),
	forbid(
		['src/lib/report/**'],
		without('content', 'engine', 'model', 'report'),
		'The report is made from the engine’s results, without storage, state or UI.',
		[appModules]
	),
	forbid(
		['src/lib/state/**'],
		['ui', 'components', 'server'],
		'State classes are read by the UI, never the other way.'
	),
	{
		files: ['src/routes/**', 'src/lib/components/**', 'src/lib/ui/**'],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					patterns: [
						{
							group: layerImports(['content', 'engine', 'model', 'report', 'state', 'pwa'], {
								internalsOnly: true
							}),
							message:
								'The UI imports a layer through its entry ($lib/engine, $lib/state…), never its internals.'
						},
						{
							group: layerImports(['storage', 'server']),
							message: 'The UI reaches storage through $lib/state.'
						},
						{
							// the UI's own helpers through their entry too; stylesheets are imported by file
							group: ['$lib/ui/*', '!$lib/ui/*.css'],
							message: 'Pages and components import the UI helpers through $lib/ui.'
						}
					],
					paths: [
						{ name: 'idb', message: 'Only src/lib/storage talks to IndexedDB.' },
						{ name: 'jspdf', message: 'Only src/lib/report/pdf draws PDFs.' }
					]
				}
			]
		}
	}
);
