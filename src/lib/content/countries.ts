// Countries a partner abroad may be based in, with French names, a coarse world zone and the
// least-developed-country flag. Codes are ISO 3166-1 alpha-2 (XK, user-assigned, for Kosovo).
// Scope: the 193 UN member states minus France, plus Palestine, Kosovo, the Holy See (Vatican)
// and Taïwan; no dependent territories. Names follow the usual French short forms
// (CLDR / Intl.DisplayNames 'fr', corrected by hand). Compiled December 2024.
//
// leastDeveloped: « Liste des pays les moins avancés, Nations unies, décembre 2024 » (UN DESA /
// CDP, 44 countries, after the graduations of Bhoutan in December 2023 and Sao Tomé-et-Principe
// on 13 December 2024). Africa (32): Angola, Bénin, Burkina Faso, Burundi, République
// centrafricaine, Tchad, Comores, République démocratique du Congo, Djibouti, Érythrée, Éthiopie,
// Gambie, Guinée, Guinée-Bissau, Lesotho, Liberia, Madagascar, Malawi, Mali, Mauritanie,
// Mozambique, Niger, Rwanda, Sénégal, Sierra Leone, Somalie, Soudan du Sud, Soudan, Togo, Ouganda,
// Tanzanie, Zambie. Asia (8): Afghanistan, Bangladesh, Cambodge, Laos, Myanmar, Népal,
// Timor oriental, Yémen. Americas (1): Haïti. Pacific (3): Kiribati, Îles Salomon, Tuvalu.
// These flags drive a co-funding rate: update them when the UN list changes (Bangladesh, Laos
// and Népal are scheduled to graduate in November 2026; check the list at policy.desa.un.org).

export const zoneIds = [
	'sub_saharan_africa',
	'north_africa',
	'europe',
	'north_america',
	'latin_america_caribbean',
	'asia',
	'middle_east',
	'oceania'
] as const;
export type ZoneId = (typeof zoneIds)[number];

export interface Country {
	/** ISO 3166-1 alpha-2, stable identifier */
	readonly code: string;
	/** usual French short name */
	readonly name: string;
	readonly zone: ZoneId;
	/** on the UN list of least developed countries (December 2024) */
	readonly leastDeveloped: boolean;
}

