// An unclosed rule does not break the build: Vite only warns, and the browser reads every rule
// after it as nested inside it, so whole pages silently lose their styles.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const dir = new URL('../../../src/lib/ui/', import.meta.url);
const sheets = readdirSync(dir).filter((name) => name.endsWith('.css'));

/** Depth of the braces at the end, or the line where a `}` closed nothing. */
function braceBalance(css: string): { depth: number; strayAtLine: number | null } {
	const code = css
		.replace(/\/\*[\s\S]*?\*\//g, (comment) => comment.replace(/[^\n]/g, ' '))
		.replace(/"[^"\n]*"|'[^'\n]*'/g, '""');
	let depth = 0;
	let line = 1;
	for (const char of code) {
		if (char === '\n') line++;
		else if (char === '{') depth++;
		else if (char === '}' && --depth < 0) return { depth, strayAtLine: line };
	}
	return { depth, strayAtLine: null };
}

describe('stylesheets', () => {
	it('finds the sheets', () => {
		expect(sheets).toContain('app.css');
	});

	it.each(sheets)('%s closes every rule it opens', (name) => {
		expect(braceBalance(readFileSync(new URL(name, dir), 'utf8'))).toEqual({ depth: 0, strayAtLine: null });
	});

	it('notices an unclosed rule', () => {
		expect(braceBalance('a {\n color: red;\n\n.b { margin: 0; }\n').depth).toBe(1);
	});
});
