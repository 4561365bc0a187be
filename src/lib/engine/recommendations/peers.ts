// Where the authority stands among the study's respondents: positioning sentences (« comme
// 47 % des collectivités de l'étude… »), never a ranking, always with the study's caveat.
import {
	budgetLineByType,
	ministryFundingByPopulation,
	studyCaveat,
	studyFigures as f,
	studySample,
	type StudyFigure
} from '../../content/study-figures';
import type { Answers } from '../../content/types';
import { readProfile, type Profile } from './profile';
import { percentFr } from '../french';
import type { PeerPositioning, PeerStatement } from './types';

type Draft = Omit<PeerStatement, 'section'> & { figure: StudyFigure };

const smallBands = ['under_2k', '2k_5k', '5k_10k'];

/** « comme 47,1 % des collectivités… », or « comme toutes les… » at 100 %. */
function like(figure: StudyFigure): string {
	return `comme ${shareOf(figure)}`;
}

/** « 30 % des communes de… », or « toutes les régions de… » when the study's figure is all of them */
function shareOf(figure: StudyFigure): string {
	return figure.percent === 100 ? `toutes les ${figure.base}` : `${percentFr(figure.percent)} des ${figure.base}`;
}

function capital(text: string): string {
	return text.charAt(0).toUpperCase() + text.slice(1);
}

function organisation(p: Profile): Draft[] {
	const drafts: Draft[] = [];
	if (p.riService === 'yes') {
		const small = p.populationBand !== undefined && smallBands.includes(p.populationBand);
		const rare = small ? ' Dans l’étude, toutes celles qui en avaient un comptaient plus de 10 000 habitants.' : '';
		drafts.push({
			id: 'ri_service',
			topic: 'Service des relations internationales',
			figure: f.riServiceYes,
			text: `${capital(like(f.riServiceYes))}, vous avez un service dédié aux relations internationales.${rare}`
		});
	} else if (p.riService === 'no')
		drafts.push({
			id: 'ri_service',
			topic: 'Service des relations internationales',
			figure: f.riServiceNo,
			text: `${capital(like(f.riServiceNo))}, vous n’avez pas de service dédié aux relations internationales.`
		});

	const byType = p.authorityType ? budgetLineByType[p.authorityType] : undefined;
	if (byType && p.budgetLine === 'yes')
		drafts.push({
			id: 'budget_line',
			topic: 'Ligne budgétaire',
			figure: byType,
			text: `${capital(like(byType))}, vous avez une ligne budgétaire dédiée à l’action extérieure.`
		});
	else if (byType && p.budgetLine === 'no')
		drafts.push({
			id: 'budget_line',
			topic: 'Ligne budgétaire',
			figure: byType,
			text: `${capital(shareOf(byType))} ont une ligne budgétaire dédiée ; ce n’est pas votre cas.`
		});
	else if (p.budgetLine === 'unknown')
		drafts.push({
			id: 'budget_line',
			topic: 'Ligne budgétaire',
			figure: f.budgetLineUnknown,
			text: `${capital(like(f.budgetLineUnknown))}, vous ne savez pas si une ligne budgétaire est dédiée à l’action extérieure.`
		});
	return drafts;
}

function budget(p: Profile): Draft[] {
	const topic = 'Budget annuel';
	switch (p.budgetBand) {
		case 'under_10k':
			return [
				{
					id: 'budget_band',
					topic,
					figure: f.budgetUnder10k,
					text: `${capital(like(f.budgetUnder10k))}, vous consacrez moins de 10 000 € par an à l’action extérieure ; la moitié des ${f.budgetUnder50k.base} y consacrent moins de 50 000 €.`
				}
			];
		case '10k_50k':
			return [
				{
					id: 'budget_band',
					topic,
					figure: f.budget10kTo50k,
					text: `Comme plus de ${percentFr(f.budget10kTo50k.percent)} des ${f.budget10kTo50k.base}, vous y consacrez de 10 000 à 50 000 € par an : c’est la tranche la plus fréquente.`
				}
			];
		case '250k_500k':
			return [
				{
					id: 'budget_band',
					topic,
					figure: f.budget250kTo500k,
					text: `${capital(like(f.budget250kTo500k))}, vous y consacrez de 250 000 à 500 000 € par an.`
				}
			];
		case '50k_100k':
		case '100k_250k':
		case 'over_500k':
			return [
				{
					id: 'budget_band',
					topic,
					figure: f.budgetUnder50k,
					text: `La moitié des ${f.budgetUnder50k.base} consacrent moins de 50 000 € par an à l’action extérieure ; votre budget se situe au-dessus.`
				}
			];
		default:
			return [];
	}
}

