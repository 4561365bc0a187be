// Over any answers: no text the authority is shown names or urges an option it cannot use, the advice
// stays at its scale, and the roadmap never says the same thing twice.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countryByCode } from '../../../../src/lib/content/countries';
import { regionById } from '../../../../src/lib/content/geography';
import { noTeam, withPartner } from '../../../../src/lib/content/levers/conditions';
import { questionnaire } from '../../../../src/lib/content/questionnaire';
import { evaluate } from '../../../../src/lib/engine/conditions';
import { supportOptions, type SupportOption } from '../../../../src/lib/content/supports';
import type { Answers } from '../../../../src/lib/content/types';
import { hasForeignPartnership, hasTeam, readProfile } from '../../../../src/lib/engine/recommendations/profile';
import { eligibilityOf } from '../../../../src/lib/engine/recommendations/eligibility';
import { scaleOf } from '../../../../src/lib/engine/recommendations/scale';
import { effectiveAnswers } from '../../../../src/lib/engine/questionnaire';
import { engagedAnswers } from '../../../support/engaged-arbitraries';
import { adviceTexts, diagnosed } from './cases';

const runs = { numRuns: 200 };

/** Engaged authorities, and authorities with no action yet. */
const anyAnswers: fc.Arbitrary<Answers> = fc.oneof(
	engagedAnswers,
	engagedAnswers.map((a) =>
		effectiveAnswers(questionnaire, {
			...a,
			has_international_action: 'no',
			starting_actions: ['twinning', 'one_percent']
		})
	)
);

const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ').toLocaleLowerCase('fr');

/**
 * The words that name an option in a sentence: its short name and its name in sentences, plus a few forms people use.
 */
const extraNames: Readonly<Record<string, readonly string[]>> = {
	ficol: ['FICOL'],
	erasmus_youth: ['Erasmus'],
	interreg: ['Interreg'],
	ofaj: ['OFAJ', 'franco-allemand pour la jeunesse'],
	water_agencies: ['agence de l’eau', 'agences de l’eau'],
	dctciv_general_call: ['généraliste'],
	dctciv_joint_funds: ['fonds conjoint'],
	dctciv_cles_en_main: ['Clés en main'],
	guilde_microprojects: ['Microprojets'],
	jsi_vvvsi: ['JSI'],
	one_percent_water: ['Oudin']
};
const namesOf = new Map(
	supportOptions.map((option: SupportOption) => [
		option.id,
		[option.shortName ?? option.name, option.mention.text, ...(extraNames[option.id] ?? [])].map(plain)
	])
);

