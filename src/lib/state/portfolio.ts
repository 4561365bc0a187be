// The adviser's views read the diagnostics on this device through here.
import type { Diagnostic } from '../model/diagnostic';
import { getDiagnostic, listDiagnostics } from '../storage/diagnostics';

/** Readable diagnostics only: broken records are dealt with on the home page. */
export async function loadAll(): Promise<Diagnostic[]> {
	return (await listDiagnostics()).diagnostics;
}

/** The diagnostics named in an address (« ?ids=a,b »), in that order; ids no longer on the device are skipped. */
export async function loadSelection(idList: string | null): Promise<Diagnostic[]> {
	const ids = [...new Set((idList ?? '').split(',').filter(Boolean))];
	const found = await Promise.all(ids.map((id) => getDiagnostic(id)));
	return found.filter((d): d is Diagnostic => d !== undefined);
}
