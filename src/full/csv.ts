// CSV as RFC 4180 writes it, for spreadsheets: CRLF between records, fields quoted when they hold a comma, a
// quote or a line break, quotes doubled, and a UTF-8 byte order mark so Excel reads the encoding right.

/** The byte order mark that tells spreadsheet apps the file is UTF-8. */
export const BOM = '\uFEFF';

// Spreadsheets run a cell that starts with one of these as a formula (CSV injection); tab and carriage return
// can hide one. Prefixing an apostrophe makes the cell plain text and shows what was written.
const FORMULA_START = /^[=+\-@\t\r]/;

/** A cell made safe for spreadsheets: a leading `=`, `+`, `-`, `@`, tab or CR gets an apostrophe in front. */
export const neutralise = (cell: string): string => (FORMULA_START.test(cell) ? `'${cell}` : cell);

const quote = (cell: string): string => (/[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);

// A record of one empty field would be an empty line, which readers skip: write it as `""`.
const record = (row: readonly string[]): string =>
  row.length === 1 && row[0] === '' ? '""' : row.map((cell) => quote(neutralise(cell))).join(',');

/** Rows to CSV text with a BOM; every cell is neutralised, then quoted as needed. */
export function toCsv(rows: readonly (readonly string[])[]): string {
  return BOM + rows.map(record).join('\r\n') + '\r\n';
}
