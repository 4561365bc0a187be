import { createContext } from 'svelte';
import type { DiagnosticSession } from './session.svelte';

/** The diagnostic being answered, provided by the diagnostic layout to its pages. */
export const [getSession, setSession] = createContext<DiagnosticSession>();
