// French typography for text assembled from several sources (the engine's sentences, the
// catalogue's facts, answer labels): numbers stay with their unit, punctuation with its word, and
// brackets never nest. The screen and the PDF both show text through it.

const NBSP = '\u00a0';
const NNBSP = '\u202f';

/** « (eau, mobilité (autorité organisatrice)) » → « (eau, mobilité [autorité organisatrice]) » */
function flattenBrackets(text: string): string {
	let depth = 0;
	let out = '';
	for (const char of text) {
		if (char === '(') {
			out += depth > 0 ? '[' : '(';
			depth += 1;
		} else if (char === ')' && depth > 0) {
			depth -= 1;
			out += depth > 0 ? ']' : ')';
		} else out += char;
	}
	return out;
}

/**
 * Plain spaces that French typography makes unbreakable: between digit groups (« 500 000 »), after
 * a number (« 3 000 € », « 45 % », « 3 ETP », « 10 ans »), before « : ; ! ? % € » and « » », after « « ».
 * Line ends and the text's own no-break spaces are left alone.
 */
export function typeset(text: string): string {
	return flattenBrackets(text)
		.replace(/(\d) (?=\d{3}(?!\d))/g, `$1${NNBSP}`)
		.replace(/(\d) (?=\S)/g, `$1${NBSP}`)
		.replace(/ ([;!?])/g, `${NNBSP}$1`)
		.replace(/ ([:»%€])/g, `${NBSP}$1`)
		.replace(/« /g, `«${NBSP}`);
}
