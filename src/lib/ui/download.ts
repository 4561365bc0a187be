// Offers a file to download, made on the device: a Blob behind a temporary <a download>.
export function downloadText(fileName: string, text: string, type = 'application/json'): void {
	const url = URL.createObjectURL(new Blob([text], { type }));
	const link = document.createElement('a');
	link.href = url;
	link.download = fileName;
	link.hidden = true;
	document.body.append(link);
	link.click();
	link.remove();
	// The download has started from the click; the address is no longer needed.
	setTimeout(() => URL.revokeObjectURL(url), 0);
}
