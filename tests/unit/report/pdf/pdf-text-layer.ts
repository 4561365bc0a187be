// Decodes the text layer of a jsPDF file through its fonts' ToUnicode maps. Poppler's pdftotext
// turns no-break spaces into plain spaces, so it cannot show whether U+00A0 and U+202F survive.
import { inflateSync } from 'node:zlib';

interface PdfObject {
	readonly dict: string;
	readonly stream?: string;
}

function readObjects(pdf: Buffer): Map<number, PdfObject> {
	const src = pdf.toString('latin1');
	const objects = new Map<number, PdfObject>();
	for (const match of src.matchAll(/(\d+) 0 obj\s*([\s\S]*?)endobj/g)) {
		const body = match[2] ?? '';
		const streamAt = body.search(/stream\r?\n/);
		if (streamAt < 0) {
			objects.set(Number(match[1]), { dict: body });
			continue;
		}
		const dict = body.slice(0, streamAt);
		const start = (match.index ?? 0) + match[0].indexOf(body) + body.indexOf('\n', streamAt) + 1;
		const end = src.indexOf('endstream', start);
		const raw = pdf.subarray(start, end);
		const stream = dict.includes('/FlateDecode') ? inflateSync(raw).toString('latin1') : raw.toString('latin1');
		objects.set(Number(match[1]), { dict, stream });
	}
	return objects;
}

function toUnicodeMap(cmap: string): Map<number, string> {
	const map = new Map<number, string>();
	for (const [, gid, uni] of cmap.matchAll(/<([0-9a-fA-F]{4})>\s*<([0-9a-fA-F]+)>/g)) {
		map.set(
			parseInt(gid ?? '', 16),
			String.fromCharCode(...(uni ?? '').match(/.{4}/g)!.map((h) => parseInt(h, 16)))
		);
	}
	return map;
}

export interface TextRun {
	/** the font resource it is drawn in (F1, F2…), the same for every run in that font */
	readonly font: string;
	readonly text: string;
}

/** every Tj operator, in drawing order, with its font and its text decoded to Unicode */
export function fontRuns(pdf: Buffer): TextRun[] {
	const objects = readObjects(pdf);
	const fonts = new Map<string, Map<number, string>>();
	for (const { dict } of objects.values()) {
		for (const [, name, id] of dict.matchAll(/\/(F\d+) (\d+) 0 R/g)) {
			const font = objects.get(Number(id));
			const cmapId = /\/ToUnicode (\d+) 0 R/.exec(font?.dict ?? '')?.[1];
			if (name && cmapId) fonts.set(name, toUnicodeMap(objects.get(Number(cmapId))?.stream ?? ''));
		}
	}
	const runs: TextRun[] = [];
	for (const { stream } of objects.values()) {
		if (!stream?.includes(' Tf')) continue;
		let current: { name: string; map: Map<number, string> } | undefined;
		for (const [, font, hex] of stream.matchAll(/\/(F\d+) [\d.]+ Tf|<([0-9a-fA-F]*)> Tj/g)) {
			const map = font ? fonts.get(font) : undefined;
			if (font) current = map ? { name: font, map } : undefined;
			else if (hex !== undefined && current) {
				const { name, map: unicode } = current;
				runs.push({
					font: name,
					text: (hex.match(/.{4}/g) ?? []).map((g) => unicode.get(parseInt(g, 16)) ?? '\ufffd').join('')
				});
			}
		}
	}
	return runs;
}

/** the text of every Tj operator, in drawing order, decoded to Unicode */
export function textRuns(pdf: Buffer): string[] {
	return fontRuns(pdf).map((run) => run.text);
}
