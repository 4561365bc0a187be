// A small RFC 4180 reader (« ; » separator, optional BOM), used to re-read our exports in tests.
export function parseCsv(text: string, separator = ';'): string[][] {
	const source = text.startsWith('\ufeff') ? text.slice(1) : text;
	const rows: string[][] = [];
	let row: string[] = [];
	let field = '';
	let quoted = false;
	for (let i = 0; i < source.length; i += 1) {
		const char = source[i]!;
		if (quoted) {
			if (char === '"' && source[i + 1] === '"') {
				field += '"';
				i += 1;
			} else if (char === '"') quoted = false;
			else field += char;
		} else if (char === '"') quoted = true;
		else if (char === separator) {
			row.push(field);
			field = '';
		} else if (char === '\r' && source[i + 1] === '\n') {
			row.push(field);
			rows.push(row);
			row = [];
			field = '';
			i += 1;
		} else field += char;
	}
	if (field !== '' || row.length > 0) rows.push([...row, field]);
	return rows;
}
