// The scale of an authority, which sizes the advice. The study: every international service it met
// was in an authority of more than 10 000 inhabitants, and Europe services only above 100 000
// (section 3); « les petites collectivités peuvent nécessiter davantage de soutien technique et
// méthodologique, tandis que les grandes collectivités peuvent chercher des partenariats
// stratégiques » (conclusion). Without a population, only a département or a région counts as large.
import type { Scale } from '../../content/levers/types';
import type { Profile } from './profile';

const small = ['under_2k', '2k_5k', '5k_10k'];
const medium = ['10k_50k', '50k_100k'];

export function scaleOf(profile: Profile): Scale {
	if (profile.authorityType === 'region' || profile.authorityType === 'department') return 'large';
	if (profile.populationBand === undefined || small.includes(profile.populationBand)) return 'small';
	return medium.includes(profile.populationBand) ? 'medium' : 'large';
}
