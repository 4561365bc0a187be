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
// These flags drive a co-funding rate: update them when the UN list changes. Checked 3 December
// 2026: Laos and Népal were scheduled to graduate on 24 November 2026 (outcome not yet confirmed);
// Bangladesh asked to defer its graduation to 2029. Check the list at policy.desa.un.org.

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
	/** on the OECD DAC list of ODA recipients in force (see odaRecipientList): where the AFD can act */
	readonly odaRecipient: boolean;
}

/**
 * The OECD DAC List of ODA Recipients the odaRecipient flags follow: the list adopted at the 2023
 * review, for reporting on 2024 and 2025 flows (141 countries and territories; the five dependent
 * territories on it are not in this list of countries). Update the flags and this record when the
 * OECD publishes the list of its 2026 review; Nauru's graduation takes effect for 2026 flows.
 */
export const odaRecipientList = {
	title: 'Liste des bénéficiaires de l’aide publique au développement du Comité d’aide au développement de l’OCDE',
	appliesTo: 'déclarations des apports de 2024 et 2025',
	source: 'https://www.oecd.org/en/topics/sub-issues/oda-eligibility-and-conditions/dac-list-of-oda-recipients.html',
	checkedAt: '2026-12-03'
} as const;

/** Sorted by French name (localeCompare 'fr'). */
export const countries: readonly Country[] = [
	{ code: 'AF', name: 'Afghanistan', zone: 'asia', leastDeveloped: true, odaRecipient: true },
	{ code: 'ZA', name: 'Afrique du Sud', zone: 'sub_saharan_africa', leastDeveloped: false, odaRecipient: true },
	{ code: 'AL', name: 'Albanie', zone: 'europe', leastDeveloped: false, odaRecipient: true },
	{ code: 'DZ', name: 'Algérie', zone: 'north_africa', leastDeveloped: false, odaRecipient: true },
	{ code: 'DE', name: 'Allemagne', zone: 'europe', leastDeveloped: false, odaRecipient: false },
	{ code: 'AD', name: 'Andorre', zone: 'europe', leastDeveloped: false, odaRecipient: false },
	{ code: 'AO', name: 'Angola', zone: 'sub_saharan_africa', leastDeveloped: true, odaRecipient: true },
	{
		code: 'AG',
		name: 'Antigua-et-Barbuda',
		zone: 'latin_america_caribbean',
		leastDeveloped: false,
		odaRecipient: false
	},
	{ code: 'SA', name: 'Arabie saoudite', zone: 'middle_east', leastDeveloped: false, odaRecipient: false },
	{ code: 'AR', name: 'Argentine', zone: 'latin_america_caribbean', leastDeveloped: false, odaRecipient: true },
	{ code: 'AM', name: 'Arménie', zone: 'europe', leastDeveloped: false, odaRecipient: true },
	{ code: 'AU', name: 'Australie', zone: 'oceania', leastDeveloped: false, odaRecipient: false },
	{ code: 'AT', name: 'Autriche', zone: 'europe', leastDeveloped: false, odaRecipient: false },
	{ code: 'AZ', name: 'Azerbaïdjan', zone: 'europe', leastDeveloped: false, odaRecipient: true },
	{ code: 'BS', name: 'Bahamas', zone: 'latin_america_caribbean', leastDeveloped: false, odaRecipient: false },
	{ code: 'BH', name: 'Bahreïn', zone: 'middle_east', leastDeveloped: false, odaRecipient: false },
	{ code: 'BD', name: 'Bangladesh', zone: 'asia', leastDeveloped: true, odaRecipient: true },
	{ code: 'BB', name: 'Barbade', zone: 'latin_america_caribbean', leastDeveloped: false, odaRecipient: false },
	{ code: 'BE', name: 'Belgique', zone: 'europe', leastDeveloped: false, odaRecipient: false },
	{ code: 'BZ', name: 'Belize', zone: 'latin_america_caribbean', leastDeveloped: false, odaRecipient: true },
	{ code: 'BJ', name: 'Bénin', zone: 'sub_saharan_africa', leastDeveloped: true, odaRecipient: true },
	{ code: 'BT', name: 'Bhoutan', zone: 'asia', leastDeveloped: false, odaRecipient: true },
	{ code: 'BY', name: 'Biélorussie', zone: 'europe', leastDeveloped: false, odaRecipient: true },
	{ code: 'BO', name: 'Bolivie', zone: 'latin_america_caribbean', leastDeveloped: false, odaRecipient: true },
	{ code: 'BA', name: 'Bosnie-Herzégovine', zone: 'europe', leastDeveloped: false, odaRecipient: true },
	{ code: 'BW', name: 'Botswana', zone: 'sub_saharan_africa', leastDeveloped: false, odaRecipient: true },
	{ code: 'BR', name: 'Brésil', zone: 'latin_america_caribbean', leastDeveloped: false, odaRecipient: true },
	{ code: 'BN', name: 'Brunei', zone: 'asia', leastDeveloped: false, odaRecipient: false },
	{ code: 'BG', name: 'Bulgarie', zone: 'europe', leastDeveloped: false, odaRecipient: false },
	{ code: 'BF', name: 'Burkina Faso', zone: 'sub_saharan_africa', leastDeveloped: true, odaRecipient: true },
	{ code: 'BI', name: 'Burundi', zone: 'sub_saharan_africa', leastDeveloped: true, odaRecipient: true },
	{ code: 'KH', name: 'Cambodge', zone: 'asia', leastDeveloped: true, odaRecipient: true },
	{ code: 'CM', name: 'Cameroun', zone: 'sub_saharan_africa', leastDeveloped: false, odaRecipient: true },
	{ code: 'CA', name: 'Canada', zone: 'north_america', leastDeveloped: false, odaRecipient: false },
	{ code: 'CV', name: 'Cap-Vert', zone: 'sub_saharan_africa', leastDeveloped: false, odaRecipient: true },
	{ code: 'CL', name: 'Chili', zone: 'latin_america_caribbean', leastDeveloped: false, odaRecipient: false },
	{ code: 'CN', name: 'Chine', zone: 'asia', leastDeveloped: false, odaRecipient: true },
	{ code: 'CY', name: 'Chypre', zone: 'europe', leastDeveloped: false, odaRecipient: false },
	{ code: 'CO', name: 'Colombie', zone: 'latin_america_caribbean', leastDeveloped: false, odaRecipient: true },
	{ code: 'KM', name: 'Comores', zone: 'sub_saharan_africa', leastDeveloped: true, odaRecipient: true },
	{ code: 'CG', name: 'Congo', zone: 'sub_saharan_africa', leastDeveloped: false, odaRecipient: true },
	{ code: 'KP', name: 'Corée du Nord', zone: 'asia', leastDeveloped: false, odaRecipient: true },
	{ code: 'KR', name: 'Corée du Sud', zone: 'asia', leastDeveloped: false, odaRecipient: false },
	{ code: 'CR', name: 'Costa Rica', zone: 'latin_america_caribbean', leastDeveloped: false, odaRecipient: true },
	{ code: 'CI', name: 'Côte d’Ivoire', zone: 'sub_saharan_africa', leastDeveloped: false, odaRecipient: true },
	{ code: 'HR', name: 'Croatie', zone: 'europe', leastDeveloped: false, odaRecipient: false },
	{ code: 'CU', name: 'Cuba', zone: 'latin_america_caribbean', leastDeveloped: false, odaRecipient: true },
	{ code: 'DK', name: 'Danemark', zone: 'europe', leastDeveloped: false, odaRecipient: false },
	{ code: 'DJ', name: 'Djibouti', zone: 'sub_saharan_africa', leastDeveloped: true, odaRecipient: true },
	{ code: 'DM', name: 'Dominique', zone: 'latin_america_caribbean', leastDeveloped: false, odaRecipient: true },
	{ code: 'EG', name: 'Égypte', zone: 'north_africa', leastDeveloped: false, odaRecipient: true },
	{ code: 'AE', name: 'Émirats arabes unis', zone: 'middle_east', leastDeveloped: false, odaRecipient: false },
	{ code: 'EC', name: 'Équateur', zone: 'latin_america_caribbean', leastDeveloped: false, odaRecipient: true },
	{ code: 'ER', name: 'Érythrée', zone: 'sub_saharan_africa', leastDeveloped: true, odaRecipient: true },
	{ code: 'ES', name: 'Espagne', zone: 'europe', leastDeveloped: false, odaRecipient: false },
	{ code: 'EE', name: 'Estonie', zone: 'europe', leastDeveloped: false, odaRecipient: false },
	{ code: 'SZ', name: 'Eswatini', zone: 'sub_saharan_africa', leastDeveloped: false, odaRecipient: true },
	{ code: 'US', name: 'États-Unis', zone: 'north_america', leastDeveloped: false, odaRecipient: false },
	{ code: 'ET', name: 'Éthiopie', zone: 'sub_saharan_africa', leastDeveloped: true, odaRecipient: true },
	{ code: 'FJ', name: 'Fidji', zone: 'oceania', leastDeveloped: false, odaRecipient: true },
	{ code: 'FI', name: 'Finlande', zone: 'europe', leastDeveloped: false, odaRecipient: false },
	{ code: 'GA', name: 'Gabon', zone: 'sub_saharan_africa', leastDeveloped: false, odaRecipient: true },
	{ code: 'GM', name: 'Gambie', zone: 'sub_saharan_africa', leastDeveloped: true, odaRecipient: true },
	{ code: 'GE', name: 'Géorgie', zone: 'europe', leastDeveloped: false, odaRecipient: true },
	{ code: 'GH', name: 'Ghana', zone: 'sub_saharan_africa', leastDeveloped: false, odaRecipient: true },
	{ code: 'GR', name: 'Grèce', zone: 'europe', leastDeveloped: false, odaRecipient: false },
	{ code: 'GD', name: 'Grenade', zone: 'latin_america_caribbean', leastDeveloped: false, odaRecipient: true },
	{ code: 'GT', name: 'Guatemala', zone: 'latin_america_caribbean', leastDeveloped: false, odaRecipient: true },
	{ code: 'GN', name: 'Guinée', zone: 'sub_saharan_africa', leastDeveloped: true, odaRecipient: true },
	{ code: 'GQ', name: 'Guinée équatoriale', zone: 'sub_saharan_africa', leastDeveloped: false, odaRecipient: true },
	{ code: 'GW', name: 'Guinée-Bissau', zone: 'sub_saharan_africa', leastDeveloped: true, odaRecipient: true },
	{ code: 'GY', name: 'Guyana', zone: 'latin_america_caribbean', leastDeveloped: false, odaRecipient: true },
	{ code: 'HT', name: 'Haïti', zone: 'latin_america_caribbean', leastDeveloped: true, odaRecipient: true },
	{ code: 'HN', name: 'Honduras', zone: 'latin_america_caribbean', leastDeveloped: false, odaRecipient: true },
	{ code: 'HU', name: 'Hongrie', zone: 'europe', leastDeveloped: false, odaRecipient: false },
	{ code: 'MH', name: 'Îles Marshall', zone: 'oceania', leastDeveloped: false, odaRecipient: true },
	{ code: 'SB', name: 'Îles Salomon', zone: 'oceania', leastDeveloped: true, odaRecipient: true },
	{ code: 'IN', name: 'Inde', zone: 'asia', leastDeveloped: false, odaRecipient: true },
	{ code: 'ID', name: 'Indonésie', zone: 'asia', leastDeveloped: false, odaRecipient: true },
	{ code: 'IQ', name: 'Irak', zone: 'middle_east', leastDeveloped: false, odaRecipient: true },
	{ code: 'IR', name: 'Iran', zone: 'middle_east', leastDeveloped: false, odaRecipient: true },
	{ code: 'IE', name: 'Irlande', zone: 'europe', leastDeveloped: false, odaRecipient: false },
	{ code: 'IS', name: 'Islande', zone: 'europe', leastDeveloped: false, odaRecipient: false },
	{ code: 'IL', name: 'Israël', zone: 'middle_east', leastDeveloped: false, odaRecipient: false },
	{ code: 'IT', name: 'Italie', zone: 'europe', leastDeveloped: false, odaRecipient: false },
	{ code: 'JM', name: 'Jamaïque', zone: 'latin_america_caribbean', leastDeveloped: false, odaRecipient: true },
	{ code: 'JP', name: 'Japon', zone: 'asia', leastDeveloped: false, odaRecipient: false },
	{ code: 'JO', name: 'Jordanie', zone: 'middle_east', leastDeveloped: false, odaRecipient: true },
	{ code: 'KZ', name: 'Kazakhstan', zone: 'asia', leastDeveloped: false, odaRecipient: true },
	{ code: 'KE', name: 'Kenya', zone: 'sub_saharan_africa', leastDeveloped: false, odaRecipient: true },
	{ code: 'KG', name: 'Kirghizstan', zone: 'asia', leastDeveloped: false, odaRecipient: true },
	{ code: 'KI', name: 'Kiribati', zone: 'oceania', leastDeveloped: true, odaRecipient: true },
	{ code: 'XK', name: 'Kosovo', zone: 'europe', leastDeveloped: false, odaRecipient: true },
	{ code: 'KW', name: 'Koweït', zone: 'middle_east', leastDeveloped: false, odaRecipient: false },
	{ code: 'LA', name: 'Laos', zone: 'asia', leastDeveloped: true, odaRecipient: true },
	{ code: 'LS', name: 'Lesotho', zone: 'sub_saharan_africa', leastDeveloped: true, odaRecipient: true },
	{ code: 'LV', name: 'Lettonie', zone: 'europe', leastDeveloped: false, odaRecipient: false },
	{ code: 'LB', name: 'Liban', zone: 'middle_east', leastDeveloped: false, odaRecipient: true },
	{ code: 'LR', name: 'Liberia', zone: 'sub_saharan_africa', leastDeveloped: true, odaRecipient: true },
	{ code: 'LY', name: 'Libye', zone: 'north_africa', leastDeveloped: false, odaRecipient: true },
	{ code: 'LI', name: 'Liechtenstein', zone: 'europe', leastDeveloped: false, odaRecipient: false },
	{ code: 'LT', name: 'Lituanie', zone: 'europe', leastDeveloped: false, odaRecipient: false },
	{ code: 'LU', name: 'Luxembourg', zone: 'europe', leastDeveloped: false, odaRecipient: false },
	{ code: 'MK', name: 'Macédoine du Nord', zone: 'europe', leastDeveloped: false, odaRecipient: true },
	{ code: 'MG', name: 'Madagascar', zone: 'sub_saharan_africa', leastDeveloped: true, odaRecipient: true },
	{ code: 'MY', name: 'Malaisie', zone: 'asia', leastDeveloped: false, odaRecipient: true },
	{ code: 'MW', name: 'Malawi', zone: 'sub_saharan_africa', leastDeveloped: true, odaRecipient: true },
	{ code: 'MV', name: 'Maldives', zone: 'asia', leastDeveloped: false, odaRecipient: true },
	{ code: 'ML', name: 'Mali', zone: 'sub_saharan_africa', leastDeveloped: true, odaRecipient: true },
	{ code: 'MT', name: 'Malte', zone: 'europe', leastDeveloped: false, odaRecipient: false },
	{ code: 'MA', name: 'Maroc', zone: 'north_africa', leastDeveloped: false, odaRecipient: true },
	{ code: 'MU', name: 'Maurice', zone: 'sub_saharan_africa', leastDeveloped: false, odaRecipient: true },
	{ code: 'MR', name: 'Mauritanie', zone: 'sub_saharan_africa', leastDeveloped: true, odaRecipient: true },
	{ code: 'MX', name: 'Mexique', zone: 'latin_america_caribbean', leastDeveloped: false, odaRecipient: true },
	{ code: 'FM', name: 'Micronésie', zone: 'oceania', leastDeveloped: false, odaRecipient: true },
	{ code: 'MD', name: 'Moldavie', zone: 'europe', leastDeveloped: false, odaRecipient: true },
	{ code: 'MC', name: 'Monaco', zone: 'europe', leastDeveloped: false, odaRecipient: false },
	{ code: 'MN', name: 'Mongolie', zone: 'asia', leastDeveloped: false, odaRecipient: true },
	{ code: 'ME', name: 'Monténégro', zone: 'europe', leastDeveloped: false, odaRecipient: true },
	{ code: 'MZ', name: 'Mozambique', zone: 'sub_saharan_africa', leastDeveloped: true, odaRecipient: true },
	{ code: 'MM', name: 'Myanmar (Birmanie)', zone: 'asia', leastDeveloped: true, odaRecipient: true },
	{ code: 'NA', name: 'Namibie', zone: 'sub_saharan_africa', leastDeveloped: false, odaRecipient: true },
	{ code: 'NR', name: 'Nauru', zone: 'oceania', leastDeveloped: false, odaRecipient: true },
	{ code: 'NP', name: 'Népal', zone: 'asia', leastDeveloped: true, odaRecipient: true },
	{ code: 'NI', name: 'Nicaragua', zone: 'latin_america_caribbean', leastDeveloped: false, odaRecipient: true },
	{ code: 'NE', name: 'Niger', zone: 'sub_saharan_africa', leastDeveloped: true, odaRecipient: true },
	{ code: 'NG', name: 'Nigeria', zone: 'sub_saharan_africa', leastDeveloped: false, odaRecipient: true },
	{ code: 'NO', name: 'Norvège', zone: 'europe', leastDeveloped: false, odaRecipient: false },
	{ code: 'NZ', name: 'Nouvelle-Zélande', zone: 'oceania', leastDeveloped: false, odaRecipient: false },
	{ code: 'OM', name: 'Oman', zone: 'middle_east', leastDeveloped: false, odaRecipient: false },
	{ code: 'UG', name: 'Ouganda', zone: 'sub_saharan_africa', leastDeveloped: true, odaRecipient: true },
	{ code: 'UZ', name: 'Ouzbékistan', zone: 'asia', leastDeveloped: false, odaRecipient: true },
	{ code: 'PK', name: 'Pakistan', zone: 'asia', leastDeveloped: false, odaRecipient: true },
	{ code: 'PW', name: 'Palaos', zone: 'oceania', leastDeveloped: false, odaRecipient: true },
	{ code: 'PS', name: 'Palestine', zone: 'middle_east', leastDeveloped: false, odaRecipient: true },
	{ code: 'PA', name: 'Panama', zone: 'latin_america_caribbean', leastDeveloped: false, odaRecipient: true },
	{ code: 'PG', name: 'Papouasie-Nouvelle-Guinée', zone: 'oceania', leastDeveloped: false, odaRecipient: true },
	{ code: 'PY', name: 'Paraguay', zone: 'latin_america_caribbean', leastDeveloped: false, odaRecipient: true },
	{ code: 'NL', name: 'Pays-Bas', zone: 'europe', leastDeveloped: false, odaRecipient: false },
	{ code: 'PE', name: 'Pérou', zone: 'latin_america_caribbean', leastDeveloped: false, odaRecipient: true },
	{ code: 'PH', name: 'Philippines', zone: 'asia', leastDeveloped: false, odaRecipient: true },
	{ code: 'PL', name: 'Pologne', zone: 'europe', leastDeveloped: false, odaRecipient: false },
	{ code: 'PT', name: 'Portugal', zone: 'europe', leastDeveloped: false, odaRecipient: false },
	{ code: 'QA', name: 'Qatar', zone: 'middle_east', leastDeveloped: false, odaRecipient: false },
	{
		code: 'CF',
		name: 'République centrafricaine',
		zone: 'sub_saharan_africa',
		leastDeveloped: true,
		odaRecipient: true
	},
	{
		code: 'CD',
		name: 'République démocratique du Congo',
		zone: 'sub_saharan_africa',
		leastDeveloped: true,
		odaRecipient: true
	},
	{
		code: 'DO',
		name: 'République dominicaine',
		zone: 'latin_america_caribbean',
		leastDeveloped: false,
		odaRecipient: true
	},
	{ code: 'RO', name: 'Roumanie', zone: 'europe', leastDeveloped: false, odaRecipient: false },
	{ code: 'GB', name: 'Royaume-Uni', zone: 'europe', leastDeveloped: false, odaRecipient: false },
	{ code: 'RU', name: 'Russie', zone: 'europe', leastDeveloped: false, odaRecipient: false },
	{ code: 'RW', name: 'Rwanda', zone: 'sub_saharan_africa', leastDeveloped: true, odaRecipient: true },
	{
		code: 'KN',
		name: 'Saint-Christophe-et-Niévès',
		zone: 'latin_america_caribbean',
		leastDeveloped: false,
		odaRecipient: false
	},
	{ code: 'SM', name: 'Saint-Marin', zone: 'europe', leastDeveloped: false, odaRecipient: false },
	{
		code: 'VC',
		name: 'Saint-Vincent-et-les-Grenadines',
		zone: 'latin_america_caribbean',
		leastDeveloped: false,
		odaRecipient: true
	},
	{ code: 'LC', name: 'Sainte-Lucie', zone: 'latin_america_caribbean', leastDeveloped: false, odaRecipient: true },
	{ code: 'SV', name: 'Salvador', zone: 'latin_america_caribbean', leastDeveloped: false, odaRecipient: true },
	{ code: 'WS', name: 'Samoa', zone: 'oceania', leastDeveloped: false, odaRecipient: true },
	{ code: 'ST', name: 'Sao Tomé-et-Principe', zone: 'sub_saharan_africa', leastDeveloped: false, odaRecipient: true },
	{ code: 'SN', name: 'Sénégal', zone: 'sub_saharan_africa', leastDeveloped: true, odaRecipient: true },
	{ code: 'RS', name: 'Serbie', zone: 'europe', leastDeveloped: false, odaRecipient: true },
	{ code: 'SC', name: 'Seychelles', zone: 'sub_saharan_africa', leastDeveloped: false, odaRecipient: false },
	{ code: 'SL', name: 'Sierra Leone', zone: 'sub_saharan_africa', leastDeveloped: true, odaRecipient: true },
	{ code: 'SG', name: 'Singapour', zone: 'asia', leastDeveloped: false, odaRecipient: false },
	{ code: 'SK', name: 'Slovaquie', zone: 'europe', leastDeveloped: false, odaRecipient: false },
	{ code: 'SI', name: 'Slovénie', zone: 'europe', leastDeveloped: false, odaRecipient: false },
	{ code: 'SO', name: 'Somalie', zone: 'sub_saharan_africa', leastDeveloped: true, odaRecipient: true },
	{ code: 'SD', name: 'Soudan', zone: 'sub_saharan_africa', leastDeveloped: true, odaRecipient: true },
	{ code: 'SS', name: 'Soudan du Sud', zone: 'sub_saharan_africa', leastDeveloped: true, odaRecipient: true },
	{ code: 'LK', name: 'Sri Lanka', zone: 'asia', leastDeveloped: false, odaRecipient: true },
	{ code: 'SE', name: 'Suède', zone: 'europe', leastDeveloped: false, odaRecipient: false },
	{ code: 'CH', name: 'Suisse', zone: 'europe', leastDeveloped: false, odaRecipient: false },
	{ code: 'SR', name: 'Suriname', zone: 'latin_america_caribbean', leastDeveloped: false, odaRecipient: true },
	{ code: 'SY', name: 'Syrie', zone: 'middle_east', leastDeveloped: false, odaRecipient: true },
	{ code: 'TJ', name: 'Tadjikistan', zone: 'asia', leastDeveloped: false, odaRecipient: true },
	{ code: 'TW', name: 'Taïwan', zone: 'asia', leastDeveloped: false, odaRecipient: false },
	{ code: 'TZ', name: 'Tanzanie', zone: 'sub_saharan_africa', leastDeveloped: true, odaRecipient: true },
	{ code: 'TD', name: 'Tchad', zone: 'sub_saharan_africa', leastDeveloped: true, odaRecipient: true },
	{ code: 'CZ', name: 'Tchéquie', zone: 'europe', leastDeveloped: false, odaRecipient: false },
	{ code: 'TH', name: 'Thaïlande', zone: 'asia', leastDeveloped: false, odaRecipient: true },
	{ code: 'TL', name: 'Timor oriental', zone: 'asia', leastDeveloped: true, odaRecipient: true },
	{ code: 'TG', name: 'Togo', zone: 'sub_saharan_africa', leastDeveloped: true, odaRecipient: true },
	{ code: 'TO', name: 'Tonga', zone: 'oceania', leastDeveloped: false, odaRecipient: true },
	{
		code: 'TT',
		name: 'Trinité-et-Tobago',
		zone: 'latin_america_caribbean',
		leastDeveloped: false,
		odaRecipient: false
	},
	{ code: 'TN', name: 'Tunisie', zone: 'north_africa', leastDeveloped: false, odaRecipient: true },
	{ code: 'TM', name: 'Turkménistan', zone: 'asia', leastDeveloped: false, odaRecipient: true },
	{ code: 'TR', name: 'Turquie', zone: 'middle_east', leastDeveloped: false, odaRecipient: true },
	{ code: 'TV', name: 'Tuvalu', zone: 'oceania', leastDeveloped: true, odaRecipient: true },
	{ code: 'UA', name: 'Ukraine', zone: 'europe', leastDeveloped: false, odaRecipient: true },
	{ code: 'UY', name: 'Uruguay', zone: 'latin_america_caribbean', leastDeveloped: false, odaRecipient: false },
	{ code: 'VU', name: 'Vanuatu', zone: 'oceania', leastDeveloped: false, odaRecipient: true },
	{ code: 'VA', name: 'Vatican (Saint-Siège)', zone: 'europe', leastDeveloped: false, odaRecipient: false },
	{ code: 'VE', name: 'Venezuela', zone: 'latin_america_caribbean', leastDeveloped: false, odaRecipient: true },
	{ code: 'VN', name: 'Viêt Nam', zone: 'asia', leastDeveloped: false, odaRecipient: true },
	{ code: 'YE', name: 'Yémen', zone: 'middle_east', leastDeveloped: true, odaRecipient: true },
	{ code: 'ZM', name: 'Zambie', zone: 'sub_saharan_africa', leastDeveloped: true, odaRecipient: true },
	{ code: 'ZW', name: 'Zimbabwe', zone: 'sub_saharan_africa', leastDeveloped: false, odaRecipient: true }
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

/** Other spellings and names people type for a country (« Vietnam », « Birmanie », « RDC »…). */
const otherNames: Readonly<Record<string, readonly string[]>> = {
	VN: ['Vietnam', 'Viet Nam'],
	CZ: ['République tchèque'],
	MM: ['Birmanie'],
	CD: ['RDC', 'Congo-Kinshasa', 'Zaïre'],
	CG: ['Congo-Brazzaville'],
	CI: ['Ivory Coast'],
	SZ: ['Swaziland'],
	MK: ['Macédoine'],
	BY: ['Bélarus'],
	TL: ['Timor-Leste'],
	NL: ['Hollande'],
	PS: ['Territoires palestiniens', 'Cisjordanie', 'Gaza'],
	TR: ['Türkiye'],
	MU: ['Île Maurice'],
	MD: ['Moldova'],
	US: ['USA', 'Amérique'],
	GB: ['Angleterre', 'Écosse', 'Pays de Galles', 'Irlande du Nord', 'Grande-Bretagne'],
	CA: ['Québec', 'Nouveau-Brunswick', 'Ontario'],
	ES: ['Catalogne', 'Pays basque', 'Andalousie'],
	BE: ['Wallonie', 'Flandre', 'Bruxelles'],
	DE: ['Bavière', 'Saxe', 'Rhénanie'],
	IT: ['Sicile', 'Sardaigne', 'Toscane', 'Piémont']
};

/** Regions or nations people may type instead of their country: the list shows the country, and says why. */
const partOf: Readonly<Record<string, string>> = {
	quebec: 'Le Québec est une province du Canada : choisissez Canada.',
	'nouveau-brunswick': 'Le Nouveau-Brunswick est une province du Canada : choisissez Canada.',
	ontario: 'L’Ontario est une province du Canada : choisissez Canada.',
	angleterre: 'L’Angleterre fait partie du Royaume-Uni : choisissez Royaume-Uni.',
	ecosse: 'L’Écosse fait partie du Royaume-Uni : choisissez Royaume-Uni.',
	'pays de galles': 'Le pays de Galles fait partie du Royaume-Uni : choisissez Royaume-Uni.',
	'irlande du nord': 'L’Irlande du Nord fait partie du Royaume-Uni : choisissez Royaume-Uni.',
	catalogne: 'La Catalogne est une communauté autonome d’Espagne : choisissez Espagne.',
	'pays basque': 'Le Pays basque espagnol est une communauté autonome d’Espagne : choisissez Espagne.',
	wallonie: 'La Wallonie est une région de Belgique : choisissez Belgique.',
	flandre: 'La Flandre est une région de Belgique : choisissez Belgique.',
	baviere: 'La Bavière est un Land d’Allemagne : choisissez Allemagne.'
};

/** A word of explanation when the query names a region of a country rather than the country. */
export function countrySearchNote(query: string): string | null {
	const q = normalizeForSearch(query).replace(/-/g, ' ');
	const key = Object.keys(partOf).find((name) => name.replace(/-/g, ' ') === q);
	return key ? (partOf[key] ?? null) : null;
}

const searchIndex = countries.map((c) => ({
	country: c,
	name: normalizeForSearch(c.name),
	others: (otherNames[c.code] ?? []).map(normalizeForSearch)
}));

/**
 * Accent- and case-insensitive search on the French name, the other names people use and the code:
 * 'senegal' finds Sénégal, 'cote' finds Côte d’Ivoire, 'vietnam' Viêt Nam, 'quebec' Canada. Exact code matches come
 * first, then names
 * starting with the query, then names with a word starting with it, then any substring match;
 * alphabetical order within each group. An empty query returns the whole list (up to limit).
 */
export function searchCountries(query: string, limit = Infinity): Country[] {
	const q = normalizeForSearch(query);
	if (q === '') return countries.slice(0, limit);
	const ranked: { country: Country; rank: number }[] = [];
	const words = (text: string) => ' ' + text.replace(/[-'()]/g, ' ');
	const spaced = q.replace(/[-'()]/g, ' ');
	for (const { country, name, others } of searchIndex) {
		let rank: number;
		if (country.code.toLowerCase() === q) rank = 0;
		else if (
			name.startsWith(q) ||
			others.some((other) => other.startsWith(q) || other.replace(/[-'()]/g, ' ').startsWith(spaced))
		)
			rank = 1;
		else if (words(name).includes(' ' + spaced) || others.some((other) => words(other).includes(' ' + spaced)))
			rank = 2;
		else if (name.includes(q)) rank = 3;
		else continue;
		ranked.push({ country, rank });
	}
	ranked.sort((a, b) => a.rank - b.rank); // stable: keeps alphabetical order within a rank
	return ranked.slice(0, limit).map((r) => r.country);
}
