// Helpers to cite the study: its section 6 (the models) and the synthesis table that closes it.
import type { StudyQuote } from './rule-types';

export const s6 = (quote: string): StudyQuote => ({ section: '6', quote });
export const table = (quote: string): StudyQuote => ({ section: '6, tableau de synthèse', quote });
