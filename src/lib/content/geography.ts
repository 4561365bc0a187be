// French regions (2016 map: 13 metropolitan + 5 overseas) and the 101 departments with their
// region. Source: INSEE, Code officiel géographique (codes and names unchanged since 2016),
// compiled December 2024. Bas-Rhin 67 and Haut-Rhin 68 stay two departments (the Collectivité
// européenne d’Alsace, 2021, kept their codes); Rhône 69 is listed as one department (the
// Métropole de Lyon is not a separate entry); there is no 975.

export const regionIds = [
	'auvergne-rhone-alpes',
	'bourgogne-franche-comte',
	'bretagne',
	'centre-val-de-loire',
	'corse',
	'grand-est',
	'hauts-de-france',
	'ile-de-france',
	'normandie',
	'nouvelle-aquitaine',
	'occitanie',
	'pays-de-la-loire',
	'provence-alpes-cote-d-azur',
	'guadeloupe',
	'martinique',
	'guyane',
	'la-reunion',
	'mayotte'
] as const;
export type RegionId = (typeof regionIds)[number];

export interface Region {
	readonly id: RegionId;
	readonly name: string;
	/** région d’outre-mer (also a single department) */
	readonly overseas: boolean;
}

export interface Department {
	/** INSEE code: '01'…'95', '2A', '2B', '971'…'976' */
	readonly code: string;
	readonly name: string;
	readonly regionId: RegionId;
}

/** Same order as regionIds. */
export const regions: readonly Region[] = [
	{ id: 'auvergne-rhone-alpes', name: 'Auvergne-Rhône-Alpes', overseas: false },
	{ id: 'bourgogne-franche-comte', name: 'Bourgogne-Franche-Comté', overseas: false },
	{ id: 'bretagne', name: 'Bretagne', overseas: false },
	{ id: 'centre-val-de-loire', name: 'Centre-Val de Loire', overseas: false },
	{ id: 'corse', name: 'Corse', overseas: false },
	{ id: 'grand-est', name: 'Grand Est', overseas: false },
	{ id: 'hauts-de-france', name: 'Hauts-de-France', overseas: false },
	{ id: 'ile-de-france', name: 'Île-de-France', overseas: false },
	{ id: 'normandie', name: 'Normandie', overseas: false },
	{ id: 'nouvelle-aquitaine', name: 'Nouvelle-Aquitaine', overseas: false },
	{ id: 'occitanie', name: 'Occitanie', overseas: false },
	{ id: 'pays-de-la-loire', name: 'Pays de la Loire', overseas: false },
	{ id: 'provence-alpes-cote-d-azur', name: 'Provence-Alpes-Côte d’Azur', overseas: false },
	{ id: 'guadeloupe', name: 'Guadeloupe', overseas: true },
	{ id: 'martinique', name: 'Martinique', overseas: true },
	{ id: 'guyane', name: 'Guyane', overseas: true },
	{ id: 'la-reunion', name: 'La Réunion', overseas: true },
	{ id: 'mayotte', name: 'Mayotte', overseas: true }
];

