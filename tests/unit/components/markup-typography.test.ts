// French typography in the interface's own text: a no-break space (never a plain one) before
// : ; ? ! % and inside « », in every component's markup.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

function svelteFiles(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		return statSync(path).isDirectory() ? svelteFiles(path) : name.endsWith('.svelte') ? [path] : [];
	});
}

/** The text a reader sees: markup without scripts, styles, comments, tags or {expressions}. */
function markupText(source: string): string {
	let text = source
		.replace(/<script[\s\S]*?<\/script>/g, '')
		.replace(/<style[\s\S]*?<\/style>/g, '')
		.replace(/<!--[\s\S]*?-->/g, '')
		.replace(/<kbd[\s\S]*?<\/kbd>/g, ' '); // a key name, not punctuation
	// expressions nest (`{a ? `${b} %` : c}`): strip the innermost until none is left
	for (let previous = ''; previous !== text;) {
		previous = text;
		text = text.replace(/\{[^{}]*\}/g, ' ');
	}
	return text.replace(/<[^>]*>/g, ' ');
}

const plainSpaceBefore = / [:;?!%]|« | »/;

describe('interface typography', () => {
	const files = svelteFiles(new URL('../../../src', import.meta.url).pathname);

	it('finds the components', () => {
		expect(files.length).toBeGreaterThan(30);
	});

	it.each(files.map((file) => [file.replace(/.*\/src\//, 'src/'), file]))('%s', (_name, file) => {
		const offending = markupText(readFileSync(file, 'utf8'))
			.split('\n')
			.filter((line) => plainSpaceBefore.test(line))
			.map((line) => line.trim());
		expect(offending).toEqual([]);
	});
});
