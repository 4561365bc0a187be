// The adviser's selection of diagnostics, kept for the tab in session storage: a reload, the
// comparison, the overview and « Revenir aux diagnostics » find it again, and it never travels in
// an address. Stored as a JSON list, so no id, whatever characters it holds, can split in two or
// run into another.

export interface SelectionStore {
	read(): string[];
	write(ids: readonly string[]): void;
}

const KEY = 'acter-reunion-selection';

function parse(text: string | null): string[] {
	if (!text) return [];
	try {
		const value: unknown = JSON.parse(text);
		return Array.isArray(value) ? value.filter((id): id is string => typeof id === 'string') : [];
	} catch {
		return [];
	}
}

/** Session storage can be refused (private modes, a full quota): the selection then lasts as long as the page. */
export function sessionSelection(storage: () => Storage = () => sessionStorage): SelectionStore {
	let kept: string[] = [];
	return {
		read() {
			try {
				kept = parse(storage().getItem(KEY));
			} catch {
				// unreadable: the copy of this page stands
			}
			return [...kept];
		},
		write(ids) {
			kept = [...ids];
			try {
				storage().setItem(KEY, JSON.stringify(kept));
			} catch {
				// unwritable: kept for this page only
			}
		}
	};
}
