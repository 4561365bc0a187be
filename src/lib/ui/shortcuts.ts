// Keyboard shortcuts of the presenter view. They never fire while someone types in a field, and
// arrows are left to radio buttons, boxes and lists, whose native keyboard use they would break.

export type Shortcut = { kind: 'next' } | { kind: 'previous' } | { kind: 'help' } | { kind: 'choose'; digit: number };

export interface KeyInfo {
	readonly key: string;
	readonly ctrlKey: boolean;
	readonly altKey: boolean;
	readonly metaKey: boolean;
	readonly defaultPrevented: boolean;
	readonly target: EventTarget | null;
}

const nonTextInputs = ['radio', 'checkbox', 'button', 'submit', 'reset'];

function isTyping(target: EventTarget | null): boolean {
	if (!(target instanceof HTMLElement)) return false;
	if (target.isContentEditable || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
	return target instanceof HTMLInputElement && !nonTextInputs.includes(target.type);
}

function ownsArrows(target: EventTarget | null): boolean {
	return target instanceof HTMLInputElement || target instanceof HTMLSelectElement || target instanceof HTMLTextAreaElement;
}

export function shortcutFor(event: KeyInfo): Shortcut | null {
	if (event.defaultPrevented || event.ctrlKey || event.altKey || event.metaKey || isTyping(event.target)) return null;
	const key = event.key;
	if (key === '?') return { kind: 'help' };
	if (key === 'n' || key === 'N') return { kind: 'next' };
	if (key === 'p' || key === 'P') return { kind: 'previous' };
	if (/^[1-9]$/.test(key)) return { kind: 'choose', digit: Number(key) };
	if (ownsArrows(event.target)) return null;
	if (key === 'ArrowRight') return { kind: 'next' };
	if (key === 'ArrowLeft') return { kind: 'previous' };
	return null;
}

export interface ShortcutHelp {
	readonly keys: string;
	readonly action: string;
}

/** The list shown on the help overlay of a question, in French. */
export const shortcutList: readonly ShortcutHelp[] = [
	{ keys: 'N ou →', action: 'Question suivante' },
	{ keys: 'P ou ←', action: 'Question précédente' },
	{ keys: '1 à 9', action: 'Choisir, cocher ou décocher la réponse de ce numéro' },
	{ keys: '?', action: 'Afficher cette aide' },
	{ keys: 'Échap', action: 'Fermer cette aide' }
];

/** The results screen has no answer to give: only the way back to the questions. */
export const resultsShortcutList: readonly ShortcutHelp[] = [
	{ keys: 'P ou ←', action: 'Revenir à la dernière question' },
	{ keys: '?', action: 'Afficher cette aide' },
	{ keys: 'Échap', action: 'Fermer cette aide' }
];
