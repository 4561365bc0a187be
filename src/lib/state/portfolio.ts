// Opens the adviser's portfolio: the link between storage (the diagnostics, the tab's selection)
// and the portfolio state.
import { listDiagnostics } from '../storage/diagnostics';
import { sessionSelection } from '../storage/selection';
import { Portfolio, type WhenIdle } from './portfolio.svelte';

/** Readable diagnostics only: broken records are dealt with on the home page. */
export function openPortfolio(whenIdle: WhenIdle): Portfolio {
	return new Portfolio(async () => (await listDiagnostics()).diagnostics, sessionSelection(), whenIdle);
}
