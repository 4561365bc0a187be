// The placement's findings in French, each written from the numbers shown next to it, so that a
// sentence never says what the table below it contradicts.
import { modelDescriptions } from '../../content/typology/models';
import { modelIds, studyOrganisation, type ModelId, type StudyOrganisation } from '../../content/typology/model-ids';
import { EVEN_SHARE } from '../../content/typology/settings';
import { listFr, percentFr } from '../french';
import type { EngagedPlacement, HybridPart, OrganisationLevel, PlacementSentences } from './types';

const name = (model: ModelId) => modelDescriptions[model].name;

const hasLevel: Readonly<Record<OrganisationLevel, string>> = {
	no_service: 'n’avez pas de service dédié aux relations internationales',
	service: 'avez un service des relations internationales, sans service Europe distinct',
	service_and_europe: 'avez un service des relations internationales et un service Europe distinct',
	europe_only: 'avez un service Europe, sans service des relations internationales'
};

const studyDescribes: Readonly<Record<StudyOrganisation, string>> = {
	no_service: 'sans service dédié aux relations internationales',
	service: 'avec un service des relations internationales',
	// « souvent avec un service Europe détaché » (section 6): usual for ASTRE, not required
	service_and_europe: 'avec un service des relations internationales, souvent doublé d’un service Europe distinct'
};

type Draft = Omit<EngagedPlacement, 'sentences'>;

function orientationSentence({ orientation }: Draft): string {
	const { main: lead, shares } = orientation;
	const others = modelIds.filter((m) => m !== lead).sort((a, b) => shares[b] - shares[a]);
	const said = 'Ce que vous faites et pourquoi vous le faites ressemble';
	const first = `modèle ${name(lead)} (${percentFr(shares[lead])} de l’orientation)`;
	// Equal shares are not a ranking: the order between them is only the list's tie-break.
	const tied = others.filter((m) => shares[m] === shares[lead]);
	if (tied.length > 0) {
		const them = tied.length === 1 ? 'au modèle' : 'aux modèles';
		const each = tied.length === 1 ? '' : ' chacun';
		return `${said} autant au ${first} qu’${them} ${listFr(tied.map(name))} (${percentFr(shares[lead])}${each}).`;
	}
	const [second] = others;
	if (!second || shares[second] < EVEN_SHARE) return `${said} d’abord au ${first}.`;
	const seconds = others.filter((m) => shares[m] === shares[second]);
	const then =
		seconds.length === 1
			? `puis au modèle ${name(second)} (${percentFr(shares[second])})`
			: `puis aux modèles ${listFr(seconds.map(name))} (${percentFr(shares[second])} chacun)`;
	return `${said} d’abord au ${first}, ${then}.`;
}

/** Models the study allows whose orientation share equals the main model's: the main one leads only by tie-break. */
export function levelWithMain({
	main,
	models,
	orientation
}: Pick<Draft, 'main' | 'models' | 'orientation'>): ModelId[] {
	return models
		.filter((m) => m.model !== main && !m.excluded && orientation.shares[m.model] === orientation.shares[main])
		.map((m) => m.model);
}

function structuringSentence({ structuring, main }: Draft): string {
	const { shares } = structuring;
	const top = shares[structuring.main];
	// Equal shares are not a ranking: all the models at the top are named, the retained one first.
	const [lead = structuring.main, ...level] = [...new Set([main, structuring.main, ...modelIds])].filter(
		(m) => shares[m] === top
	);
	const them = `${level.length === 1 ? 'du modèle' : 'des modèles'} ${listFr(level.map(name))}`;
	const first =
		level.length === 0
			? `d’abord à ceux du modèle ${name(lead)} (${percentFr(top)})`
			: `autant à ceux du modèle ${name(lead)} qu’à ceux ${them} (${percentFr(top)} chacun)`;
	const said = `Votre organisation et vos moyens ressemblent ${first}`;
	return shares[main] === top ? `${said}.` : `${said}, devant le modèle ${name(main)} (${percentFr(shares[main])}).`;
}

function organisationSentence({ main, organisation, gap }: Draft): string {
	if (organisation === null)
		return 'Les questions sur vos services n’ont pas encore de réponse\u00a0: votre organisation n’est pas comparée à celle du modèle.';
	const expected = studyOrganisation[main];
	// what the authority shares with an ASTRE that has no Europe service: the study's « souvent » expects none
	const shared =
		expected === 'service_and_europe' && organisation === 'service'
			? 'avez un service des relations internationales'
			: hasLevel[organisation];
	if (!gap)
		return `L’étude décrit le modèle ${name(main)} ${studyDescribes[expected]}\u00a0; comme lui, vous ${shared}.`;
	return `L’étude décrit le modèle ${name(main)} ${studyDescribes[expected]}\u00a0; vous ${hasLevel[organisation]}. C’est un écart entre ce que vous faites et votre organisation, pas une erreur de classement\u00a0: le modèle se lit d’abord à votre orientation.`;
}

function hybridSentence(parts: readonly HybridPart[] | null): string | null {
	if (!parts) return null;
	const where = (part: HybridPart) => {
		const said = [part.zones, part.themes].filter(Boolean).join('\u00a0; ');
		return said ? `${name(part.model)} (${said})` : name(part.model);
	};
	return `Votre action est hybride, comme l’étude le décrit «\u00a0selon la zone de coopération ou la thématique\u00a0»\u00a0: ${listFr(parts.map(where))}.`;
}

/** Models level with the main one on the orientation, and whether the structuring parted them. */
export interface Ties {
	readonly tiedWith: readonly ModelId[];
	readonly parted: boolean;
}

/** Why the main model is retained when the orientation alone does not name it. */
function retainedSentence(draft: Draft, { tiedWith, parted }: Ties): string | null {
	const { main, orientation } = draft;
	const share = percentFr(orientation.shares[main]);
	if (!draft.atypical && main !== orientation.main) {
		// the exclusion that set the orientation's first model aside says on what ground
		const ground = draft.exclusions.find((e) => e.models.includes(orientation.main))?.ground;
		const among =
			ground === 'organisation'
				? 'Parmi les modèles que l’étude décrit avec une organisation comme la vôtre'
				: 'Parmi les modèles dont l’étude retrouve les traits dans ce que vous faites';
		const closest = `le plus proche de votre orientation est le modèle ${name(main)} (${share})`;
		return `${among}, ${closest}\u00a0: c’est lui qui est retenu.`;
	}
	if (tiedWith.length === 0) return null;
	const level = `Votre orientation est à égalité entre les modèles ${listFr([main, ...tiedWith].map(name))}`;
	const model = `modèle ${name(main)}`;
	const means = 'votre organisation et vos moyens';
	return parted
		? `${level}\u00a0: ${means} les départagent, plus proches de ceux du ${model}, qui est retenu.`
		: `${level}, et votre organisation ne les départage pas\u00a0: le ${model} n’est nommé que le premier.`;
}

export function placementSentences(draft: Draft, ties: Ties = { tiedWith: [], parted: false }): PlacementSentences {
	return {
		orientation: orientationSentence(draft),
		structuring: structuringSentence(draft),
		organisation: organisationSentence(draft),
		hybrid: hybridSentence(draft.hybridParts),
		exclusions: draft.exclusions.map((e) => e.text),
		retained: retainedSentence(draft, ties),
		atypical: draft.atypical
			? `Aucun des modèles que votre organisation permet ne rejoint votre orientation\u00a0: le modèle ${name(draft.main)} est retenu pour ce que vous faites, avec l’écart décrit ci-dessous.`
			: null
	};
}
