// Optional annex: how the placement was worked out, with the points each answer gave. Left out of
// the report unless the user asks for it: a council reads the placement in plain words instead.
import type { EngagedPlacement, Evidence, Placement } from '../../engine/typology/types';
import type { ReportBlock, ReportSection } from '../model';
import { percentFr } from '../../engine/french';
import { exclusionTag, modelName, modelTitle } from '../text';

/** the weightiest answers of each model, not every point */
const EVIDENCE_PER_SIDE = 4;

export const points = (weight: number): string =>
	`${weight > 0 ? '+' : '−'}${Math.abs(weight)}\u00a0point${Math.abs(weight) > 1 ? 's' : ''}`;

/** compared without accents, case or the kind of space (« 20 ans », « 20\u00a0ans ») */
const comparable = (text: string) =>
	text
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.replace(/\s+/g, ' ')
		.toLowerCase()
		.trim();

/**
 * « Moins de 10 000 € — Moins de 10 000 € par an : le budget des… » reads the range twice: when the
 * reason already starts with the answer, the reason alone says it (here and on the results page).
 */
export function restatesAnswer(evidence: Evidence): boolean {
	return comparable(evidence.reason).startsWith(comparable(evidence.answer));
}

export function evidenceLine(evidence: Evidence): string {
	return `${restatesAnswer(evidence) ? evidence.reason : `${evidence.answer} — ${evidence.reason}`} (${points(evidence.weight)})`;
}

function evidenceItems(evidence: readonly Evidence[]): string[] {
	const strongest = [...evidence].sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight)).slice(0, EVIDENCE_PER_SIDE);
	const rest = evidence.length - strongest.length;
	return [
		...strongest.map(evidenceLine),
		...(rest > 0 ? [`et ${rest} autre${rest > 1 ? 's' : ''} réponse${rest > 1 ? 's' : ''} de moindre poids`] : [])
	];
}

/** the orientation names the model; the organisation is read beside it, and sets aside the models it contradicts */
function sharesTable(placement: EngagedPlacement): ReportBlock {
	return {
		kind: 'table',
		columns: ['Modèle', 'Orientation', 'Organisation'],
		widths: [3, 1.3, 1.3],
		rows: placement.models.map((m) => [
			exclusionTag(placement, m.model)
				? `${modelTitle(m.model)}, ${exclusionTag(placement, m.model)}`
				: modelTitle(m.model),
			percentFr(m.share),
			percentFr(placement.structuring.shares[m.model])
		])
	};
}

function modelGroups(placement: EngagedPlacement): ReportBlock[] {
	return placement.models
		.filter((reading) => reading.evidenceFor.length + reading.evidenceAgainst.length > 0)
		.map((reading) => ({
			kind: 'group',
			title: `${modelName(reading.model)} — ${percentFr(reading.share)}`,
			blocks: [
				{ kind: 'intro', text: 'Ce qui vous en rapproche :' },
				reading.evidenceFor.length > 0
					? { kind: 'bullets', items: evidenceItems(reading.evidenceFor) }
					: { kind: 'paragraph', text: 'Aucune réponse ne vous en rapproche.', tone: 'muted' },
				{ kind: 'intro', text: 'Ce qui vous en éloigne :' },
				reading.evidenceAgainst.length > 0
					? { kind: 'bullets', items: evidenceItems(reading.evidenceAgainst) }
					: { kind: 'paragraph', text: 'Aucune réponse ne vous en éloigne.', tone: 'muted' }
			]
		}));
}

export function scoringSection(placement: Placement): ReportSection | null {
	if (placement.kind === 'starting') return null;
	return {
		id: 'scoring',
		title: 'Annexe : le détail du classement',
		newPage: true,
		blocks: [
			{
				kind: 'paragraph',
				text: 'Le classement lit les traits que l’étude donne à chaque modèle (motivations, manière d’agir, thèmes, zones, taille, ancienneté, organisation, partenariats, financements), chacun compté une fois, sur deux axes : l’orientation (pourquoi et sur quoi vous agissez), qui désigne le modèle, et la structuration (comment vous êtes organisés), lue à côté. Les traits que l’étude pose comme définissant un modèle (ni service dédié ni budget important pour HUMANIS, COSMIN et CIMOB ; un service des relations internationales pour ASTRE) écartent un modèle que votre organisation contredit. Un profil est hybride quand une zone ou un thème relève d’un autre modèle, comme l’étude le décrit. Les modèles ne sont pas des échelons : en changer est un choix politique.',
				keepWithNext: true
			},
			sharesTable(placement),
			{ kind: 'heading', text: 'Les réponses qui ont pesé, modèle par modèle' },
			...modelGroups(placement)
		]
	};
}
