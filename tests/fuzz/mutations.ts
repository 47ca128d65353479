/**
 * Mutations of a valid returned workbook, as data that fast-check generates and shrinks:
 * - at the byte level — bits flipped, bytes set, inserted, deleted, runs copied from elsewhere in
 *   the file, the file cut short — applied to the `.xlsx` bytes as sent over e-mail, or to one
 *   part; and attribute values or texts of one XML part replaced by tokens a parser acts on;
 * - at the cell level — arbitrary values (text from `fc.anything()`, any Unicode, numbers with
 *   NaN and infinities, booleans, dates, formulas, error values, rich text, links) written into
 *   cells, sheets renamed, hidden, deleted, rows inserted or deleted, columns reordered — applied
 *   with exceljs, as an official's spreadsheet program would save them.
 */
import type ExcelJS from 'exceljs';
import fc from 'fast-check';

export type ByteMutation =
  | { readonly kind: 'flip'; readonly at: number; readonly bit: number }
  | { readonly kind: 'set'; readonly at: number; readonly value: number }
  | { readonly kind: 'insert'; readonly at: number; readonly bytes: Uint8Array }
  | { readonly kind: 'delete'; readonly at: number; readonly length: number }
  | { readonly kind: 'copy'; readonly from: number; readonly at: number; readonly length: number }
  | { readonly kind: 'truncate'; readonly at: number };

export const byteMutation: fc.Arbitrary<ByteMutation> = fc.oneof(
  fc.record({ kind: fc.constant('flip' as const), at: fc.nat(), bit: fc.integer({ min: 0, max: 7 }) }),
  fc.record({ kind: fc.constant('set' as const), at: fc.nat(), value: fc.constantFrom(0x00, 0xff, 0x3c, 0x3e, 0x22, 0x26, 0x30, 0x39, 0x50, 0x4b) }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), bytes: fc.uint8Array({ minLength: 1, maxLength: 16 }) }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 256 }) }),
  fc.record({ kind: fc.constant('copy' as const), from: fc.nat(), at: fc.nat(), length: fc.integer({ min: 1, max: 512 }) }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
);

/** The bytes with the mutations applied in order; positions wrap around the current length. */
export function mutateBytes(bytes: Uint8Array, mutations: readonly ByteMutation[]): Uint8Array {
  let out = bytes;
  for (const mutation of mutations) {
    const at = mutation.at % (out.length + 1);
    switch (mutation.kind) {
      case 'flip':
      case 'set':
        if (at === out.length) break;
        out = out.slice();
        out[at] = mutation.kind === 'flip' ? (out[at] ?? 0) ^ (1 << mutation.bit) : mutation.value;
        break;
      case 'insert':
        out = joined(out.subarray(0, at), mutation.bytes, out.subarray(at));
        break;
      case 'delete':
        out = joined(out.subarray(0, at), out.subarray(at + mutation.length));
        break;
      case 'copy': {
        const from = mutation.from % (out.length + 1);
        out = joined(out.subarray(0, at), out.subarray(from, from + mutation.length), out.subarray(at));
        break;
      }
      case 'truncate':
        out = out.slice(0, at);
        break;
    }
  }
  return out;
}

function joined(...pieces: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(pieces.reduce((sum, piece) => sum + piece.length, 0));
  let at = 0;
  for (const piece of pieces) {
    out.set(piece, at);
    at += piece.length;
  }
  return out;
}

/** One attribute value or run of text of an XML part replaced by a token. */
export interface XmlMutation {
  readonly at: number;
  readonly token: string;
}

/** Values a parser acts on: cell types, references past the grid, indexes past the shared strings, dates that are not. */
const XML_TOKENS = [
  's', 'e', 'str', 'b', 'n', 'd', 'inlineStr', 'A0', 'XFD1048577', 'A1:XFD1048576', '0', '-1', '99999', '4294967296', '1e309', 'NaN',
  '#N/A', '2022-13-45T00:00:00Z', 'true', '', 'rId999', '../../../etc/passwd', '/xl/worksheets/sheet1.xml', 'veryHidden', '&', '<', '&#0;', '&#xD800;',
];

export const xmlMutation: fc.Arbitrary<XmlMutation> = fc.record({
  at: fc.nat(),
  token: fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...XML_TOKENS) }, { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 12 }) }),
});

