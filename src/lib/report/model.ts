// The report as the PDF draws it: final French text in sections of simple blocks. Built by a
// pure function from the diagnostic, its placement and its recommendations; drawn by report/pdf.

import type { BarChart } from './bar-chart';

export type ReportBlock =
	| { readonly kind: 'heading'; readonly text: string }
	| {
			readonly kind: 'paragraph';
			readonly text: string;
			readonly tone?: 'normal' | 'muted' | 'strong';
			/** a short note introducing the block after it: never left alone at a page foot */
			readonly keepWithNext?: boolean;
	  }
	/** a short bold line announcing the block after it (« Pourquoi pour vous : »), never parted from it */
	| { readonly kind: 'intro'; readonly text: string }
	| { readonly kind: 'bullets'; readonly items: readonly string[] }
	/** label/value pairs, drawn as a two-column table */
	| { readonly kind: 'facts'; readonly rows: readonly (readonly [string, string])[] }
	| {
			readonly kind: 'table';
			readonly columns: readonly string[];
			readonly rows: readonly (readonly string[])[];
			/** relative column widths, same length as columns */
			readonly widths?: readonly number[];
	  }
	/** a bar chart laid out by report/bar-chart.ts, drawn as vectors, with its text alternative */
	| { readonly kind: 'chart'; readonly chart: BarChart; readonly alt: string; readonly heightMm: number }
	/** a clickable name; the address itself is never printed */
	| { readonly kind: 'link'; readonly label: string; readonly url: string }
	/** a group kept together on one page when it fits (a support option, a roadmap step) */
	| { readonly kind: 'group'; readonly title: string; readonly blocks: readonly ReportBlock[] };

export interface ReportSection {
	readonly id: string;
	readonly title: string;
	readonly blocks: readonly ReportBlock[];
	/** starts on a fresh page (the synthesis keeps a page of its own) */
	readonly newPage?: boolean;
}

/** what the user chooses to add to the report */
export interface ReportOptions {
	/** the scoring detail and every answer, as annexes (off by default: a council does not need them) */
	readonly annex?: boolean;
}

export interface ReportModel {
	readonly meta: {
		/** document title property and running header */
		readonly title: string;
		readonly subject: string;
		readonly author: string;
		readonly keywords: string;
		/** always 'fr-FR' */
		readonly language: string;
		/** `autodiagnostic-aect-<authority>-edition-<year>-<date>.pdf` */
		readonly fileName: string;
		/** ISO date the report is made, for the cover and the document properties */
		readonly createdAt: string;
	};
	readonly cover: {
		readonly title: string;
		readonly authorityName: string;
		/** under the name, when some of its characters could not be printed */
		readonly nameNote?: string;
		/** type, region, date… one per line */
		readonly lines: readonly string[];
	};
	readonly sections: readonly ReportSection[];
}
