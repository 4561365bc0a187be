// The CLI's standard output, written as each diagnostic is done rather than all at the end: a JSON
// array (the default, indented), or one JSON object per line (--jsonl).
import type { Writable } from 'node:stream';

export function outputWriter(out: Writable, jsonl: boolean): { write(entry: unknown): void; end(): void } {
	let count = 0;
	return {
		write(entry) {
			if (jsonl) out.write(`${JSON.stringify(entry)}\n`);
			else out.write(`${count === 0 ? '[\n' : ',\n'}${JSON.stringify(entry, null, 2).replace(/^/gm, '  ')}`);
			count += 1;
		},
		end() {
			if (!jsonl) out.write(count === 0 ? '[]\n' : '\n]\n');
		}
	};
}
