// Registers the embedded DejaVu Sans subsets with jsPDF: the standard PDF fonts lack œ, €,
// the narrow no-break space and the other characters French typography needs.
import type { jsPDF } from 'jspdf';
import { FONT_FAMILY } from './theme';

/** the TTF files' bytes, read from disk in Node and fetched from hashed assets in the browser */
export interface FontAssets {
	readonly regular: Uint8Array;
	readonly bold: Uint8Array;
	readonly italic: Uint8Array;
}

/** file names under ./fonts, shared by the browser and Node loaders */
export const FONT_FILES = {
	regular: 'DejaVuSans.subset.ttf',
	bold: 'DejaVuSans-Bold.subset.ttf',
	italic: 'DejaVuSans-Oblique.subset.ttf'
} as const satisfies Record<keyof FontAssets, string>;

const STYLES = { regular: 'normal', bold: 'bold', italic: 'italic' } as const;

export function registerFonts(doc: jsPDF, assets: FontAssets): void {
	for (const key of Object.keys(STYLES) as (keyof FontAssets)[]) {
		const file = FONT_FILES[key];
		doc.addFileToVFS(file, toBinaryString(assets[key]));
		doc.addFont(file, FONT_FAMILY, STYLES[key], undefined, 'Identity-H');
	}
	doc.setFont(FONT_FAMILY, 'normal');
}

/** jsPDF's VFS takes a binary string (one character per byte); it recognises a TTF by its first
 * four bytes. Widened to UTF-16 code units, the bytes decode natively: a spread of String.fromCharCode
 * over the 96 KB of the three fonts took about 15 ms of a report's first run in a browser. */
function toBinaryString(bytes: Uint8Array): string {
	return new TextDecoder('utf-16le').decode(Uint16Array.from(bytes));
}
