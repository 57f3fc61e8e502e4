/**
 * A CSV file as Keel downloads it: a UTF-8 byte-order mark first, so Excel on Windows reads "Tomás" and not
 * "TomÃ¡s", then RFC 4180 records (CRLF after each), every cell through the risk register's `csvField`
 * (quoting, and the formula-injection guard: a cell starting with =, +, -, @, tab or CR gets a leading ').
 * @example csvDocument([['Key', 'Owner'], ['PAY-1', 'Tomás']]) // '\uFEFFKey,Owner\r\nPAY-1,Tomás\r\n'
 */
import { csvField } from '../../../src/domain/risk/risk-csv';
import { download } from '../dependencies/export-image';

export type CsvCell = string | number | null;

export const UTF8_BOM = '\uFEFF';

/** The file's text; `csv` is CSV already written (e.g. by `riskCsv`), `rows` are cells still to be written. */
export function csvDocument(rows: readonly (readonly CsvCell[])[]): string {
  return withBom(rows.map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n');
}

export function withBom(csv: string): string {
  return csv.startsWith(UTF8_BOM) ? csv : UTF8_BOM + csv;
}

/** Starts the download of CSV text (the BOM is added when missing). */
export function downloadCsv(csv: string, fileName: string): void {
  download(new Blob([withBom(csv)], { type: 'text/csv;charset=utf-8' }), fileName);
}
