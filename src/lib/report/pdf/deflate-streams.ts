// Deflates the streams of a PDF that jsPDF wrote uncompressed, with the platform's own zlib
// (CompressionStream, in browsers and in Node alike), and rewrites the cross-reference table.
// jsPDF's own compression runs fflate in JavaScript behind per-byte string loops: on a report's
// first run in a browser, before the engine has warmed up, that alone took 100 to 150 ms.
// It relies on the layout jsPDF writes: objects one after another, each stream with a direct
// /Length as the first entry of its dictionary, one classic xref table.

/** a PDF as jsPDF's output(): one character per byte */
type BinaryString = string;

interface XrefEntry {
	readonly number: number;
	readonly offset: number;
	readonly inUse: boolean;
	readonly line: string;
}

const STREAM_HEAD = /^(\d+ \d+ obj\n[\s\S]*?<<\n\/Length )(\d+)\n((?:\/[^\n]*\n)*)>>\nstream\n/;

function readXref(pdf: BinaryString): { start: number; entries: XrefEntry[]; trailer: string } {
	const startMatch = /startxref\n(\d+)\n%%EOF\s*$/.exec(pdf);
	if (!startMatch) throw new Error('PDF sans table de références croisées');
	const start = Number(startMatch[1]);
	const header = /^xref\n0 (\d+)\n/.exec(pdf.slice(start));
	if (!header) throw new Error('Table de références croisées illisible');
	const count = Number(header[1]);
	const first = start + header[0].length;
	const entries = Array.from({ length: count }, (_, number) => {
		const line = pdf.slice(first + number * 20, first + (number + 1) * 20);
		return { number, offset: Number(line.slice(0, 10)), inUse: line[17] === 'n', line };
	});
	const trailerStart = first + count * 20;
	return { start, entries, trailer: pdf.slice(trailerStart, startMatch.index) };
}

function latin1Bytes(text: BinaryString): Uint8Array<ArrayBuffer> {
	const bytes = new Uint8Array(text.length);
	for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
	return bytes;
}

async function deflate(bytes: Uint8Array<ArrayBuffer>): Promise<Uint8Array<ArrayBuffer>> {
	// written straight into the compressor: a Blob's stream would go through the browser process
	const compression = new CompressionStream('deflate');
	const writer = compression.writable.getWriter();
	const [deflated] = await Promise.all([
		new Response(compression.readable).arrayBuffer(),
		writer.write(bytes),
		writer.close()
	]);
	return new Uint8Array(deflated);
}

/** an object's bytes, its stream deflated when it has an unfiltered one */
async function deflateObject(object: BinaryString): Promise<Uint8Array<ArrayBuffer>[]> {
	const head = STREAM_HEAD.exec(object);
	if (!head || head[3]!.includes('/Filter')) return [latin1Bytes(object)];
	const dataStart = head[0].length;
	const dataEnd = dataStart + Number(head[2]);
	const data = await deflate(latin1Bytes(object.slice(dataStart, dataEnd)));
	const dictionary = `${head[1]}${data.length}\n/Filter /FlateDecode\n${head[3]}>>\nstream\n`;
	return [latin1Bytes(dictionary), data, latin1Bytes(object.slice(dataEnd))];
}

export async function deflateStreams(pdf: BinaryString): Promise<Uint8Array<ArrayBuffer>> {
	const xref = readXref(pdf);
	const objects = xref.entries.filter((entry) => entry.inUse).sort((a, b) => a.offset - b.offset);
	const bodyStart = objects[0]?.offset ?? xref.start;
	const deflated = await Promise.all(
		objects.map((entry, i) => deflateObject(pdf.slice(entry.offset, objects[i + 1]?.offset ?? xref.start)))
	);

	const parts: Uint8Array<ArrayBuffer>[] = [latin1Bytes(pdf.slice(0, bodyStart))];
	let offset = bodyStart;
	const newOffsets = new Map<number, number>();
	objects.forEach((entry, i) => {
		newOffsets.set(entry.number, offset);
		for (const part of deflated[i]!) {
			parts.push(part);
			offset += part.length;
		}
	});
	const lines = xref.entries.map((entry) => {
		const moved = newOffsets.get(entry.number);
		return moved === undefined ? entry.line : `${String(moved).padStart(10, '0')}${entry.line.slice(10)}`;
	});
	parts.push(
		latin1Bytes(`xref\n0 ${xref.entries.length}\n${lines.join('')}${xref.trailer}startxref\n${offset}\n%%EOF`)
	);

	const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
	let at = 0;
	for (const part of parts) {
		out.set(part, at);
		at += part.length;
	}
	return out;
}