describe('advice over random answers', () => {
	it('names in its sentences only options the authority can use; lists to check only in the options, marked so', () => {
		fc.assert(
			fc.property(anyAnswers, (answers) => {
				const d = diagnosed(answers);
				const profile = readProfile(d.answers);
				const verdict = new Map(supportOptions.map((o) => [o.id, eligibilityOf(o, profile).status]));
				const r = d.recommendations;
				for (const option of r.options) {
					expect(verdict.get(option.id), option.id).not.toBe('not_eligible');
					expect(option.status).toBe(verdict.get(option.id));
					expect(option.toCheck.length > 0).toBe(option.status === 'to_check');
				}
				const links = [
					...r.roadmap.steps.flatMap((s) => s.options),
					...r.paths.consolidate.flatMap((l) => l.options),
					...r.paths.directions.flatMap((x) => x.levers.flatMap((l) => l.options))
				];
				for (const link of links) expect(verdict.get(link.id), link.id).toBe('eligible');
				const unusable = supportOptions.filter((o) => verdict.get(o.id) !== 'eligible');
				for (const { where, text } of adviceTexts(d)) {
					// an option's own reasons may name it, as may a « to check » option's
					const own = where.startsWith('options/') ? where.slice('options/'.length) : null;
					const said = plain(text);
					const named = unusable.filter(
						(o) => o.id !== own && namesOf.get(o.id)!.some((name) => said.includes(name))
					);
					expect(
						named.map((o) => o.id),
						`${where}: ${text}`
					).toEqual([]);
				}
				for (const entry of r.notYet) {
					expect(verdict.get(entry.id)).toBe('not_eligible');
					expect(entry.opensWith.length).toBeGreaterThan(0);
				}
			}),
			runs
		);
	});

	it('stays at the authority’s scale: no staff figure, budget figure or Europe service for a small one; no lack of a team for one that has a service', () => {
		fc.assert(
			fc.property(anyAnswers, (answers) => {
				const d = diagnosed(answers);
				const profile = readProfile(d.answers);
				const scale = scaleOf(profile);
				const texts = adviceTexts(d)
					.filter(({ where }) => !where.startsWith('options/'))
					.map(({ text }) => plain(text));
				for (const text of texts) {
					expect(text).not.toMatch(/\d+(,\d+)? etp/);
					expect(text).not.toMatch(/au-delà de \d|porter le budget/);
					if (scale === 'small') {
						expect(text).not.toMatch(/\d[\d ]* €/);
						expect(text).not.toMatch(/service europe|créer un service/);
					}
					if (profile.riService === 'yes') expect(text).not.toMatch(/absence d’équipe|sans équipe dédiée/);
					if (hasTeam(profile)) expect(text).not.toMatch(/personne n’y travaille|sans équipe à plein temps/);
				}
				for (const lever of [
					...d.recommendations.paths.consolidate,
					...d.recommendations.paths.directions.flatMap((x) => x.levers)
				]) {
					if (scale === 'small')
						expect(Object.keys(lever.changes)).not.toEqual(expect.arrayContaining(['ri_service']));
					expect(lever.changes).not.toHaveProperty('europe_service');
					expect(lever.changes).not.toHaveProperty('budget_band');
					expect(lever.changes).not.toHaveProperty('ri_fte');
				}
			}),
			runs
		);
	});

	it('never says the same thing twice in the roadmap, never makes a change of model a step, never nests brackets', () => {
		fc.assert(
			fc.property(anyAnswers, (answers) => {
				const steps = diagnosed(answers).recommendations.roadmap.steps;
				expect(new Set(steps.map((s) => s.id)).size).toBe(steps.length);
				expect(new Set(steps.map((s) => plain(s.title))).size).toBe(steps.length);
				for (const step of steps) {
					expect(plain(`${step.title} ${step.detail}`)).not.toMatch(
						/viser le modèle|passage vers|évoluer vers le modèle/
					);
					expect(step.detail, 'brackets inside brackets').not.toMatch(/\([^)]*\(/);
				}
			}),
			runs
		);
	});

	it('reads the models as orientations, never as rungs: no text of the advice speaks of progressing from one to another', () => {
		fc.assert(
			fc.property(anyAnswers, (answers) => {
				const d = diagnosed(answers);
				const r = d.recommendations;
				const texts = [
					...adviceTexts(d).map(({ text }) => text),
					...r.peers.statements.map((s) => s.text),
					...r.notYet.flatMap((n) => [...n.missing, ...n.opensWith])
				];
				for (const text of texts)
					expect(plain(text)).not.toMatch(
						/progresser|d’un modèle à l’autre|modèle supérieur|niveau supérieur|échelon|étape suivante/
					);
			}),
			runs
		);
	});

	it('speaks of a convention only to an authority asked about one, and of FICOL’s means only where they are missing', () => {
		fc.assert(
			fc.property(anyAnswers, (answers) => {
				const d = diagnosed(answers);
				const profile = readProfile(d.answers);
				const r = d.recommendations;
				const said = [
					...adviceTexts(d).map(({ text }) => text),
					...r.notYet.flatMap((n) => [...n.missing, ...n.opensWith])
				].join('\n');
				if (d.answers['partner_convention'] === undefined) expect(said).not.toMatch(/convention est signée/);
				const ficol = r.notYet.find((n) => n.id === 'ficol')?.opensWith.join(' ') ?? '';
				expect(ficol).not.toMatch(/de cet ordre/);
				if (hasTeam(profile) || profile.authorityType === 'mixed_syndicate')
					expect(ficol).not.toMatch(/une équipe/);
				if (['50k_100k', '100k_250k', '250k_500k', 'over_500k'].includes(profile.budgetBand ?? ''))
					expect(ficol).not.toMatch(/budget/);
			}),
			runs
		);
	});

	it('offers or names « 1 % Solidaires » only to an authority working on water, energy or waste, or asking for it', () => {
		fc.assert(
			fc.property(anyAnswers, (answers) => {
				const d = diagnosed(answers);
				const profile = readProfile(d.answers);
				const onItsTheme =
					profile.themes.some((id) => ['water_sanitation', 'energy', 'waste'].includes(id)) ||
					profile.startingActions.some((id) => ['one_percent', 'join_collective_programme'].includes(id));
				if (!onItsTheme) {
					const named = [
						...d.recommendations.options.map((o) => o.id),
						...d.recommendations.paths.consolidate.flatMap((l) => l.options.map((o) => o.id)),
						...d.recommendations.roadmap.steps.flatMap((s) => s.options.map((o) => o.id))
					];
					expect(named).not.toContain('one_percent_solidaires');
				}
			}),
			runs
		);
	});

	it('speaks of « votre partenaire » only to an authority that cooperates with a foreign authority', () => {
		fc.assert(
			fc.property(anyAnswers, (answers) => {
				const d = diagnosed(answers);
				if (hasForeignPartnership(readProfile(d.answers))) return;
				const r = d.recommendations;
				const texts = [
					...adviceTexts(d).map(({ text }) => text),
					...r.options.flatMap((o) => o.toCheck),
					...r.notYet.flatMap((n) => [...n.missing, ...n.opensWith])
				];
				for (const text of texts)
					expect(plain(text)).not.toMatch(/votre partenaire|vos partenaires|vous avez un partenaire/);
			}),
			runs
		);
	});

	it('reads « a partner abroad » and « a team of its own » the same way in the levers as in the eligibility rules', () => {
		fc.assert(
			fc.property(engagedAnswers, (answers) => {
				const effective = effectiveAnswers(questionnaire, answers);
				const profile = readProfile(effective);
				expect(evaluate(withPartner, effective)).toBe(hasForeignPartnership(profile));
				expect(evaluate(noTeam, effective)).toBe(!hasTeam(profile));
			}),
			runs
		);
	});

	it('offers what works with a partner abroad only to an authority that has one', () => {
		// emergency aid or a grant sent abroad is no partner: only a decentralised cooperation makes one
		const aidOnly = {
			action_families: ['local_actor_support'],
			cooperation_kinds: ['emergency'],
			zones: ['europe']
		};
		fc.assert(
			fc.property(engagedAnswers, (base) => {
				for (const answers of [base, { ...base, zones: ['none'] }, { ...base, ...aidOnly }]) {
					const d = diagnosed(answers);
					if (hasForeignPartnership(readProfile(d.answers))) continue;
					for (const lever of d.recommendations.paths.directions.flatMap((x) => x.levers))
						expect(plain(`${lever.label} ${lever.reason}`), lever.id).not.toMatch(/partenaire/);
				}
			}),
			runs
		);
	});

	it('explains every option for this authority, and says « déjà obtenu » only from an answer that names it', () => {
		fc.assert(
			fc.property(anyAnswers, (answers) => {
				const d = diagnosed(answers);
				const profile = readProfile(d.answers);
				for (const option of d.recommendations.options) {
					expect(option.why.length, option.id).toBeGreaterThan(0);
					const obtained = option.why.find((w) =>
						/^(Vous avez déjà obtenu|Votre collectivité y a déjà pris part)/.test(w)
					);
					if (obtained) {
						// a programme is carried by a collective structure: the authority took part, it obtained nothing
						expect(obtained.startsWith('Vous avez déjà obtenu'), option.id).toBe(
							option.option.kind !== 'programme'
						);
						const known = option.option.knownAs;
						const named =
							(known?.fundingSources ?? []).some((id) => profile.externalFunding.includes(id)) ||
							(known?.ministryInstruments ?? []).some((id) => profile.ministryInstruments.includes(id)) ||
							(known?.euProgrammes ?? []).some((id) => profile.euProgrammes.includes(id));
						expect(named, option.id).toBe(true);
					}
				}
				expect(JSON.parse(JSON.stringify(d.recommendations))).toEqual(d.recommendations);
			}),
			runs
		);
	});

	it('names a « 1 % » only in the step that proposes it to the elected officials, never as a call to apply to', () => {
		fc.assert(
			fc.property(anyAnswers, (answers) => {
				const steps = diagnosed(answers).recommendations.roadmap.steps;
				for (const step of steps.filter((s) => s.id !== 'one_percent')) {
					const named = step.options.filter((o) => supportOptions.find((x) => x.id === o.id)?.byDeliberation);
					expect(named, step.id).toEqual([]);
					expect(plain(step.title), step.id).not.toMatch(/1 %/);
				}
			}),
			runs
		);
	});

	it('shows Erasmus+ Jeunesse only for youth, no condition unmet; applies for a call on more than a zone', () => {
		const specificReasons =
			/^(Vous exercez|Votre action entre|Vous avez un partenaire|Vous agissez dans|Correspond à|D’autres collectivités|Votre partenaire est|Rejoint vos|L’étude le relève|Vous avez déjà obtenu|Votre collectivité y a déjà pris part)/;
		fc.assert(
			fc.property(anyAnswers, (answers) => {
				const d = diagnosed(answers);
				const profile = readProfile(d.answers);
				const erasmus = d.recommendations.options.find((o) => o.id === 'erasmus_youth');
				if (erasmus) {
					const youth = [profile.themes, profile.motivations, profile.startingActions].some((ids) =>
						ids.includes('youth_mobility')
					);
					expect(youth, 'a youth theme').toBe(true);
					expect(eligibilityOf(erasmus.option, profile).open.map((c) => c.state)).not.toContain('unmet');
				}
				const apply = d.recommendations.roadmap.steps.find((s) => s.id === 'apply_funding');
				const applied = d.recommendations.options.find((o) => o.id === apply?.options[0]?.id);
				if (applied)
					expect(
						applied.why.some((w) => specificReasons.test(w)),
						applied.id
					).toBe(true);
			}),
			runs
		);
	});

	it('shows a thematic option only to an authority that works on its theme', () => {
		fc.assert(
			fc.property(anyAnswers, (answers) => {
				const d = diagnosed(answers);
				const profile = readProfile(d.answers);
				for (const { id, option } of d.recommendations.options.filter((o) => o.option.fits.thematic)) {
					const { themes, motivations, startingActions } = option.fits;
					const onTheme =
						(themes ?? []).some((t) => profile.themes.includes(t)) ||
						(motivations ?? []).some((m) => profile.motivations.includes(m)) ||
						(startingActions ?? []).some((a) => profile.startingActions.includes(a));
					expect(onTheme, id).toBe(true);
				}
			}),
			runs
		);
	});

	it('calls an option a first step only towards one the authority could open (« pas encore »)', () => {
		fc.assert(
			fc.property(anyAnswers, (answers) => {
				const r = diagnosed(answers).recommendations;
				const reachable = new Set(r.notYet.map((o) => o.id));
				for (const option of r.options.filter((o) => o.why.some((w) => w.startsWith('Une première étape'))))
					expect(
						option.option.preparesFor?.some((id) => reachable.has(id)),
						option.id
					).toBe(true);
			}),
			runs
		);
	});

	it('reads a « Je ne sais pas » competence as to be checked, never as a recommendation', () => {
		fc.assert(
			fc.property(engagedAnswers, (base) => {
				const d = diagnosed({ ...base, service_competences: ['unknown'] });
				const onePercent = [
					'one_percent_water',
					'one_percent_waste',
					'one_percent_energy',
					'one_percent_mobility',
					'water_agencies'
				];
				for (const option of d.recommendations.options.filter((o) => onePercent.includes(o.id)))
					expect(option.status).toBe('to_check');
				for (const step of d.recommendations.roadmap.steps)
					expect(step.options.map((o) => o.id).filter((id) => onePercent.includes(id))).toEqual([]);
			}),
			runs
		);
	});

	it('names no regional network the authority does not have, and a partner only to one that has a partnership', () => {
		fc.assert(
			fc.property(anyAnswers, (answers) => {
				const d = diagnosed(answers);
				const profile = readProfile(d.answers);
				const r = d.recommendations;
				const own = new Set(r.options.filter((o) => o.regional && o.status === 'eligible').map((o) => o.id));
				const others = supportOptions.filter((o) => o.regionalNetwork && !own.has(o.id));
				for (const step of r.roadmap.steps) {
					const said = plain(`${step.title} ${step.detail}`);
					if (own.size === 0) expect(said, step.id).not.toMatch(/votre réseau/);
					expect(
						others.filter((o) => namesOf.get(o.id)!.some((name) => said.includes(name))).map((o) => o.id)
					).toEqual([]);
				}
				const apply = r.roadmap.steps.find((s) => s.id === 'apply_funding');
				if (apply && !hasForeignPartnership(profile)) expect(apply.detail).not.toMatch(/votre partenaire/);
			}),
			runs
		);
	});

	it('shows AFCCRE only with an action in Europe (or a twinning to start), and Interreg « pas encore » only with a European frame', () => {
		fc.assert(
			fc.property(anyAnswers, (answers) => {
				const d = diagnosed(answers);
				const p = readProfile(d.answers);
				const inEurope =
					p.zones.includes('europe') ||
					p.partnerCountries.some((code) => countryByCode(code)?.zone === 'europe') ||
					p.cooperationForms.some((form) => ['cross_border', 'european_project'].includes(form));
				if (d.recommendations.options.some((o) => o.id === 'afccre'))
					expect(p.engaged ? inEurope : p.startingActions.includes('twinning')).toBe(true);
				if (d.recommendations.notYet.some((n) => n.id === 'interreg')) expect(inEurope).toBe(true);
			}),
			runs
		);
	});

	it('offers the water agencies only in their six metropolitan basins, to an authority that works on water', () => {
		fc.assert(
			fc.property(anyAnswers, (answers) => {
				const d = diagnosed(answers);
				const p = readProfile(d.answers);
				if (!d.recommendations.options.some((o) => o.id === 'water_agencies')) return;
				// no region given: to be checked, as any territory
				if (p.region !== undefined) expect(regionById(p.region)?.overseas).toBe(false);
				expect(p.themes).toContain('water_sanitation');
			}),
			runs
		);
	});
	it('keeps the general call from projects with a joint fund’s country: to check beside other partners', () => {
		const jointFund = ['LB', 'AM', 'UA', 'SN', 'MA', 'PS'];
		const anyPartners = fc.subarray(['SN', 'MA', 'LB', 'ML', 'BF', 'DE'], { minLength: 1 });
		fc.assert(
			fc.property(engagedAnswers, anyPartners, (base, partnerCountries) => {
				const d = diagnosed({ ...base, partner_countries: partnerCountries });
				const call = d.recommendations.options.find((o) => o.id === 'dctciv_general_call');
				// the countries the answers keep (a hidden question's answer is ignored)
				const partners = readProfile(d.answers).partnerCountries;
				const inside = partners.filter((code) => jointFund.includes(code));
				if (inside.length > 0 && inside.length === partners.length) expect(call).toBeUndefined();
				if (inside.length > 0 && call) expect(call.status).toBe('to_check');
				for (const code of inside)
					expect(call?.why.join(' ') ?? '').not.toMatch(countryByCode(code)?.name ?? code);
			}),
			runs
		);
	});
});
