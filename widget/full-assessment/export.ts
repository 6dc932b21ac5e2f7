import { offer } from '../internal/download.js';

// The full assessment's text exports (CSV). Kept out of the report's chunk, which loads without them.

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
