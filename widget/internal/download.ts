/** Offers `blob` as a file download through an object URL: nothing leaves the browser. */
function offer(blob: Blob, fileName: string, container: Node & ParentNode): void {
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

/** Offers `text` as a file download of the given type, in UTF-8. */
export function downloadText(
  text: string,
  fileName: string,
  type: string,
  container: Node & ParentNode,
): void {
  // The string keeps its byte order mark: a Blob encodes it as UTF-8, which spreadsheet apps read from it.
  offer(new Blob([text], { type: `${type};charset=utf-8` }), fileName, container);
}
