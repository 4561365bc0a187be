// The sentences the results page and the PDF build around a name: through the grammar helpers
// (« de COSMIN », « d’ASTRE »; a name the user typed through ofText), never `de ${name}`. Counts
// are in counts.ts.
import { ofName, type Mention } from '../content/grammar';
import { listFr } from '../engine/french';

/** « profil hybride, proche aussi de COSMIN et d’ASTRE » */
export function alsoClose(others: readonly Mention[]): string {
	return `profil hybride, proche aussi ${listFr(others.map(ofName))}`;
}

/** every phrase above that inserts a catalogue or model name, for the test that runs them all */
export const phrasesWithName: readonly ((name: Mention) => string)[] = [
	(name) => alsoClose([name]),
	(name) => alsoClose([name, name])
];
