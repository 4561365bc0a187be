// Before `npm test`: the system packages the README names, with how to install them.
import { spawnSync } from 'node:child_process';
import { findChromium } from './chromium.js';

const missing = [];
if (!findChromium())
	missing.push(
		'Chromium (les tests de bout en bout) : sudo apt-get install chromium, ou CHROMIUM_PATH=/chemin/vers/chromium'
	);
if (spawnSync('pdftotext', ['-v']).error)
	missing.push('Poppler (pdftotext et pdfinfo lisent les PDF produits) : sudo apt-get install poppler-utils');
if (missing.length > 0) {
	console.error(
		['Il manque des paquets du système dont les tests ont besoin :', ...missing.map((m) => `  – ${m}`)].join('\n')
	);
	process.exit(1);
}