/** Sorted by French name (localeCompare 'fr'). */
export const countries: readonly Country[] = [
	{ code: 'AF', name: 'Afghanistan', zone: 'asia', leastDeveloped: true },
	{ code: 'ZA', name: 'Afrique du Sud', zone: 'sub_saharan_africa', leastDeveloped: false },
	{ code: 'AL', name: 'Albanie', zone: 'europe', leastDeveloped: false },
	{ code: 'DZ', name: 'Algérie', zone: 'north_africa', leastDeveloped: false },
	{ code: 'DE', name: 'Allemagne', zone: 'europe', leastDeveloped: false },
	{ code: 'AD', name: 'Andorre', zone: 'europe', leastDeveloped: false },
	{ code: 'AO', name: 'Angola', zone: 'sub_saharan_africa', leastDeveloped: true },
	{ code: 'AG', name: 'Antigua-et-Barbuda', zone: 'latin_america_caribbean', leastDeveloped: false },
	{ code: 'SA', name: 'Arabie saoudite', zone: 'middle_east', leastDeveloped: false },
	{ code: 'AR', name: 'Argentine', zone: 'latin_america_caribbean', leastDeveloped: false },
	{ code: 'AM', name: 'Arménie', zone: 'europe', leastDeveloped: false },
	{ code: 'AU', name: 'Australie', zone: 'oceania', leastDeveloped: false },
	{ code: 'AT', name: 'Autriche', zone: 'europe', leastDeveloped: false },
	{ code: 'AZ', name: 'Azerbaïdjan', zone: 'europe', leastDeveloped: false },
	{ code: 'BS', name: 'Bahamas', zone: 'latin_america_caribbean', leastDeveloped: false },
	{ code: 'BH', name: 'Bahreïn', zone: 'middle_east', leastDeveloped: false },
	{ code: 'BD', name: 'Bangladesh', zone: 'asia', leastDeveloped: true },
	{ code: 'BB', name: 'Barbade', zone: 'latin_america_caribbean', leastDeveloped: false },
	{ code: 'BE', name: 'Belgique', zone: 'europe', leastDeveloped: false },
	{ code: 'BZ', name: 'Belize', zone: 'latin_america_caribbean', leastDeveloped: false },
	{ code: 'BJ', name: 'Bénin', zone: 'sub_saharan_africa', leastDeveloped: true },
	{ code: 'BT', name: 'Bhoutan', zone: 'asia', leastDeveloped: false },
	{ code: 'BY', name: 'Biélorussie', zone: 'europe', leastDeveloped: false },
	{ code: 'BO', name: 'Bolivie', zone: 'latin_america_caribbean', leastDeveloped: false },
	{ code: 'BA', name: 'Bosnie-Herzégovine', zone: 'europe', leastDeveloped: false },
	{ code: 'BW', name: 'Botswana', zone: 'sub_saharan_africa', leastDeveloped: false },
	{ code: 'BR', name: 'Brésil', zone: 'latin_america_caribbean', leastDeveloped: false },
	{ code: 'BN', name: 'Brunei', zone: 'asia', leastDeveloped: false },
	{ code: 'BG', name: 'Bulgarie', zone: 'europe', leastDeveloped: false },
	{ code: 'BF', name: 'Burkina Faso', zone: 'sub_saharan_africa', leastDeveloped: true },
	{ code: 'BI', name: 'Burundi', zone: 'sub_saharan_africa', leastDeveloped: true },
	{ code: 'KH', name: 'Cambodge', zone: 'asia', leastDeveloped: true },
	{ code: 'CM', name: 'Cameroun', zone: 'sub_saharan_africa', leastDeveloped: false },
	{ code: 'CA', name: 'Canada', zone: 'north_america', leastDeveloped: false },
	{ code: 'CV', name: 'Cap-Vert', zone: 'sub_saharan_africa', leastDeveloped: false },
	{ code: 'CL', name: 'Chili', zone: 'latin_america_caribbean', leastDeveloped: false },
	{ code: 'CN', name: 'Chine', zone: 'asia', leastDeveloped: false },
	{ code: 'CY', name: 'Chypre', zone: 'europe', leastDeveloped: false },
	{ code: 'CO', name: 'Colombie', zone: 'latin_america_caribbean', leastDeveloped: false },
	{ code: 'KM', name: 'Comores', zone: 'sub_saharan_africa', leastDeveloped: true },
	{ code: 'CG', name: 'Congo', zone: 'sub_saharan_africa', leastDeveloped: false },
	{ code: 'KP', name: 'Corée du Nord', zone: 'asia', leastDeveloped: false },
	{ code: 'KR', name: 'Corée du Sud', zone: 'asia', leastDeveloped: false },
	{ code: 'CR', name: 'Costa Rica', zone: 'latin_america_caribbean', leastDeveloped: false },
	{ code: 'CI', name: 'Côte d’Ivoire', zone: 'sub_saharan_africa', leastDeveloped: false },
	{ code: 'HR', name: 'Croatie', zone: 'europe', leastDeveloped: false },
	{ code: 'CU', name: 'Cuba', zone: 'latin_america_caribbean', leastDeveloped: false },
	{ code: 'DK', name: 'Danemark', zone: 'europe', leastDeveloped: false },
	{ code: 'DJ', name: 'Djibouti', zone: 'sub_saharan_africa', leastDeveloped: true },
	{ code: 'DM', name: 'Dominique', zone: 'latin_america_caribbean', leastDeveloped: false },
	{ code: 'EG', name: 'Égypte', zone: 'north_africa', leastDeveloped: false },
	{ code: 'AE', name: 'Émirats arabes unis', zone: 'middle_east', leastDeveloped: false },
	{ code: 'EC', name: 'Équateur', zone: 'latin_america_caribbean', leastDeveloped: false },
	{ code: 'ER', name: 'Érythrée', zone: 'sub_saharan_africa', leastDeveloped: true },
	{ code: 'ES', name: 'Espagne', zone: 'europe', leastDeveloped: false },
	{ code: 'EE', name: 'Estonie', zone: 'europe', leastDeveloped: false },
	{ code: 'SZ', name: 'Eswatini', zone: 'sub_saharan_africa', leastDeveloped: false },
	{ code: 'US', name: 'États-Unis', zone: 'north_america', leastDeveloped: false },
	{ code: 'ET', name: 'Éthiopie', zone: 'sub_saharan_africa', leastDeveloped: true },
	{ code: 'FJ', name: 'Fidji', zone: 'oceania', leastDeveloped: false },
	{ code: 'FI', name: 'Finlande', zone: 'europe', leastDeveloped: false },
	{ code: 'GA', name: 'Gabon', zone: 'sub_saharan_africa', leastDeveloped: false },
	{ code: 'GM', name: 'Gambie', zone: 'sub_saharan_africa', leastDeveloped: true },
	{ code: 'GE', name: 'Géorgie', zone: 'europe', leastDeveloped: false },
	{ code: 'GH', name: 'Ghana', zone: 'sub_saharan_africa', leastDeveloped: false },
	{ code: 'GR', name: 'Grèce', zone: 'europe', leastDeveloped: false },
	{ code: 'GD', name: 'Grenade', zone: 'latin_america_caribbean', leastDeveloped: false },
	{ code: 'GT', name: 'Guatemala', zone: 'latin_america_caribbean', leastDeveloped: false },
	{ code: 'GN', name: 'Guinée', zone: 'sub_saharan_africa', leastDeveloped: true },
	{ code: 'GQ', name: 'Guinée équatoriale', zone: 'sub_saharan_africa', leastDeveloped: false },
	{ code: 'GW', name: 'Guinée-Bissau', zone: 'sub_saharan_africa', leastDeveloped: true },
	{ code: 'GY', name: 'Guyana', zone: 'latin_america_caribbean', leastDeveloped: false },
	{ code: 'HT', name: 'Haïti', zone: 'latin_america_caribbean', leastDeveloped: true },
	{ code: 'HN', name: 'Honduras', zone: 'latin_america_caribbean', leastDeveloped: false },
	{ code: 'HU', name: 'Hongrie', zone: 'europe', leastDeveloped: false },
	{ code: 'MH', name: 'Îles Marshall', zone: 'oceania', leastDeveloped: false },
	{ code: 'SB', name: 'Îles Salomon', zone: 'oceania', leastDeveloped: true },
	{ code: 'IN', name: 'Inde', zone: 'asia', leastDeveloped: false },
	{ code: 'ID', name: 'Indonésie', zone: 'asia', leastDeveloped: false },
	{ code: 'IQ', name: 'Irak', zone: 'middle_east', leastDeveloped: false },
	{ code: 'IR', name: 'Iran', zone: 'middle_east', leastDeveloped: false },
	{ code: 'IE', name: 'Irlande', zone: 'europe', leastDeveloped: false },
	{ code: 'IS', name: 'Islande', zone: 'europe', leastDeveloped: false },
	{ code: 'IL', name: 'Israël', zone: 'middle_east', leastDeveloped: false },
	{ code: 'IT', name: 'Italie', zone: 'europe', leastDeveloped: false },
	{ code: 'JM', name: 'Jamaïque', zone: 'latin_america_caribbean', leastDeveloped: false },
	{ code: 'JP', name: 'Japon', zone: 'asia', leastDeveloped: false },
	{ code: 'JO', name: 'Jordanie', zone: 'middle_east', leastDeveloped: false },
	{ code: 'KZ', name: 'Kazakhstan', zone: 'asia', leastDeveloped: false },
	{ code: 'KE', name: 'Kenya', zone: 'sub_saharan_africa', leastDeveloped: false },
	{ code: 'KG', name: 'Kirghizstan', zone: 'asia', leastDeveloped: false },
	{ code: 'KI', name: 'Kiribati', zone: 'oceania', leastDeveloped: true },
	{ code: 'XK', name: 'Kosovo', zone: 'europe', leastDeveloped: false },
	{ code: 'KW', name: 'Koweït', zone: 'middle_east', leastDeveloped: false },
	{ code: 'LA', name: 'Laos', zone: 'asia', leastDeveloped: true },
	{ code: 'LS', name: 'Lesotho', zone: 'sub_saharan_africa', leastDeveloped: true },
	{ code: 'LV', name: 'Lettonie', zone: 'europe', leastDeveloped: false },
	{ code: 'LB', name: 'Liban', zone: 'middle_east', leastDeveloped: false },
	{ code: 'LR', name: 'Liberia', zone: 'sub_saharan_africa', leastDeveloped: true },
	{ code: 'LY', name: 'Libye', zone: 'north_africa', leastDeveloped: false },
	{ code: 'LI', name: 'Liechtenstein', zone: 'europe', leastDeveloped: false },
	{ code: 'LT', name: 'Lituanie', zone: 'europe', leastDeveloped: false },
	{ code: 'LU', name: 'Luxembourg', zone: 'europe', leastDeveloped: false },
	{ code: 'MK', name: 'Macédoine du Nord', zone: 'europe', leastDeveloped: false },
	{ code: 'MG', name: 'Madagascar', zone: 'sub_saharan_africa', leastDeveloped: true },
	{ code: 'MY', name: 'Malaisie', zone: 'asia', leastDeveloped: false },
	{ code: 'MW', name: 'Malawi', zone: 'sub_saharan_africa', leastDeveloped: true },
	{ code: 'MV', name: 'Maldives', zone: 'asia', leastDeveloped: false },
	{ code: 'ML', name: 'Mali', zone: 'sub_saharan_africa', leastDeveloped: true },
	{ code: 'MT', name: 'Malte', zone: 'europe', leastDeveloped: false },
	{ code: 'MA', name: 'Maroc', zone: 'north_africa', leastDeveloped: false },
	{ code: 'MU', name: 'Maurice', zone: 'sub_saharan_africa', leastDeveloped: false },
	{ code: 'MR', name: 'Mauritanie', zone: 'sub_saharan_africa', leastDeveloped: true },
	{ code: 'MX', name: 'Mexique', zone: 'latin_america_caribbean', leastDeveloped: false },
	{ code: 'FM', name: 'Micronésie', zone: 'oceania', leastDeveloped: false },
	{ code: 'MD', name: 'Moldavie', zone: 'europe', leastDeveloped: false },
	{ code: 'MC', name: 'Monaco', zone: 'europe', leastDeveloped: false },
	{ code: 'MN', name: 'Mongolie', zone: 'asia', leastDeveloped: false },
	{ code: 'ME', name: 'Monténégro', zone: 'europe', leastDeveloped: false },
	{ code: 'MZ', name: 'Mozambique', zone: 'sub_saharan_africa', leastDeveloped: true },
	{ code: 'MM', name: 'Myanmar (Birmanie)', zone: 'asia', leastDeveloped: true },
	{ code: 'NA', name: 'Namibie', zone: 'sub_saharan_africa', leastDeveloped: false },
	{ code: 'NR', name: 'Nauru', zone: 'oceania', leastDeveloped: false },
	{ code: 'NP', name: 'Népal', zone: 'asia', leastDeveloped: true },
	{ code: 'NI', name: 'Nicaragua', zone: 'latin_america_caribbean', leastDeveloped: false },
	{ code: 'NE', name: 'Niger', zone: 'sub_saharan_africa', leastDeveloped: true },
	{ code: 'NG', name: 'Nigeria', zone: 'sub_saharan_africa', leastDeveloped: false },
	{ code: 'NO', name: 'Norvège', zone: 'europe', leastDeveloped: false },
	{ code: 'NZ', name: 'Nouvelle-Zélande', zone: 'oceania', leastDeveloped: false },
	{ code: 'OM', name: 'Oman', zone: 'middle_east', leastDeveloped: false },
	{ code: 'UG', name: 'Ouganda', zone: 'sub_saharan_africa', leastDeveloped: true },
	{ code: 'UZ', name: 'Ouzbékistan', zone: 'asia', leastDeveloped: false },
	{ code: 'PK', name: 'Pakistan', zone: 'asia', leastDeveloped: false },
	{ code: 'PW', name: 'Palaos', zone: 'oceania', leastDeveloped: false },
	{ code: 'PS', name: 'Palestine', zone: 'middle_east', leastDeveloped: false },
	{ code: 'PA', name: 'Panama', zone: 'latin_america_caribbean', leastDeveloped: false },
	{ code: 'PG', name: 'Papouasie-Nouvelle-Guinée', zone: 'oceania', leastDeveloped: false },
	{ code: 'PY', name: 'Paraguay', zone: 'latin_america_caribbean', leastDeveloped: false },
	{ code: 'NL', name: 'Pays-Bas', zone: 'europe', leastDeveloped: false },
	{ code: 'PE', name: 'Pérou', zone: 'latin_america_caribbean', leastDeveloped: false },
	{ code: 'PH', name: 'Philippines', zone: 'asia', leastDeveloped: false },
	{ code: 'PL', name: 'Pologne', zone: 'europe', leastDeveloped: false },
	{ code: 'PT', name: 'Portugal', zone: 'europe', leastDeveloped: false },
	{ code: 'QA', name: 'Qatar', zone: 'middle_east', leastDeveloped: false },
	{ code: 'CF', name: 'République centrafricaine', zone: 'sub_saharan_africa', leastDeveloped: true },
	{ code: 'CD', name: 'République démocratique du Congo', zone: 'sub_saharan_africa', leastDeveloped: true },
	{ code: 'DO', name: 'République dominicaine', zone: 'latin_america_caribbean', leastDeveloped: false },
	{ code: 'RO', name: 'Roumanie', zone: 'europe', leastDeveloped: false },
	{ code: 'GB', name: 'Royaume-Uni', zone: 'europe', leastDeveloped: false },
	{ code: 'RU', name: 'Russie', zone: 'europe', leastDeveloped: false },
	{ code: 'RW', name: 'Rwanda', zone: 'sub_saharan_africa', leastDeveloped: true },
	{ code: 'KN', name: 'Saint-Christophe-et-Niévès', zone: 'latin_america_caribbean', leastDeveloped: false },
	{ code: 'SM', name: 'Saint-Marin', zone: 'europe', leastDeveloped: false },
	{ code: 'VC', name: 'Saint-Vincent-et-les-Grenadines', zone: 'latin_america_caribbean', leastDeveloped: false },
	{ code: 'LC', name: 'Sainte-Lucie', zone: 'latin_america_caribbean', leastDeveloped: false },
	{ code: 'SV', name: 'Salvador', zone: 'latin_america_caribbean', leastDeveloped: false },
	{ code: 'WS', name: 'Samoa', zone: 'oceania', leastDeveloped: false },
	{ code: 'ST', name: 'Sao Tomé-et-Principe', zone: 'sub_saharan_africa', leastDeveloped: false },
	{ code: 'SN', name: 'Sénégal', zone: 'sub_saharan_africa', leastDeveloped: true },
	{ code: 'RS', name: 'Serbie', zone: 'europe', leastDeveloped: false },
	{ code: 'SC', name: 'Seychelles', zone: 'sub_saharan_africa', leastDeveloped: false },
	{ code: 'SL', name: 'Sierra Leone', zone: 'sub_saharan_africa', leastDeveloped: true },
	{ code: 'SG', name: 'Singapour', zone: 'asia', leastDeveloped: false },
	{ code: 'SK', name: 'Slovaquie', zone: 'europe', leastDeveloped: false },
	{ code: 'SI', name: 'Slovénie', zone: 'europe', leastDeveloped: false },
	{ code: 'SO', name: 'Somalie', zone: 'sub_saharan_africa', leastDeveloped: true },
	{ code: 'SD', name: 'Soudan', zone: 'sub_saharan_africa', leastDeveloped: true },
	{ code: 'SS', name: 'Soudan du Sud', zone: 'sub_saharan_africa', leastDeveloped: true },
	{ code: 'LK', name: 'Sri Lanka', zone: 'asia', leastDeveloped: false },
	{ code: 'SE', name: 'Suède', zone: 'europe', leastDeveloped: false },
	{ code: 'CH', name: 'Suisse', zone: 'europe', leastDeveloped: false },
	{ code: 'SR', name: 'Suriname', zone: 'latin_america_caribbean', leastDeveloped: false },
	{ code: 'SY', name: 'Syrie', zone: 'middle_east', leastDeveloped: false },
	{ code: 'TJ', name: 'Tadjikistan', zone: 'asia', leastDeveloped: false },
	{ code: 'TW', name: 'Taïwan', zone: 'asia', leastDeveloped: false },
	{ code: 'TZ', name: 'Tanzanie', zone: 'sub_saharan_africa', leastDeveloped: true },
	{ code: 'TD', name: 'Tchad', zone: 'sub_saharan_africa', leastDeveloped: true },
	{ code: 'CZ', name: 'Tchéquie', zone: 'europe', leastDeveloped: false },
	{ code: 'TH', name: 'Thaïlande', zone: 'asia', leastDeveloped: false },
	{ code: 'TL', name: 'Timor oriental', zone: 'asia', leastDeveloped: true },
	{ code: 'TG', name: 'Togo', zone: 'sub_saharan_africa', leastDeveloped: true },
	{ code: 'TO', name: 'Tonga', zone: 'oceania', leastDeveloped: false },
	{ code: 'TT', name: 'Trinité-et-Tobago', zone: 'latin_america_caribbean', leastDeveloped: false },
	{ code: 'TN', name: 'Tunisie', zone: 'north_africa', leastDeveloped: false },
	{ code: 'TM', name: 'Turkménistan', zone: 'asia', leastDeveloped: false },
	{ code: 'TR', name: 'Turquie', zone: 'middle_east', leastDeveloped: false },
	{ code: 'TV', name: 'Tuvalu', zone: 'oceania', leastDeveloped: true },
	{ code: 'UA', name: 'Ukraine', zone: 'europe', leastDeveloped: false },
	{ code: 'UY', name: 'Uruguay', zone: 'latin_america_caribbean', leastDeveloped: false },
	{ code: 'VU', name: 'Vanuatu', zone: 'oceania', leastDeveloped: false },
	{ code: 'VA', name: 'Vatican (Saint-Siège)', zone: 'europe', leastDeveloped: false },
	{ code: 'VE', name: 'Venezuela', zone: 'latin_america_caribbean', leastDeveloped: false },
	{ code: 'VN', name: 'Viêt Nam', zone: 'asia', leastDeveloped: false },
	{ code: 'YE', name: 'Yémen', zone: 'middle_east', leastDeveloped: true },
	{ code: 'ZM', name: 'Zambie', zone: 'sub_saharan_africa', leastDeveloped: true },
	{ code: 'ZW', name: 'Zimbabwe', zone: 'sub_saharan_africa', leastDeveloped: false },
];

