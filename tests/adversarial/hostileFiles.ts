/**
 * Hostile returned files, built in code (nothing opaque is committed): the real workbook sent to
 * Sở Công Thương for 2022, filled in properly, then edited as an official's Excel would (exceljs),
 * repackaged part by part as a hand-made or malicious file would be (JSZip, the zip builder), or
 * made from nothing (OLE containers, text, cut bytes).
 */
import type ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { buildOle } from '../support/oleBuilder';
import { buildZip, deflateRepeated, type ZipPart } from '../support/zipBuilder';
import { sheetPartPath } from '../workbook/xlsx/xlsxParts';
import { type Edit, HEADER_ROW, edited, fillValid, plainRange, sentFile, sheetOf } from '../rules/validate/returns';

export interface HostileFile {
  readonly fileName: string;
  readonly bytes: Uint8Array;
}

/** The name the sent workbook has; the agency's file keeps it unless a case renames it. */
export const FILE_NAME = '2022_SCT.xlsx';

const MiB = 1024 * 1024;
const encoder = new TextEncoder();

let valid: Promise<ArrayBuffer> | undefined;

/** The workbook sent to Sở Công Thương for 2022, every row answered properly (made once). */
export function validReturn(): Promise<ArrayBuffer> {
  valid ??= sentFile().then((sent) => edited(sent.bytes, fillValid));
  return valid;
}

const hostile = (bytes: ArrayBuffer | Uint8Array, fileName = FILE_NAME): HostileFile => ({ fileName, bytes: new Uint8Array(bytes) });

/** The valid return with exceljs edits applied, as an official's Excel would save it. */
export const excelEdited =
  (...edits: readonly Edit[]) =>
  async (): Promise<HostileFile> =>
    hostile(await edited(await validReturn(), ...edits));

/** The valid return with its package edited part by part (parts added, XML rewritten). */
export const packageEdited =
  (edit: (zip: JSZip, valid: ArrayBuffer) => Promise<void>, fileName = FILE_NAME) =>
  async (): Promise<HostileFile> => {
    const bytes = await validReturn();
    const zip = await JSZip.loadAsync(bytes);
    await edit(zip, bytes);
    return hostile(await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }), fileName);
  };

/** Rewrites the XML of the part holding `sheet`. */
export const sheetXmlEdited = (sheet: string, rewrite: (xml: string) => string) =>
  packageEdited(async (zip, bytes) => {
    const path = await sheetPartPath(bytes, sheet);
    const part = zip.file(path);
    if (part === null) throw new Error(`no part ${path}`);
    zip.file(path, rewrite(await part.async('string')));
  });

/** Rewrites the XML of one part by its path. */
export const partEdited = (path: string, rewrite: (xml: string) => string) =>
  packageEdited(async (zip) => {
    const part = zip.file(path);
    if (part === null) throw new Error(`no part ${path}`);
    zip.file(path, rewrite(await part.async('string')));
  });

/** The valid return's first `length` bytes (negative: all but the last `-length`). */
export const truncated =
  (length: number) =>
  async (): Promise<HostileFile> => {
    const bytes = new Uint8Array(await validReturn());
    return hostile(bytes.slice(0, length < 0 ? bytes.length + length : length));
  };

/** The valid return cut at a share of its length. */
export const truncatedAt =
  (share: number) =>
  async (): Promise<HostileFile> => {
    const bytes = new Uint8Array(await validReturn());
    return hostile(bytes.slice(0, Math.floor(bytes.length * share)));
  };

export const textFile =
  (text: string, fileName = FILE_NAME) =>
  async (): Promise<HostileFile> =>
    hostile(encoder.encode(text), fileName);

export const oleFile =
  (streams: readonly string[], fileName = FILE_NAME) =>
  async (): Promise<HostileFile> =>
    hostile(buildOle(streams), fileName);

/** The valid return's parts, inflated. */
async function validParts(): Promise<ZipPart[]> {
  const zip = await JSZip.loadAsync(await validReturn());
  const files = Object.values(zip.files).filter((file) => !file.dir);
  return Promise.all(files.map(async (file) => ({ name: file.name, data: await file.async('uint8array') })));
}

/**
 * A real workbook one of whose sheets is `megabytes` MiB of zeros: deflated as it streams, so the
 * bomb never sits in memory here either (~1000:1).
 */
export const zipBomb =
  (megabytes: number) =>
  async (): Promise<HostileFile> => {
    const bombPath = await sheetPartPath(await validReturn(), 'Nhiệm vụ');
    const bomb = await deflateRepeated(new Uint8Array(MiB), megabytes);
    const parts = (await validParts()).map((part) => (part.name === bombPath ? { name: part.name, data: bomb } : part));
    return hostile(await buildZip(parts));
  };