const XML_VALUE = /="([^"]*)"|>([^<]+)</g;

/** The XML with the mutations applied in order; `at` picks among its attribute values and texts, wrapping around. */
export function mutateXml(xml: string, mutations: readonly XmlMutation[]): string {
  let out = xml;
  for (const { at, token } of mutations) {
    const spans = [...out.matchAll(XML_VALUE)].map((match) => {
      const inner = match[1] ?? match[2] ?? '';
      const start = (match.index ?? 0) + (match[1] === undefined ? 1 : 2);
      return { start, end: start + inner.length };
    });
    const span = spans[at % Math.max(spans.length, 1)];
    if (span !== undefined) out = `${out.slice(0, span.start)}${token}${out.slice(span.end)}`;
  }
  return out;
}

/** Texts officials type, and texts that have broken parsers. */
const TYPED = [
  'Hoàn thành', 'HT', 'đang thực hiện', 'Chưa TH', 'Tốt', '60,5', '60.5', '1.234,5', '1,234.5', '50%', '100%', '-5',
  '15/11/2022', '2022-11-15', 'ngày 15 tháng 11 năm 2022', '31/02/2022', '2024', 'năm 2025', '', ' ', '\u00a0',
  '=1+1', '+1', '-', '@SUM(A1)', `=cmd|' /C calc'!A0`, '\t=1', '\r\n', '\u0000', '\uD800', '😀', 'e\u0301', '\u202e',
  '__proto__', 'constructor', 'prototype', 'toString', 'I.1', 'I.2', 'II.3', 'DA-02', 'CT-01', 'Mã', 'Tình trạng',
  'Tỷ lệ hoàn thành (%)', '_meta', 'planHash', 'kg-test', 'kg.sct', '2021', '2022-H1', '_x0000_', '&amp;', '<t>', ']]>',
];

export const cellText: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...TYPED) },
  { weight: 3, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 3, arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }) },
  { weight: 3, arbitrary: fc.anything().map((value) => fc.stringify(value)) },
  { weight: 3, arbitrary: fc.string({ unit: fc.constantFrom(...TYPED), maxLength: 6 }) },
  // Long texts, around the 32,767 characters a cell can hold.
  {
    weight: 1,
    arbitrary: fc.tuple(fc.constantFrom(...TYPED), fc.integer({ min: 1_000, max: 40_000 })).map(([text, length]) => (text || 'x').repeat(length).slice(0, length)),
  },
);

const FORMULAS = ['SUM(F4:F6)', 'HYPERLINK("http://example.invalid","x")', '1/0', 'NOW()', `cmd|' /C calc'!A0`, "'Nhiệm vụ'!A4", '_meta!B7', 'A1:XFD1048576'];

export const cellValue: fc.Arbitrary<ExcelJS.CellValue> = fc.oneof(
  { weight: 4, arbitrary: cellText },
  { weight: 2, arbitrary: fc.double() },
  { weight: 1, arbitrary: fc.integer({ min: -100_000, max: 100_000 }) },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 1, arbitrary: fc.constant(null) },
  { weight: 1, arbitrary: fc.date({ min: new Date(Date.UTC(1899, 0, 1)), max: new Date(Date.UTC(2200, 0, 1)), noInvalidDate: true }) },
  {
    weight: 1,
    arbitrary: fc.record({ formula: fc.oneof(fc.constantFrom(...FORMULAS), cellText), result: fc.oneof(cellText, fc.double(), fc.constant(undefined)) }).map(
      ({ formula, result }) => (result === undefined ? { formula } : { formula, result }) as ExcelJS.CellFormulaValue,
    ),
  },
  { weight: 1, arbitrary: fc.constantFrom('#N/A', '#VALUE!', '#REF!', '#DIV/0!', '#NAME?').map((error) => ({ error }) as ExcelJS.CellErrorValue) },
  { weight: 1, arbitrary: fc.array(cellText, { minLength: 1, maxLength: 3 }).map((texts) => ({ richText: texts.map((text) => ({ text })) })) },
  { weight: 1, arbitrary: fc.record({ text: cellText, hyperlink: fc.oneof(fc.constantFrom('https://example.invalid', "#'Nhiệm vụ'!A1"), cellText) }) },
);

