import { createContext } from 'svelte';
import type { Portfolio } from './portfolio.svelte';
import type { DiagnosticSession } from './session.svelte';

/** The diagnostic being answered, provided by the diagnostic layout to its pages. */
export const [getSession, setSession] = createContext<DiagnosticSession>();

/** The adviser's portfolio, provided by the meeting layout to its pages. */
export const [getPortfolio, setPortfolio] = createContext<Portfolio>();
