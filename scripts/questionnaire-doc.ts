// Writes docs/questionnaire.md from the questionnaire definition, so the list of questions,
// identifiers and conditions can be checked against the study without reading code.
// Run: npm run docs:questionnaire (a unit test fails when the committed file is out of date).
import { writeFileSync } from 'node:fs';
import { questionnaireDocument } from './questionnaire-doc-render';

const target = new URL('../docs/questionnaire.md', import.meta.url);
writeFileSync(target, questionnaireDocument());
console.log(`Écrit : ${target.pathname}`);
