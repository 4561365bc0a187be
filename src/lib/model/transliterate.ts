// Names in Latin letters for file names: accents dropped, and Greek, Cyrillic and the Latin letters
// that decomposition leaves alone (đ, ø, ł, ß, æ…) spelled out, so « Κέρκυρα » or « Київ » do not
// become an empty name. Other scripts are left for the caller's fallback.
const LETTERS: Readonly<Record<string, string>> = {
	// Latin letters without a decomposition
	đ: 'd',
	ð: 'd',
	ø: 'o',
	ł: 'l',
	ß: 'ss',
	æ: 'ae',
	œ: 'oe',
	þ: 'th',
	ı: 'i',
	ŋ: 'ng',
	ħ: 'h',
	// Greek (ELOT 743, simplified)
	α: 'a',
	β: 'v',
	γ: 'g',
	δ: 'd',
	ε: 'e',
	ζ: 'z',
	η: 'i',
	θ: 'th',
	ι: 'i',
	κ: 'k',
	λ: 'l',
	μ: 'm',
	ν: 'n',
	ξ: 'x',
	ο: 'o',
	π: 'p',
	ρ: 'r',
	σ: 's',
	ς: 's',
	τ: 't',
	υ: 'y',
	φ: 'f',
	χ: 'ch',
	ψ: 'ps',
	ω: 'o',
	// Cyrillic (Russian, Ukrainian, Bulgarian, Serbian letters; scientific-ish, ASCII only)
	а: 'a',
	б: 'b',
	в: 'v',
	г: 'g',
	ґ: 'g',
	д: 'd',
	ђ: 'dj',
	е: 'e',
	ё: 'e',
	є: 'ie',
	ж: 'zh',
	з: 'z',
	и: 'i',
	і: 'i',
	ї: 'i',
	й: 'i',
	ј: 'j',
	к: 'k',
	л: 'l',
	љ: 'lj',
	м: 'm',
	н: 'n',
	њ: 'nj',
	о: 'o',
	п: 'p',
	р: 'r',
	с: 's',
	т: 't',
	ћ: 'c',
	у: 'u',
	ў: 'u',
	ф: 'f',
	х: 'kh',
	ц: 'ts',
	ч: 'ch',
	џ: 'dz',
	ш: 'sh',
	щ: 'shch',
	ъ: '',
	ы: 'y',
	ь: '',
	э: 'e',
	ю: 'iu',
	я: 'ia'
};

export function transliterate(text: string): string {
	return [
		...text
			.normalize('NFD')
			.replace(/[\u0300-\u036f]/g, '')
			.toLowerCase()
	]
		.map((c) => LETTERS[c] ?? c)
		.join('');
}

/** « saint-exemple-sur-loire », for file names: letters, digits and dashes only, at most 60. */
export function slug(text: string, fallback: string): string {
	const plain = transliterate(text)
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '')
		.slice(0, 60)
		.replace(/-+$/, '');
	return plain || fallback;
}
