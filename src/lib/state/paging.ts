// Long lists are shown a page at a time, with a count that says where the page sits: easier to
// follow with a keyboard or a screen reader than a list that fills itself in while scrolling,
// and a page of 5 000 cards or rows takes seconds to lay out.

export interface PageWindow {
	/** 1-based, within 1 … pages */
	readonly page: number;
	readonly pages: number;
	/** the items shown: [start, end) */
	readonly start: number;
	readonly end: number;
	readonly total: number;
}

/** The page asked for, moved back within the list when the list has shrunk under it. */
export function pageWindow(total: number, page: number, size: number): PageWindow {
	const pages = Math.max(1, Math.ceil(total / size));
	const current = Math.min(Math.max(1, Math.floor(page)), pages);
	const start = (current - 1) * size;
	return { page: current, pages, start, end: Math.min(total, start + size), total };
}
