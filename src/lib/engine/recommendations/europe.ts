// The European dimension of an authority's action, read by the rules of Interreg (its European frame)
// and by the options that only make sense in Europe (AFCCRE, Interreg's « pas encore »). Pure.
import { countryByCode } from '../../content/countries';
import type { SupportOption } from '../../content/supports';
import type { Profile } from './profile';

/** Outermost regions and the zones of their neighbours (Interreg's outermost-region programmes). */
const outermostNeighbours: Readonly<Record<string, readonly string[]>> = {
	guadeloupe: ['latin_america_caribbean'],
	martinique: ['latin_america_caribbean'],
	guyane: ['latin_america_caribbean'],
	'la-reunion': ['sub_saharan_africa', 'asia'],
	mayotte: ['sub_saharan_africa']
};

const europeanProjects = (p: Profile) =>
	p.cooperationForms.includes('cross_border') || p.cooperationForms.includes('european_project');

/** An outermost region whose partners are among its neighbours. */
function withOutermostNeighbours(p: Profile): boolean {
	const neighbours = p.region ? outermostNeighbours[p.region] : undefined;
	if (!neighbours) return false;
	return p.partnerCountries.some((code) => neighbours.includes(countryByCode(code)?.zone ?? ''));
}

/** Interreg's frame: a cross-border or European project, or an outermost region with its neighbours. */
export function inEuropeanFrame(p: Profile): boolean {
	return europeanProjects(p) || withOutermostNeighbours(p);
}

/** Acting in Europe: a zone, a partner's country, or a project there. */
function actsInEurope(p: Profile): boolean {
	return (
		p.zones.includes('europe') ||
		p.partnerCountries.some((code) => countryByCode(code)?.zone === 'europe') ||
		europeanProjects(p)
	);
}

/** Whether the option's European dimension (`fits.european`) is the authority's; always, for other options. */
export function inEuropeanScope(option: SupportOption, p: Profile): boolean {
	const wanted = option.fits.european;
	if (wanted === undefined) return true;
	// an authority starting out has no zone yet: what it wants to start with (a twinning) says it
	if (!p.engaged) return option.fits.startingActions?.some((id) => p.startingActions.includes(id)) === true;
	return actsInEurope(p) || (wanted === 'frame' && withOutermostNeighbours(p));
}
