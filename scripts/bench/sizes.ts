// Raw and gzip sizes. Gzip is computed here at level 9 rather than read from response headers,
// so the figure does not depend on how the server happens to compress (it prefers brotli).
import { gzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';

export interface Sizes {
	raw: number;
	gzip: number;
}

export function sizesOf(body: Uint8Array): Sizes {
	return { raw: body.byteLength, gzip: gzipSync(body, { level: 9 }).byteLength };
}

export function sizesOfFile(path: string): Sizes {
	return sizesOf(readFileSync(path));
}

export function sum(all: readonly Sizes[]): Sizes {
	return all.reduce((total, s) => ({ raw: total.raw + s.raw, gzip: total.gzip + s.gzip }), { raw: 0, gzip: 0 });
}
