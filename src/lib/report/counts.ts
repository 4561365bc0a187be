// Counts in French, through the French plural rules: « 1 pays correspond », « 0 dispositif ». No
// content import: the questionnaire's country search uses it without loading the models.

const NBSP = '\u00a0';

let plurals: Intl.PluralRules | undefined;

/** « 1 dispositif », « 0 dispositif », « 3 dispositifs » */
export function counted(count: number, singular: string, plural: string): string {
	plurals ??= new Intl.PluralRules('fr-FR');
	return `${count}${NBSP}${plurals.select(count) === 'one' ? singular : plural}`;
}

/** « 3 dispositifs affichés sur 12 », « 1 dispositif affiché sur 1 » */
export function optionsShown(shown: number, total: number): string {
	return `${counted(shown, 'dispositif affiché', 'dispositifs affichés')} sur ${total}.`;
}

/** « 1 pays correspond. », « 4 pays correspondent. » */
export function countriesMatching(count: number): string {
	return count === 0 ? 'Aucun pays ne correspond.' : `${counted(count, 'pays correspond', 'pays correspondent')}.`;
}
