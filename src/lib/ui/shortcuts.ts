// Keyboard shortcuts of the presenter view. They never fire while someone types in a field, and
// arrows are left to radio buttons, boxes and lists, whose native keyboard use they would break.
// Digits are read from the key's place too: on a French AZERTY keyboard, the top row gives « & é "
// ' ( » without Shift.

export type Shortcut = { kind: 'next' } | { kind: 'previous' } | { kind: 'help' } | { kind: 'choose'; digit: number };

export interface KeyInfo {
	readonly key: string;
	/** the key's place on the keyboard (« Digit1 », « Numpad1 »), whatever the layout */
	readonly code?: string;
	readonly ctrlKey: boolean;
	readonly altKey: boolean;
	readonly metaKey: boolean;
	readonly defaultPrevented: boolean;
	readonly target: EventTarget | null;
}

const nonTextInputs = ['radio', 'checkbox', 'button', 'submit', 'reset'];

export function isTyping(target: EventTarget | null): boolean {
	if (!(target instanceof HTMLElement)) return false;
	if (target.isContentEditable || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement)
		return true;
	return target instanceof HTMLInputElement && !nonTextInputs.includes(target.type);
}

function ownsArrows(target: EventTarget | null): boolean {
	return (
		target instanceof HTMLInputElement ||
		target instanceof HTMLSelectElement ||
		target instanceof HTMLTextAreaElement
	);
}

export function shortcutFor(event: KeyInfo): Shortcut | null {
	if (event.defaultPrevented || event.ctrlKey || event.altKey || event.metaKey || isTyping(event.target)) return null;
	const key = event.key;
	if (key === '?') return { kind: 'help' };
	if (key === 'n' || key === 'N') return { kind: 'next' };
	if (key === 'p' || key === 'P') return { kind: 'previous' };
	const digit = /^[0-9]$/.test(key) ? key : /^(Digit|Numpad)[0-9]$/.exec(event.code ?? '')?.[0].slice(-1);
	if (digit !== undefined) return { kind: 'choose', digit: Number(digit) };
	if (ownsArrows(event.target)) return null;
	if (key === 'ArrowRight') return { kind: 'next' };
	if (key === 'ArrowLeft') return { kind: 'previous' };
	return null;
}

export interface ShortcutHelp {
	readonly keys: string;
	readonly action: string;
}

/** Said on the help overlay of a question: where the keys go on a question answered by typing. */
export const typingNote =
	'Sur une question à saisir (un nom, un nombre, des pays), tout ce qui est tapé va dans le champ\u00a0: les raccourcis ne s’y appliquent pas, Entrée passe à la question suivante.';

/** The list shown on the help overlay of a question, in French. */
export const shortcutList: readonly ShortcutHelp[] = [
	{ keys: 'N ou →', action: 'Question suivante' },
	{ keys: 'P ou ←', action: 'Question précédente' },
	{ keys: '1 à 9', action: 'Choisir, cocher ou décocher la réponse de ce numéro' },
	{ keys: '1 puis 2', action: 'Au-delà de 9 réponses, deux chiffres à la suite\u00a0: ici, la 12ᵉ' },
	{ keys: '?', action: 'Afficher cette aide' },
	{ keys: 'Échap', action: 'Fermer cette aide' }
];

/** The results screen has no answer to give: only the way back to the questions. */
export const resultsShortcutList: readonly ShortcutHelp[] = [
	{ keys: 'P ou ←', action: 'Revenir à la dernière question' },
	{ keys: '?', action: 'Afficher cette aide' },
	{ keys: 'Échap', action: 'Fermer cette aide' }
];