function networksAndSupport(p: Profile): Draft[] {
	const drafts: Draft[] = [];
	const member = p.networks.length > 0 && !p.networks.includes('none');
	const topic = 'Réseaux';
	if (!member && p.networks.includes('none') && p.populationBand && smallBands.includes(p.populationBand))
		drafts.push({
			id: 'networks',
			topic,
			figure: f.networksUnder10k,
			text: 'Comme toutes les collectivités de moins de 10 000 habitants de l’étude, vous n’êtes membre d’aucun réseau.'
		});
	else if (p.populationBand === '10k_50k' && (member || p.networks.includes('none')))
		drafts.push({
			id: 'networks',
			topic,
			figure: f.networks10kTo50k,
			text: member
				? `Seules ${percentFr(f.networks10kTo50k.percent)} des ${f.networks10kTo50k.base} étaient membres d’un réseau, comme vous.`
				: `Comme ${percentFr(100 - f.networks10kTo50k.percent)} des ${f.networks10kTo50k.base}, vous n’êtes membre d’aucun réseau.`
		});
	else if ((member || p.actionFamilies.includes('local_government_networks')) && p.riService === 'yes')
		drafts.push({
			id: 'networks',
			topic,
			figure: f.networksWithRi,
			text: `${capital(like(f.networksWithRi))}, vous participez à des réseaux nationaux ou internationaux de collectivités.`
		});
	else if (member && p.riService === 'no')
		drafts.push({
			id: 'networks',
			topic,
			figure: f.networksWithoutRi,
			text: `Seules ${percentFr(f.networksWithoutRi.percent)} des ${f.networksWithoutRi.base} étaient membres d’un réseau, comme vous.`
		});

	if (p.supportReceived === 'yes') {
		const rrma = p.supportProviders.includes('rrma')
			? ` Le réseau régional était l’accompagnateur le plus cité (environ ${percentFr(f.supportedByRrma.percent)} des ${f.supportedByRrma.base}).`
			: '';
		drafts.push({
			id: 'support',
			topic: 'Accompagnement',
			figure: f.supportedYes,
			text: `${capital(like(f.supportedYes))}, votre collectivité a déjà été accompagnée.${rrma}`
		});
	} else if (p.supportReceived === 'no')
		drafts.push({
			id: 'support',
			topic: 'Accompagnement',
			figure: f.supportedNo,
			text: `${capital(like(f.supportedNo))}, votre collectivité n’a jamais été accompagnée.`
		});
	return drafts;
}