export type CellMutation =
  | { readonly kind: 'write'; readonly sheet: number; readonly row: number; readonly column: number; readonly value: ExcelJS.CellValue }
  | { readonly kind: 'rename'; readonly sheet: number; readonly name: string }
  | { readonly kind: 'remove'; readonly sheet: number }
  | { readonly kind: 'state'; readonly sheet: number; readonly state: ExcelJS.WorksheetState }
  | { readonly kind: 'rows'; readonly sheet: number; readonly row: number; readonly remove: number; readonly insert: number }
  | { readonly kind: 'reorder'; readonly sheet: number; readonly order: readonly number[] };

/** Mostly the title, header and data rows (1–8) and the form's columns (1–11); now and then far away. */
const rowNumber = fc.oneof({ weight: 5, arbitrary: fc.integer({ min: 1, max: 8 }) }, { weight: 1, arbitrary: fc.integer({ min: 9, max: 300 }) });
const columnNumber = fc.oneof({ weight: 5, arbitrary: fc.integer({ min: 1, max: 11 }) }, { weight: 1, arbitrary: fc.integer({ min: 12, max: 120 }) });

export const cellMutation: fc.Arbitrary<CellMutation> = fc.oneof(
  { weight: 8, arbitrary: fc.record({ kind: fc.constant('write' as const), sheet: fc.nat(), row: rowNumber, column: columnNumber, value: cellValue }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('rename' as const), sheet: fc.nat(), name: cellText }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('remove' as const), sheet: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('state' as const), sheet: fc.nat(), state: fc.constantFrom('visible' as const, 'hidden' as const, 'veryHidden' as const) }) },
  {
    weight: 1,
    arbitrary: fc.record({ kind: fc.constant('rows' as const), sheet: fc.nat(), row: rowNumber, remove: fc.integer({ min: 0, max: 3 }), insert: fc.integer({ min: 0, max: 3 }) }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('reorder' as const), sheet: fc.nat(), order: fc.array(fc.nat(), { minLength: 12, maxLength: 12 }) }) },
);

/**
 * Applies the mutations to a loaded workbook. A mutation Excel itself would refuse (a sheet name
 * with `/`, two sheets of one name, deleting the last sheet) is left out, as Excel would leave it.
 */
export function mutateWorkbook(book: ExcelJS.Workbook, mutations: readonly CellMutation[]): void {
  for (const mutation of mutations) {
    const sheets = book.worksheets;
    const sheet = sheets[mutation.sheet % sheets.length];
    if (sheet === undefined) return;
    switch (mutation.kind) {
      case 'write':
        sheet.getCell(mutation.row, mutation.column).value = mutation.value;
        break;
      case 'rename':
        refusedByExcel(() => {
          // exceljs warns and cuts a name past Excel's 31 characters; cut it here, quietly.
          sheet.name = mutation.name.slice(0, 31);
        });
        break;
      case 'remove':
        if (sheets.length > 1) book.removeWorksheet(sheet.id);
        break;
      case 'state':
        sheet.state = mutation.state;
        break;
      case 'rows':
        refusedByExcel(() => sheet.spliceRows(mutation.row, mutation.remove, ...Array.from({ length: mutation.insert }, () => [])));
        break;
      case 'reorder':
        reorderColumns(sheet, mutation.order);
        break;
    }
  }
}

function refusedByExcel(edit: () => void): void {
  try {
    edit();
  } catch {
    // Excel refuses the same edit; the official's file never has it.
  }
}

/** Puts the first 12 columns in the order of the keys (a stable sort by them), the tables dropped as a copy-paste would. */
function reorderColumns(sheet: ExcelJS.Worksheet, keys: readonly number[]): void {
  for (const name of Object.keys((sheet as unknown as { tables: Record<string, unknown> }).tables)) sheet.removeTable(name);
  const order = keys.map((key, index) => ({ key, index })).sort((a, b) => a.key - b.key || a.index - b.index);
  for (let row = 1; row <= Math.min(sheet.rowCount, 300); row++) {
    const values = order.map(({ index }) => sheet.getCell(row, index + 1).value);
    values.forEach((value, at) => {
      sheet.getCell(row, at + 1).value = value;
    });
  }
}