/** Sorted by code in the usual INSEE order (2A and 2B between 19 and 21). */
export const departments: readonly Department[] = [
	{ code: '01', name: 'Ain', regionId: 'auvergne-rhone-alpes' },
	{ code: '02', name: 'Aisne', regionId: 'hauts-de-france' },
	{ code: '03', name: 'Allier', regionId: 'auvergne-rhone-alpes' },
	{ code: '04', name: 'Alpes-de-Haute-Provence', regionId: 'provence-alpes-cote-d-azur' },
	{ code: '05', name: 'Hautes-Alpes', regionId: 'provence-alpes-cote-d-azur' },
	{ code: '06', name: 'Alpes-Maritimes', regionId: 'provence-alpes-cote-d-azur' },
	{ code: '07', name: 'Ardèche', regionId: 'auvergne-rhone-alpes' },
	{ code: '08', name: 'Ardennes', regionId: 'grand-est' },
	{ code: '09', name: 'Ariège', regionId: 'occitanie' },
	{ code: '10', name: 'Aube', regionId: 'grand-est' },
	{ code: '11', name: 'Aude', regionId: 'occitanie' },
	{ code: '12', name: 'Aveyron', regionId: 'occitanie' },
	{ code: '13', name: 'Bouches-du-Rhône', regionId: 'provence-alpes-cote-d-azur' },
	{ code: '14', name: 'Calvados', regionId: 'normandie' },
	{ code: '15', name: 'Cantal', regionId: 'auvergne-rhone-alpes' },
	{ code: '16', name: 'Charente', regionId: 'nouvelle-aquitaine' },
	{ code: '17', name: 'Charente-Maritime', regionId: 'nouvelle-aquitaine' },
	{ code: '18', name: 'Cher', regionId: 'centre-val-de-loire' },
	{ code: '19', name: 'Corrèze', regionId: 'nouvelle-aquitaine' },
	{ code: '2A', name: 'Corse-du-Sud', regionId: 'corse' },
	{ code: '2B', name: 'Haute-Corse', regionId: 'corse' },
	{ code: '21', name: 'Côte-d’Or', regionId: 'bourgogne-franche-comte' },
	{ code: '22', name: 'Côtes-d’Armor', regionId: 'bretagne' },
	{ code: '23', name: 'Creuse', regionId: 'nouvelle-aquitaine' },
	{ code: '24', name: 'Dordogne', regionId: 'nouvelle-aquitaine' },
	{ code: '25', name: 'Doubs', regionId: 'bourgogne-franche-comte' },
	{ code: '26', name: 'Drôme', regionId: 'auvergne-rhone-alpes' },
	{ code: '27', name: 'Eure', regionId: 'normandie' },
	{ code: '28', name: 'Eure-et-Loir', regionId: 'centre-val-de-loire' },
	{ code: '29', name: 'Finistère', regionId: 'bretagne' },
	{ code: '30', name: 'Gard', regionId: 'occitanie' },
	{ code: '31', name: 'Haute-Garonne', regionId: 'occitanie' },
	{ code: '32', name: 'Gers', regionId: 'occitanie' },
	{ code: '33', name: 'Gironde', regionId: 'nouvelle-aquitaine' },
	{ code: '34', name: 'Hérault', regionId: 'occitanie' },
	{ code: '35', name: 'Ille-et-Vilaine', regionId: 'bretagne' },
	{ code: '36', name: 'Indre', regionId: 'centre-val-de-loire' },
	{ code: '37', name: 'Indre-et-Loire', regionId: 'centre-val-de-loire' },
	{ code: '38', name: 'Isère', regionId: 'auvergne-rhone-alpes' },
	{ code: '39', name: 'Jura', regionId: 'bourgogne-franche-comte' },
	{ code: '40', name: 'Landes', regionId: 'nouvelle-aquitaine' },
	{ code: '41', name: 'Loir-et-Cher', regionId: 'centre-val-de-loire' },
	{ code: '42', name: 'Loire', regionId: 'auvergne-rhone-alpes' },
	{ code: '43', name: 'Haute-Loire', regionId: 'auvergne-rhone-alpes' },
	{ code: '44', name: 'Loire-Atlantique', regionId: 'pays-de-la-loire' },
	{ code: '45', name: 'Loiret', regionId: 'centre-val-de-loire' },
	{ code: '46', name: 'Lot', regionId: 'occitanie' },
	{ code: '47', name: 'Lot-et-Garonne', regionId: 'nouvelle-aquitaine' },
	{ code: '48', name: 'Lozère', regionId: 'occitanie' },
	{ code: '49', name: 'Maine-et-Loire', regionId: 'pays-de-la-loire' },
	{ code: '50', name: 'Manche', regionId: 'normandie' },
	{ code: '51', name: 'Marne', regionId: 'grand-est' },
	{ code: '52', name: 'Haute-Marne', regionId: 'grand-est' },
	{ code: '53', name: 'Mayenne', regionId: 'pays-de-la-loire' },
	{ code: '54', name: 'Meurthe-et-Moselle', regionId: 'grand-est' },
	{ code: '55', name: 'Meuse', regionId: 'grand-est' },
	{ code: '56', name: 'Morbihan', regionId: 'bretagne' },
	{ code: '57', name: 'Moselle', regionId: 'grand-est' },
	{ code: '58', name: 'Nièvre', regionId: 'bourgogne-franche-comte' },
	{ code: '59', name: 'Nord', regionId: 'hauts-de-france' },
	{ code: '60', name: 'Oise', regionId: 'hauts-de-france' },
	{ code: '61', name: 'Orne', regionId: 'normandie' },
	{ code: '62', name: 'Pas-de-Calais', regionId: 'hauts-de-france' },
	{ code: '63', name: 'Puy-de-Dôme', regionId: 'auvergne-rhone-alpes' },
	{ code: '64', name: 'Pyrénées-Atlantiques', regionId: 'nouvelle-aquitaine' },
	{ code: '65', name: 'Hautes-Pyrénées', regionId: 'occitanie' },
	{ code: '66', name: 'Pyrénées-Orientales', regionId: 'occitanie' },
	{ code: '67', name: 'Bas-Rhin', regionId: 'grand-est' },
	{ code: '68', name: 'Haut-Rhin', regionId: 'grand-est' },
	{ code: '69', name: 'Rhône', regionId: 'auvergne-rhone-alpes' },
	{ code: '70', name: 'Haute-Saône', regionId: 'bourgogne-franche-comte' },
	{ code: '71', name: 'Saône-et-Loire', regionId: 'bourgogne-franche-comte' },
	{ code: '72', name: 'Sarthe', regionId: 'pays-de-la-loire' },
	{ code: '73', name: 'Savoie', regionId: 'auvergne-rhone-alpes' },
	{ code: '74', name: 'Haute-Savoie', regionId: 'auvergne-rhone-alpes' },
	{ code: '75', name: 'Paris', regionId: 'ile-de-france' },
	{ code: '76', name: 'Seine-Maritime', regionId: 'normandie' },
	{ code: '77', name: 'Seine-et-Marne', regionId: 'ile-de-france' },
	{ code: '78', name: 'Yvelines', regionId: 'ile-de-france' },
	{ code: '79', name: 'Deux-Sèvres', regionId: 'nouvelle-aquitaine' },
	{ code: '80', name: 'Somme', regionId: 'hauts-de-france' },
	{ code: '81', name: 'Tarn', regionId: 'occitanie' },
	{ code: '82', name: 'Tarn-et-Garonne', regionId: 'occitanie' },
	{ code: '83', name: 'Var', regionId: 'provence-alpes-cote-d-azur' },
	{ code: '84', name: 'Vaucluse', regionId: 'provence-alpes-cote-d-azur' },
	{ code: '85', name: 'Vendée', regionId: 'pays-de-la-loire' },
	{ code: '86', name: 'Vienne', regionId: 'nouvelle-aquitaine' },
	{ code: '87', name: 'Haute-Vienne', regionId: 'nouvelle-aquitaine' },
	{ code: '88', name: 'Vosges', regionId: 'grand-est' },
	{ code: '89', name: 'Yonne', regionId: 'bourgogne-franche-comte' },
	{ code: '90', name: 'Territoire de Belfort', regionId: 'bourgogne-franche-comte' },
	{ code: '91', name: 'Essonne', regionId: 'ile-de-france' },
	{ code: '92', name: 'Hauts-de-Seine', regionId: 'ile-de-france' },
	{ code: '93', name: 'Seine-Saint-Denis', regionId: 'ile-de-france' },
	{ code: '94', name: 'Val-de-Marne', regionId: 'ile-de-france' },
	{ code: '95', name: 'Val-d’Oise', regionId: 'ile-de-france' },
	{ code: '971', name: 'Guadeloupe', regionId: 'guadeloupe' },
	{ code: '972', name: 'Martinique', regionId: 'martinique' },
	{ code: '973', name: 'Guyane', regionId: 'guyane' },
	{ code: '974', name: 'La Réunion', regionId: 'la-reunion' },
	{ code: '976', name: 'Mayotte', regionId: 'mayotte' }
];

export function regionById(id: string): Region | undefined {
	return regions.find((r) => r.id === id);
}

export function departmentsOfRegion(regionId: string): readonly Department[] {
	return departments.filter((d) => d.regionId === regionId);
}

/** Accepts '1' or '01', and lower-case '2a' / '2b'. */
export function departmentByCode(code: string): Department | undefined {
	let c = code.trim().toUpperCase();
	if (/^\d$/.test(c)) c = '0' + c;
	return departments.find((d) => d.code === c);
}