function fundingAndNeeds(p: Profile): Draft[] {
	const drafts: Draft[] = [];
	const ministry = p.populationBand ? ministryFundingByPopulation[p.populationBand] : undefined;
	if (ministry && p.externalFunding.length > 0)
		drafts.push({
			id: 'ministry_funding',
			topic: 'Financements extérieurs',
			figure: ministry,
			text: p.externalFunding.includes('meae')
				? `${capital(like(ministry))}, vous avez obtenu un financement du ministère des Affaires étrangères.`
				: `${capital(shareOf(ministry))} ont obtenu un financement du ministère des Affaires étrangères ; ce n’est pas votre cas.`
		});
	const needFigures: Record<string, [StudyFigure, string]> = {
		funding_information: [f.needFundingInformation, 'vous avez besoin d’informations sur les financements'],
		project_design: [f.needProjectDesign, 'vous cherchez un soutien au montage de projets'],
		peer_information: [f.needPeerInformation, 'vous voulez connaître les actions d’autres collectivités']
	};
	// in the study's order of frequency: financing 56 %, project support 36 %, other authorities' actions 35 %
	for (const need of Object.keys(needFigures).filter((id) => p.needs.includes(id))) {
		const entry = needFigures[need];
		if (entry)
			drafts.push({
				id: `need_${need}`,
				topic: 'Besoins',
				figure: entry[0],
				text: `${capital(like(entry[0]))}, ${entry[1]}.`
			});
	}
	if (p.mainObstacle === 'financial_means')
		drafts.push({
			id: 'main_obstacle',
			topic: 'Freins',
			figure: f.mainObstacleFinancial,
			text: `${capital(like(f.mainObstacleFinancial))}, le manque de moyens financiers est votre premier frein.`
		});
	if (p.odaDeclared === 'yes' || p.odaDeclared === 'no')
		drafts.push({
			id: 'oda',
			topic: 'Aide publique au développement',
			figure: f.odaDeclared,
			text:
				p.odaDeclared === 'yes'
					? 'Comme la moitié des collectivités de l’étude, vous déclarez votre aide publique au développement.'
					: 'La moitié seulement des collectivités de l’étude déclaraient leur aide publique au développement ; vous pouvez rejoindre celles qui le font.'
		});
	return drafts;
}

function seniority(p: Profile): Draft[] {
	const topic = 'Ancienneté';
	if (p.seniority === 'over_20y')
		return [
			{
				id: 'seniority',
				topic,
				figure: f.seniorityOver20,
				text: `${capital(like(f.seniorityOver20))}, vous agissez à l’international depuis plus de 20 ans.`
			}
		];
	if (p.seniority === '10_20y')
		return [
			{
				id: 'seniority',
				topic,
				figure: f.seniorityOver10,
				text: `${capital(like(f.seniorityOver10))}, vous agissez à l’international depuis plus de 10 ans.`
			}
		];
	if (p.seniority === 'under_3y' || p.seniority === '3_10y')
		return [
			{
				id: 'seniority',
				topic,
				figure: f.seniorityOver10,
				text: `${capital(shareOf(f.seniorityOver10))} agissent depuis plus de 10 ans : votre action est plus récente.`
			}
		];
	return [];
}

function starting(p: Profile): Draft[] {
	const drafts: Draft[] = [
		{
			id: 'not_engaged',
			topic: 'Action extérieure',
			figure: f.notEngagedShare,
			text: `Comme ${studySample.notEngaged} des ${studySample.respondents} collectivités de l’étude (${percentFr(f.notEngagedShare.percent)}), vous n’avez pas encore d’action extérieure.`
		}
	];
	if (p.authorityType === 'municipality' && (p.populationBand === 'under_2k' || p.populationBand === '2k_5k'))
		drafts.push({
			id: 'small_commune',
			topic: 'Profil',
			figure: f.notEngagedSmallCommunes,
			text: `${capital(shareOf(f.notEngagedSmallCommunes))} étaient, comme vous, des communes de moins de 5 000 habitants.`
		});
	if (p.needs.includes('funding_information'))
		drafts.push({
			id: 'need_funding_information',
			topic: 'Besoins',
			figure: f.notEngagedNeedFunding,
			text: `${capital(like(f.notEngagedNeedFunding))}, vous avez besoin d’informations sur les dispositifs de financement.`
		});
	if (p.needs.includes('technical_support'))
		drafts.push({
			id: 'need_technical_support',
			topic: 'Besoins',
			figure: f.notEngagedNeedTechnical,
			text: `${capital(like(f.notEngagedNeedTechnical))}, vous cherchez un appui technique.`
		});
	return drafts;
}

export function positionAmongPeers(answers: Answers): PeerPositioning {
	const p = readProfile(answers);
	const drafts = p.engaged
		? [...seniority(p), ...organisation(p), ...budget(p), ...networksAndSupport(p), ...fundingAndNeeds(p)]
		: starting(p);
	return {
		statements: drafts.map(({ figure, ...statement }) => ({ ...statement, section: figure.section })),
		caveat: studyCaveat
	};
}
