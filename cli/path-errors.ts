// What went wrong with a path, in French and naming it: no Node error code, no stack trace.

const quoted = (path: string) => `«\u00a0${path}\u00a0»`;

export function readFailure(error: unknown): string {
	switch ((error as NodeJS.ErrnoException).code) {
		case 'ENOENT':
			return 'fichier introuvable';
		case 'EACCES':
		case 'EPERM':
			return 'lecture refusée (droits insuffisants)';
		case 'EISDIR':
			return 'c’est un dossier, pas un fichier';
		default:
			return 'lecture impossible';
	}
}

/** « Impossible d’écrire « x.pdf » : le dossier qui doit le contenir n’existe pas » */
export function writeFailure(error: unknown, path: string, kind: 'fichier' | 'dossier'): string {
	const reason = (() => {
		switch ((error as NodeJS.ErrnoException).code) {
			case 'ENOENT':
				return 'le dossier qui doit le contenir n’existe pas';
			case 'EISDIR':
				return 'c’est un dossier';
			case 'ENOTDIR':
			case 'EEXIST':
				return kind === 'dossier'
					? 'c’est un fichier, pas un dossier'
					: 'un élément du chemin est un fichier, pas un dossier';
			case 'EACCES':
			case 'EPERM':
			case 'EROFS':
				return 'écriture refusée (droits insuffisants ou support en lecture seule)';
			case 'ENOSPC':
				return 'le disque est plein';
			default:
				return 'écriture impossible';
		}
	})();
	return `Impossible d’écrire ${kind === 'dossier' ? 'dans ' : ''}${quoted(path)}\u00a0: ${reason}`;
}
