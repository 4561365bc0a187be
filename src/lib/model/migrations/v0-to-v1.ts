// Version 0 was the pre-release beta tried with a few authorities; version 1 is the first release.
import type { Change } from './changes';

const cooperationForms = ['twinning', 'cross_border', 'development_cooperation', 'european_project'];
const cooperationKinds = [
	'development_aid',
	'cultural',
	'emergency',
	'institutional_support',
	'economic',
	'technical',
	'peer_exchange',
	'other'
];

export const v0ToV1: readonly Change[] = [
	// « Menez-vous une action ? » was ambiguous: the question now names international action.
	{ kind: 'renameQuestion', from: 'has_action', to: 'has_international_action' },
	// The budget bands were redrawn on the study's bands; 100–500 k€ was cut in two and cannot be placed.
	{ kind: 'renameQuestion', from: 'budget', to: 'budget_band' },
	{
		kind: 'retireOptions',
		question: 'budget_band',
		label: 'Budget annuel',
		options: { '100_500k': 'De 100 000 à 500 000 €' }
	},
	{
		kind: 'renameOptions',
		question: 'budget_band',
		map: {
			lt_10k: 'under_10k',
			'10_50k': '10k_50k',
			'50_100k': '50k_100k',
			gt_500k: 'over_500k',
			dont_know: 'unknown'
		}
	},
	// One long list mixed the forms of cooperation with its kinds; the typology needs them apart.
	{
		kind: 'splitQuestion',
		from: 'cooperation',
		into: { cooperation_forms: cooperationForms, cooperation_kinds: cooperationKinds }
	},
	// Partner cities as free text gave nothing the placement could use; countries are asked instead.
	{ kind: 'retireQuestion', question: 'partner_cities', label: 'Villes partenaires' },
	{ kind: 'renameSteps', map: { partners: 'partnerships', money: 'budget' } }
];
