import { findChromium } from './chromium.js';

if (!findChromium()) {
	console.error(
		[
			'Aucun Chromium trouvé : les tests de bout en bout en ont besoin.',
			'  Debian/Ubuntu : sudo apt-get install chromium',
			'  Ailleurs : CHROMIUM_PATH=/chemin/vers/chromium npm test'
		].join('\n')
	);
	process.exit(1);
}