const byCode = new Map(countries.map((c) => [c.code, c]));

export function countryByCode(code: string): Country | undefined {
	return byCode.get(code.trim().toUpperCase());
}

/** Lower case, accents stripped (NFD), ’ and ' treated alike, spaces collapsed. */
export function normalizeForSearch(text: string): string {
	return text
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[’‘ʼ`´]/g, "'")
		.replace(/\s+/g, ' ')
		.trim();
}

const searchIndex = countries.map((c) => ({ country: c, name: normalizeForSearch(c.name) }));

/**
 * Accent- and case-insensitive search on the French name (and code), for a searchable list:
 * 'senegal' finds Sénégal, 'cote' finds Côte d’Ivoire. Exact code matches come first, then names
 * starting with the query, then names with a word starting with it, then any substring match;
 * alphabetical order within each group. An empty query returns the whole list (up to limit).
 */
export function searchCountries(query: string, limit = Infinity): Country[] {
	const q = normalizeForSearch(query);
	if (q === '') return countries.slice(0, limit);
	const ranked: { country: Country; rank: number }[] = [];
	for (const { country, name } of searchIndex) {
		let rank: number;
		if (country.code.toLowerCase() === q) rank = 0;
		else if (name.startsWith(q)) rank = 1;
		else if ((' ' + name.replace(/[-'()]/g, ' ')).includes(' ' + q)) rank = 2;
		else if (name.includes(q)) rank = 3;
		else continue;
		ranked.push({ country, rank });
	}
	ranked.sort((a, b) => a.rank - b.rank); // stable: keeps alphabetical order within a rank
	return ranked.slice(0, limit).map((r) => r.country);
}
