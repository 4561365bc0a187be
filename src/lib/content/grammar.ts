// French names inserted into generated sentences. Each name carries what French grammar needs to
// follow « de », « à » or a verb: « de l’AFD », « du ministère », « des agences de l’eau »,
// « d’Erasmus+ », « de Cités Unies France », « la solliciter ». Every phrase that inserts a name
// goes through these helpers, never through `de ${name}`.

export type Gender = 'masculine' | 'feminine';

/** A name as a sentence uses it, with its grammar. */
export interface Mention {
	/** as written inside a sentence, without article (« agences de l’eau », « AFD », « Erasmus+ ») */
	readonly text: string;
	readonly gender: Gender;
	readonly plural?: boolean;
	/** takes the definite article (« l’AFD », « le F3E », « les agences de l’eau »); proper names do not */
	readonly article?: boolean;
	/**
	 * begins with a vowel sound, so « le », « la », « de » elide; guessed from the first letter when
	 * absent (a, e, i, o, u, y, h and their accented forms). Set it for an aspirated h or a sounded y.
	 */
	readonly elision?: boolean;
}

const vowelStart = /^[aeiouyhàâäéèêëîïôöùûüÿœæ]/i;

function elides(mention: Mention): boolean {
	return mention.elision ?? vowelStart.test(mention.text);
}

/** « l’AFD », « le ministère », « la DCTCIV », « les agences de l’eau », « Erasmus+ » */
export function definite(mention: Mention): string {
	if (!mention.article) return mention.text;
	if (mention.plural) return `les ${mention.text}`;
	if (elides(mention)) return `l’${mention.text}`;
	return `${mention.gender === 'feminine' ? 'la' : 'le'} ${mention.text}`;
}

/** « de l’AFD », « du ministère », « de la DCTCIV », « des agences de l’eau », « d’Erasmus+ », « de Résacoop » */
export function ofName(mention: Mention): string {
	if (mention.article && mention.plural) return `des ${mention.text}`;
	if (mention.article && !elides(mention) && mention.gender === 'masculine') return `du ${mention.text}`;
	if (!mention.article && elides(mention)) return `d’${mention.text}`;
	return `de ${definite(mention)}`;
}

/** « à l’AFD », « au ministère », « à la DCTCIV », « aux agences de l’eau », « à Résacoop » */
export function toName(mention: Mention): string {
	if (mention.article && mention.plural) return `aux ${mention.text}`;
	if (mention.article && !elides(mention) && mention.gender === 'masculine') return `au ${mention.text}`;
	return `à ${definite(mention)}`;
}

/** The object pronoun standing for the name: « sollicitez-le », « la solliciter », « les contacter ». */
export function objectPronoun(mention: Mention): 'le' | 'la' | 'les' {
	if (mention.plural) return 'les';
	return mention.gender === 'feminine' ? 'la' : 'le';
}

/** An adjective or participle agreeing with the name: agree(m, 'ouvert', 'ouverte', 'ouverts', 'ouvertes'). */
export function agree(
	mention: Mention,
	masculine: string,
	feminine: string,
	masculinePlural: string,
	femininePlural: string
): string {
	if (mention.plural) return mention.gender === 'feminine' ? femininePlural : masculinePlural;
	return mention.gender === 'feminine' ? feminine : masculine;
}

/**
 * « De » before a name typed by the user: « de Lyon », « d’Amiens ». An initial h is left alone, since
 * nothing tells a mute h (« d’Hénin ») from an aspirated one (« de Hazebrouck »).
 */
export function ofText(text: string): string {
	return /^[aeiouyàâäéèêëîïôöùûüÿœæ]/i.test(text.trim()) ? `d’${text}` : `de ${text}`;
}
