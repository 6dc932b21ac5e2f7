/** Offers `text` as a file download (Blob + object URL; nothing leaves the browser). */
export function downloadText(
  text: string,
  fileName: string,
  type: string,
  container: Node & ParentNode,
): void {
  // The string keeps its byte order mark: a Blob encodes it as UTF-8, which spreadsheet apps read from it.
  const blob = new Blob([text], { type: `${type};charset=utf-8` });
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
