/** Offers `blob` as a file download through an object URL: nothing leaves the browser. */
export function offer(blob: Blob, fileName: string, container: Node & ParentNode): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  container.append(link);
  link.click();
  link.remove();
  // Revoking at once can cancel the download in some browsers; a tick later is enough.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Offers `data` as a JSON file download, indented for reading. */
export function downloadJson(data: unknown, fileName: string, container: Node & ParentNode): void {
  offer(new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' }), fileName, container);
}
