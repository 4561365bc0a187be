// « Shown on first use »: within a page, or within a part of it a reader opens on its own (a
// disclosure), only the first mention of a term offers its definition; later ones are plain.
import { createContext } from 'svelte';

export class GlossaryScope {
	readonly #claimed = new Set<string>();

	/** true for the first live mention of `id` in this scope */
	claim(id: string): boolean {
		if (this.#claimed.has(id)) return false;
		this.#claimed.add(id);
		return true;
	}

	/** a mention that goes away (a filtered list) lets the next one created offer the definition */
	release(id: string): void {
		this.#claimed.delete(id);
	}
}

const [getGlossaryScope, setGlossaryScope, hasGlossaryScope] = createContext<GlossaryScope>();

/** a fresh scope for the component's children (a page, a disclosure) */
export function newGlossaryScope(): void {
	setGlossaryScope(new GlossaryScope());
}

/** the scope above, or none: then every mention is a first one */
export function glossaryScope(): GlossaryScope | undefined {
	return hasGlossaryScope() ? getGlossaryScope() : undefined;
}
