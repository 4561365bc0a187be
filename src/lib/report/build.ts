// The report of one diagnostic, as final French text: a pure function of the diagnostic, its
// placement and its recommendations. The PDF draws it; tests read it without any PDF.
import { authorityTypes } from '../content/options';
import { departmentByCode, regionById } from '../content/geography';
import type { Answers } from '../content/types';
import type { Recommendations } from '../engine/recommendations';
import type { Placement } from '../engine/typology/types';
import { displayName, editionYear, type Diagnostic } from '../model/diagnostic';
import type { ReportBlock, ReportModel, ReportOptions, ReportSection } from './model';
import { printable, replacementNote } from './printable';
import { answersSection, methodSection } from './sections/annex';
import { glossarySection } from './sections/glossary';
import { placementSection } from './sections/placement';
import {
	directionsSection,
	needsSection,
	notYetSection,
	optionsSection,
	peersSection,
	roadmapSection
} from './sections/recommendations';
import { scoringSection } from './sections/scoring';
import { summarySection } from './sections/summary';
import { dateFr } from '../engine/french';
import { slug } from './text';
import { typeset } from './typeset';

export interface ReportInput {
	readonly diagnostic: Diagnostic;
	/** the effective answers the placement and recommendations were computed from */
	readonly answers: Answers;
	readonly placement: Placement;
	readonly recommendations: Recommendations;
	readonly now: Date;
	readonly options?: ReportOptions;
}

function territoryLine(answers: Answers): string | null {
	const region = regionById(String(answers['region'] ?? ''));
	const department = departmentByCode(String(answers['department'] ?? ''));
	if (!region) return null;
	if (!department) return region.name;
	// the overseas regions that are one département (Martinique, Guyane…) are named once
	const place = `${department.name} (${department.code})`;
	return department.name === region.name ? place : `${region.name} — ${place}`;
}

/** every text the paper shows, its numbers kept with their units and its brackets flat (typeset.ts) */
function typesetBlock(block: ReportBlock): ReportBlock {
	switch (block.kind) {
		case 'heading':
		case 'paragraph':
		case 'intro':
			return { ...block, text: typeset(block.text) };
		case 'bullets':
			return { ...block, items: block.items.map(typeset) };
		case 'facts':
			return { ...block, rows: block.rows.map(([label, value]) => [typeset(label), typeset(value)] as const) };
		case 'table':
			return { ...block, columns: block.columns.map(typeset), rows: block.rows.map((row) => row.map(typeset)) };
		case 'chart':
			return { ...block, alt: typeset(block.alt) };
		case 'link':
			return { ...block, label: typeset(block.label) };
		case 'group':
			return { ...block, title: typeset(block.title), blocks: block.blocks.map(typesetBlock) };
	}
}

function typesetSection(section: ReportSection): ReportSection {
	return { ...section, title: typeset(section.title), blocks: section.blocks.map(typesetBlock) };
}

const present = (section: ReportSection | null): section is ReportSection => section !== null;

export function buildReportModel({
	diagnostic,
	answers,
	placement,
	recommendations,
	now,
	options = {}
}: ReportInput): ReportModel {
	const fullName = displayName(diagnostic);
	const name = printable(fullName);
	const createdAt = now.toISOString();
	const typeLabel = authorityTypes.find((t) => t.id === answers['authority_type'])?.label;
	const title = 'Feuille de route de l’action extérieure';
	const main = [
		summarySection(placement, recommendations),
		placementSection(placement),
		needsSection(recommendations),
		optionsSection(recommendations),
		notYetSection(recommendations),
		directionsSection(recommendations),
		roadmapSection(recommendations),
		peersSection(recommendations),
		methodSection()
	].filter(present);
	const annexes = options.annex ? [scoringSection(placement), answersSection(answers)] : [];
	return {
		meta: {
			title: `${title} — ${name.text}`,
			subject:
				'Autodiagnostic de l’action extérieure d’une collectivité territoriale, d’après la typologie de l’étude ACTER (CIRRMA, 2024)',
			author: 'ACTER autodiagnostic',
			keywords:
				'action extérieure, collectivité territoriale, coopération décentralisée, ACTER, feuille de route',
			language: 'fr-FR',
			fileName: `autodiagnostic-aect-${slug(fullName)}-edition-${editionYear(diagnostic)}-${createdAt.slice(0, 10)}.pdf`,
			createdAt
		},
		cover: {
			title,
			authorityName: name.text,
			...(name.replaced && { nameNote: replacementNote('de ce nom') }),
			lines: [
				typeLabel,
				territoryLine(answers),
				// the answers' date and the printing date differ as soon as a roadmap is printed again later
				`Réponses du ${dateFr(diagnostic.completedAt ?? diagnostic.updatedAt)}`,
				`Feuille de route éditée le ${dateFr(createdAt)}`,
				'D’après la typologie de l’étude ACTER (CIRRMA, novembre 2024)'
			].filter((line): line is string => Boolean(line))
		},
		sections: [...main, glossarySection(main), ...annexes].filter(present).map(typesetSection)
	};
}
