// The sentences the results page and the PDF build around a name or a count. Names go through the
// grammar helpers (« d’Erasmus+ », « de l’AFCCRE », « des agences de l’eau »; a name the user typed
// through ofText), counts through the French plural rules (« 1 pays correspond »): never `de ${name}`.
import { definite, ofName, toName, type Mention } from '../content/grammar';
import { joinFrench } from './text';

const NBSP = '\u00a0';

let plurals: Intl.PluralRules | undefined;

/** « 1 dispositif », « 0 dispositif », « 3 dispositifs » */
export function counted(count: number, singular: string, plural: string): string {
	plurals ??= new Intl.PluralRules('fr-FR');
	return `${count}${NBSP}${plurals.select(count) === 'one' ? singular : plural}`;
}

/** the link to an option's page: « Page officielle d’Erasmus+ », « … de l’AFCCRE » */
export function officialPage(name: Mention): string {
	return `Page officielle ${ofName(name)}`;
}

/** « … emprunte aussi à COSMIN et à CIMOB : leurs parts sont proches de celle d’ASTRE. » */
export function hybridReading(main: Mention, others: readonly Mention[]): string {
	const many = others.length > 1;
	return `Votre action emprunte aussi ${joinFrench(others.map(toName))}${NBSP}: ${many ? 'leurs parts sont proches' : 'sa part est proche'} de celle ${ofName(main)}.`;
}

/** « profil hybride, proche aussi de COSMIN et d’ASTRE » */
export function alsoClose(others: readonly Mention[]): string {
	return `profil hybride, proche aussi ${joinFrench(others.map(ofName))}`;
}

/** the way elected officials may choose, never a rung to climb (study: « passer d’un type à un autre ») */
export function ifOfficialsChoose(towards: Mention, meaning: string): string {
	return `Si vos élus choisissent d’aller vers ${definite(towards)} (${meaning})`;
}

/** « Votre action ressemble déjà à ASTRE » */
export function alreadyLike(model: Mention): string {
	return `Votre action ressemble déjà ${toName(model)}`;
}

/** « 3 dispositifs affichés sur 12 », « 1 dispositif affiché sur 1 » */
export function optionsShown(shown: number, total: number): string {
	return `${counted(shown, 'dispositif affiché', 'dispositifs affichés')} sur ${total}.`;
}

/** « 1 pays correspond. », « 4 pays correspondent. » */
export function countriesMatching(count: number): string {
	return count === 0 ? 'Aucun pays ne correspond.' : `${counted(count, 'pays correspond', 'pays correspondent')}.`;
}

/** every phrase above that inserts a catalogue or model name, for the test that runs them all */
export const phrasesWithName: readonly ((name: Mention) => string)[] = [
	officialPage,
	(name) => hybridReading(name, [name]),
	(name) => hybridReading(name, [name, name]),
	(name) => alsoClose([name, name]),
	(name) => ifOfficialsChoose(name, 'sens du modèle'),
	alreadyLike
];
