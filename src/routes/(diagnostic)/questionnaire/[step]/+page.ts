import { questionnaire } from '$lib/content';
import type { EntryGenerator, PageLoad } from './$types';

export const entries: EntryGenerator = () => questionnaire.steps.map((step) => ({ step: step.id }));

export const load: PageLoad = ({ params }) => ({ stepId: params.step });
