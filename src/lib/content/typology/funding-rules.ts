// Structuring, the means: budget line, budget band and external funding (typologie.md — « financements »).
// For the structured models, more means never weigh against: co-funding and larger bands only add
// points to CLIMAPART and ASTRE and only remove points from the three others.
import type { TypologyRule } from './rule-types';

const pick = (
	questionId: string,
	option: string,
	weights: TypologyRule['weights'],
	reason: string,
	source: string
): TypologyRule => ({ id: `${questionId}.${option}`, axis: 'structuring', questionId, match: { option }, weights, reason, source });

const funding = 'typologie.md — financements';

export const fundingRules: readonly TypologyRule[] = [
	pick('budget_line', 'yes', { climapart: 2, astre: 2 }, 'Une ligne budgétaire dédiée marque les modèles structurés.', `${funding} : CLIMAPART « ligne budgétaire dédiée »`),
	pick('budget_line', 'no', { cosmin: 2, humanis: 1, cimob: 1 }, 'Sans ligne dédiée, l’action ressemble à celle des COSMIN, HUMANIS et CIMOB.', `${funding} : COSMIN « pas de ligne dédiée » ; HUMANIS « budget interne » ; CIMOB « faibles lignes budgétaires »`),

	pick('budget_band', 'under_10k', { humanis: 2, cosmin: 2, cimob: 2 }, 'Moins de 10 000 € par an : le budget des HUMANIS, COSMIN et CIMOB.', `${funding} : HUMANIS, COSMIN et CIMOB « moins de 10 000 € »`),
	pick('budget_band', '10k_50k', { humanis: 1, cosmin: 1, cimob: 1 }, 'De 10 000 à 50 000 € : au-dessus des HUMANIS, COSMIN et CIMOB, encore loin des CLIMAPART.', `${funding} : « moins de 10 000 € » (HUMANIS, COSMIN, CIMOB) ; CLIMAPART « plus de 50 000 € »`),
	pick('budget_band', '50k_100k', { climapart: 2 }, 'Plus de 50 000 € : le seuil moyen des CLIMAPART.', `${funding} : CLIMAPART « plus de 50 000 € en moyenne »`),
	pick('budget_band', '100k_250k', { climapart: 3 }, 'De 100 000 à 250 000 € : le budget des CLIMAPART (250 000 € au profil-type).', `${funding} : CLIMAPART « profil-type : 250 000 € »`),
	pick('budget_band', '250k_500k', { climapart: 3, astre: 1 }, 'De 250 000 à 500 000 € : la CLIMAPART-type, en route vers les ASTRE.', `${funding} : CLIMAPART « profil-type : 250 000 € » ; ASTRE « plus de 500 000 € »`),
	pick('budget_band', 'over_500k', { astre: 4 }, 'Plus de 500 000 € par an : le budget des ASTRE.', `${funding} : ASTRE « plus de 500 000 € par an »`),

	pick('external_funding', 'none', { humanis: 2, cosmin: 1, cimob: 1, climapart: -1, astre: -1 }, 'Aucun financement extérieur : le budget interne des HUMANIS, et souvent des COSMIN et CIMOB.', `${funding} : HUMANIS « budget interne ; pas de MEAE ni d’AFD »`),
	// The MEAE calls for projects some COSMIN and CIMOB obtain do not distinguish them: only the
	// HUMANIS trait (« pas de MEAE ») is kept against, so that co-funding never weighs for them.
	pick('external_funding', 'meae', { climapart: 2, astre: 1, humanis: -1 }, 'Le cofinancement du ministère est typique des CLIMAPART ; les HUMANIS n’en ont pas.', `${funding} : CLIMAPART « cofinancements MEAE » ; HUMANIS « pas de MEAE »`),
	pick('external_funding', 'afd_ficol', { climapart: 2, astre: 1, humanis: -1, cosmin: -1, cimob: -1 }, 'La FICOL de l’AFD est un cofinancement CLIMAPART ; HUMANIS, COSMIN et CIMOB n’en ont pas.', `${funding} : CLIMAPART « cofinancements AFD » ; HUMANIS, COSMIN, CIMOB « pas d’AFD »`),
	pick('external_funding', 'afd_other', { climapart: 2, astre: 1, humanis: -1, cosmin: -1, cimob: -1 }, 'Un financement de l’AFD est un cofinancement CLIMAPART ; HUMANIS, COSMIN et CIMOB n’en ont pas.', `${funding} : CLIMAPART « cofinancements AFD » ; HUMANIS, COSMIN, CIMOB « pas d’AFD »`),
	pick('external_funding', 'water_agencies', { climapart: 2, cosmin: -1 }, 'Les agences de l’eau cofinancent les CLIMAPART, pas les COSMIN.', `${funding} : CLIMAPART « agences de l’eau » ; COSMIN « pas d’agences de l’eau »`),
	pick('external_funding', 'eu', { climapart: 2, astre: 2 }, 'Les fonds européens financent les CLIMAPART et surtout les ASTRE.', `${funding} : CLIMAPART « fonds européens » ; ASTRE « gère des fonds européens »`),
	pick('external_funding', 'multilateral', { astre: 3 }, 'Les bailleurs multilatéraux financent les ASTRE.', `${funding} : ASTRE « bailleurs multilatéraux »`),
	pick('external_funding', 'one_percent', { climapart: 2 }, 'Les dispositifs « 1 % » (eau, énergie, déchets) financent les coopérations CLIMAPART.', `${funding} : CLIMAPART « cofinancements, agences de l’eau »`),
	pick('external_funding', 'youth_ministry', { cimob: 3 }, 'Le ministère de la jeunesse soutient la CIMOB-type.', `${funding} : CIMOB « un peu de MEAE (DAECT) ou du ministère de la jeunesse »`),
	pick('action_families', 'eu_funds', { astre: 3 }, 'Gérer des fonds européens est propre aux ASTRE.', `${funding} : ASTRE « gère des fonds européens »`)
];
