// CSV as French spreadsheet software opens it by double-click: UTF-8 with a byte-order mark
// (otherwise accents are read as Windows-1252), « ; » between fields (« , » is the decimal
// separator in French), CRLF between records, RFC 4180 quoting.

export const CSV_SEPARATOR = ';';
const BOM = '\ufeff';

function cell(value: string): string {
	return /[";\r\n]/.test(value) || value !== value.trim() ? `"${value.replace(/"/g, '""')}"` : value;
}

export function toCsv(rows: readonly (readonly string[])[]): string {
	return BOM + rows.map((row) => row.map(cell).join(CSV_SEPARATOR)).join('\r\n') + '\r\n';
}

/**
 * Free text typed by a user, made harmless for spreadsheets: a leading = + - @ would be run as a
 * formula (« CSV injection »), so it gets a leading apostrophe, as spreadsheets do themselves.
 */
export function inertText(text: string): string {
	return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}
