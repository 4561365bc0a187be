// The sentences the results page and the PDF build around a name or a count. Names go through the
// grammar helpers (« de COSMIN », « d’ASTRE »; a name the user typed through ofText), counts through
// the French plural rules (« 1 pays correspond »): never `de ${name}`.
import { ofName, type Mention } from '../content/grammar';
import { joinFrench } from './text';

const NBSP = '\u00a0';

let plurals: Intl.PluralRules | undefined;

/** « 1 dispositif », « 0 dispositif », « 3 dispositifs » */
export function counted(count: number, singular: string, plural: string): string {
	plurals ??= new Intl.PluralRules('fr-FR');
	return `${count}${NBSP}${plurals.select(count) === 'one' ? singular : plural}`;
}

/** « profil hybride, proche aussi de COSMIN et d’ASTRE » */
export function alsoClose(others: readonly Mention[]): string {
	return `profil hybride, proche aussi ${joinFrench(others.map(ofName))}`;
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
export const phrasesWithName: readonly ((name: Mention) => string)[] = [(name) => alsoClose([name]), (name) => alsoClose([name, name])];