/**
 * A real workbook with `count` extra parts of one MiB each that do not compress: no part is large
 * and none inflates more than its size, but together they pass a total limit.
 */
export const spreadBomb =
  (count: number) =>
  async (): Promise<HostileFile> => {
    const filler = noise(MiB);
    const extra = Array.from({ length: count }, (_, index) => ({ name: `xl/media/filler${index + 1}.bin`, data: filler, method: 'stored' as const }));
    return hostile(await buildZip([...(await validParts()), ...extra]));
  };

/** Bytes that do not compress, the same on every run (xorshift32). */
function noise(length: number): Uint8Array {
  const bytes = new Uint8Array(length);
  let state = 0x2022_0040;
  for (let at = 0; at < length; at++) {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    bytes[at] = state & 0xff;
  }
  return bytes;
}

/** A zip holding nothing: only its end record. */
export const emptyZip = async (): Promise<HostileFile> => hostile(await buildZip([]));

/** Moves every column of a sheet to the mirrored place (the table dropped first, as a copy-paste would). */
export const reverseColumns =
  (sheetName: string): Edit =>
  (book) => {
    plainRange(sheetName)(book);
    const sheet = sheetOf(book, sheetName);
    const width = sheet.getRow(HEADER_ROW).cellCount;
    for (let row = HEADER_ROW; row <= sheet.rowCount; row++) {
      const values = Array.from({ length: width }, (_, at) => sheet.getCell(row, at + 1).value);
      values.reverse().forEach((value, at) => {
        sheet.getCell(row, at + 1).value = value;
      });
    }
  };

/** The `_meta` value of a field (one field per row: the key in A, the value in B). */
export const metaField =
  (field: string, value: ExcelJS.CellValue): Edit =>
  (book) => {
    const meta = sheetOf(book, '_meta');
    for (let row = 1; row <= meta.rowCount; row++) {
      if (meta.getCell(row, 1).text === field) {
        meta.getCell(row, 2).value = value;
        return;
      }
    }
    throw new Error(`no _meta field ${field}`);
  };

/** Writes `values` on a new row below the last one of a sheet, by column number. */
export const appendRow =
  (sheetName: string, values: readonly ExcelJS.CellValue[]): Edit =>
  (book) => {
    const sheet = sheetOf(book, sheetName);
    const row = sheet.rowCount + 1;
    values.forEach((value, at) => {
      sheet.getCell(row, at + 1).value = value;
    });
  };

/** The cell values of a row, by column number. */
export function rowValues(book: ExcelJS.Workbook, sheetName: string, row: number): ExcelJS.CellValue[] {
  const sheet = sheetOf(book, sheetName);
  return Array.from({ length: sheet.getRow(HEADER_ROW).cellCount }, (_, at) => sheet.getCell(row, at + 1).value);
}

/** `count` rows that hold only formatting (or an empty string) below the last row of a sheet part. */
export function emptyRowsXml(firstRow: number, count: number): string {
  const rows: string[] = [];
  for (let row = firstRow; row < firstRow + count; row++) {
    const cells =
      row % 2 === 0
        ? `<c r="A${row}" s="1"/><c r="E${row}" s="1"/>`
        : `<c r="B${row}" t="inlineStr"><is><t></t></is></c><c r="H${row}" t="inlineStr"><is><t xml:space="preserve">   </t></is></c>`;
    rows.push(`<row r="${row}" spans="1:10">${cells}</row>`);
  }
  return rows.join('');
}

/** `count` rows whose only cell is a formatted, empty one in Excel's last column (XFD). */
export function farEmptyCellsXml(firstRow: number, count: number): string {
  const rows: string[] = [];
  for (let row = firstRow; row < firstRow + count; row++) rows.push(`<row r="${row}"><c r="XFD${row}" s="1"/></row>`);
  return rows.join('');
}

/** `count` rows of numbers in columns A–T: the same id (0) on every row, nothing the form asks for. */
export function numberRowsXml(firstRow: number, count: number): string {
  const columns = 'ABCDEFGHIJKLMNOPQRST';
  const rows: string[] = [];
  for (let row = firstRow; row < firstRow + count; row++) {
    rows.push(`<row r="${row}">${[...columns].map((column, at) => `<c r="${column}${row}"><v>${at}</v></c>`).join('')}</row>`);
  }
  return rows.join('');
}
