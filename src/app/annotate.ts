/**
 * Bản đánh dấu lỗi — the copy of a returned file sent back to the agency: a first sheet
 * `Lỗi cần sửa` listing every finding with a link to its cell, then the file's own sheets with
 * each cell that has a finding filled (light red: an error to fix; yellow: a warning to look at)
 * and a note holding the message in Vietnamese and in English.
 *
 * The copy is written through the port, which writes whole sheets: each sheet is rebuilt from the
 * grid that was read, at the same addresses (so that the findings' cells are right even when the
 * agency moved columns), with the values as they were (a formula as its inert text `=…`), plan
 * cells grey and locked, answer cells open, and the hidden `_meta` kept, so that the agency can
 * correct this copy and send it back. Drop-down lists are not rebuilt; the reader reads typed
 * values by meaning.
 */
import type { Finding } from '../domain/finding';
import { columnLetters, parseA1 } from '../layout/a1';
import { AGENCY_ENTITIES, agencyTable } from '../layout/load';
import type { Layouts, Look } from '../layout/schema';
import { type LocatedSheet, cellDisplay, findDataSheet, locateSheet } from '../rules/validate/sheets';
import type { ReturnedWorkbook } from '../rules/validate/validateReturn';
import type { CellStyle, CellValue, ReadCell, SheetGrid, SheetSpec, StyledCell, WorkbookFile } from '../workbook/port';

export const ANNOTATION_SHEET = 'Lỗi cần sửa';
const ERROR_FILL = 'FFC7CE';
const WARNING_FILL = 'FFEB9C';

/** `2022_So-CT.xlsx` → `2022_So-CT_loi-can-sua.xlsx`. */
export function annotatedFileName(fileName: string): string {
  const base = fileName.replace(/^.*[\\/]/, '');
  const stem = base.replace(/\.xlsx?$/i, '');
  return `${stem}_loi-can-sua.xlsx`;
}

/** Writes the annotated copy into `file` (a new, empty workbook) and returns its bytes. */
export async function writeAnnotatedCopy(
  workbook: ReturnedWorkbook,
  findings: readonly Finding[],
  layouts: Layouts,
  file: WorkbookFile,
): Promise<ArrayBuffer> {
  await file.writeSheets(annotatedSheets(workbook, findings, layouts));
  return file.toArrayBuffer();
}

export function annotatedSheets(workbook: ReturnedWorkbook, findings: readonly Finding[], layouts: Layouts): SheetSpec[] {
  const kept = workbook.sheets.filter((grid) => keepSheet(grid, layouts));
  const names = new Map(kept.map((grid) => [grid.name, writableName(grid.name)]));
  return [
    findingsSheet(workbook.fileName, findings, names, layouts.agency.look),
    ...kept.map((grid) => copiedSheet(grid, findings.filter((finding) => finding.sheet === grid.name), layouts, names.get(grid.name) ?? grid.name)),
  ];
}

/** The visible sheets and `_meta`; not helper sheets (drop-down lists) nor an earlier copy's list. */
function keepSheet(grid: SheetGrid, layouts: Layouts): boolean {
  if (grid.name.toLowerCase() === ANNOTATION_SHEET.toLowerCase()) return false;
  return grid.state === 'visible' || grid.name.toLowerCase() === layouts.agency.meta.name.toLowerCase();
}

/** Excel allows `'` in a sheet name; the port refuses it (print titles would break). */
const writableName = (name: string): string => name.replace(/'/g, '’');

const linkTo = (sheet: string, cell: string): string => `'${sheet}'!${cell}`;

function noteText(findings: readonly Finding[]): string {
  return findings.map((finding) => `${finding.severity === 'error' ? 'LỖI' : 'CẢNH BÁO'}: ${finding.message_vi}\n(${finding.message_en})`).join('\n\n');
}

function findingsSheet(fileName: string, findings: readonly Finding[], names: ReadonlyMap<string, string>, look: Look): SheetSpec {
  const base: CellStyle = { fontName: look.fontName, fontSize: look.fontSize - 1, vertical: 'top', wrap: true };
  const header: CellStyle = { ...base, bold: true, fill: look.headerFill, border: true, horizontal: 'center', vertical: 'middle' };
  const cell = (value: CellValue, style: CellStyle = { ...base, border: true }): StyledCell => ({ value, style });
  const ordered = [...findings.filter((f) => f.severity === 'error'), ...findings.filter((f) => f.severity === 'warning')];
  const rows: (StyledCell | null)[][] = [
    [{ value: `LỖI CẦN SỬA — ${fileName}`, style: { ...base, bold: true, fontSize: look.fontSize + 2, wrap: false } }],
    [
      {
        value: `Có ${count(findings, 'error')} lỗi (ô tô đỏ, phải sửa) và ${count(findings, 'warning')} cảnh báo (ô tô vàng, xin xem lại). Bấm vào địa chỉ ô để đến ô đó; di chuột vào ô để đọc ghi chú. Sửa xong, lưu tệp và gửi lại.`,
        style: { ...base, wrap: false },
      },
    ],
    [
      {
        value: `${count(findings, 'error')} errors (red cells, to fix) and ${count(findings, 'warning')} warnings (yellow cells, to check). Click an address to go to its cell; its note says what is wrong. Save and send the file again when done.`,
        style: { ...base, italic: true, color: '595959', wrap: false },
      },
    ],
    [],
    ['STT', 'Mức độ', 'Mã lỗi', 'Trang', 'Ô', 'Mã dòng', 'Cột', 'Giá trị đang ghi', 'Giá trị cần', 'Nội dung', 'Message (English)'].map((text) => cell(text, header)),
    ...ordered.map((finding, index) => {
      const sheet = finding.sheet === undefined ? undefined : names.get(finding.sheet);
      const address = finding.cell ?? '';
      const level = finding.severity === 'error' ? 'Lỗi' : 'Cảnh báo';
      return [
        cell(index + 1, { ...base, border: true, horizontal: 'center' }),
        cell(level, { ...base, border: true, fill: finding.severity === 'error' ? ERROR_FILL : WARNING_FILL }),
        cell(finding.code),
        cell(finding.sheet ?? ''),
        sheet !== undefined && address !== ''
          ? { value: address, link: linkTo(sheet, address), style: { ...base, border: true, color: '0563C1' } }
          : cell(address),
        cell(finding.rowId ?? ''),
        cell(finding.column ?? ''),
        cell(finding.found ?? '', { ...base, border: true, numberFormat: '@' }),
        cell(finding.expected ?? '', { ...base, border: true, numberFormat: '@' }),
        cell(finding.message_vi),
        cell(finding.message_en, { ...base, border: true, italic: true }),
      ];
    }),
  ];
  return {
    name: ANNOTATION_SHEET,
    tabColor: 'C00000',
    frozenRows: 5,
    protect: true,
    columnWidths: [5, 10, 18, 14, 7, 9, 18, 22, 18, 60, 50],
    blocks: [{ kind: 'cells', at: 'A1', rows }],
    print: {
      orientation: 'landscape',
      paperSize: 'A4',
      marginsCm: { top: 2, bottom: 2, left: 2, right: 1.5 },
      fitToWidth: true,
      repeatRows: { from: 5, to: 5 },
    },
  };
}

const count = (findings: readonly Finding[], severity: Finding['severity']): number =>
  findings.filter((finding) => finding.severity === severity).length;

/** Which layout table a grid holds, if any. */
function locate(grid: SheetGrid, layouts: Layouts): LocatedSheet | null {
  for (const entity of AGENCY_ENTITIES) {
    const layout = agencyTable(layouts.agency, entity);
    if (findDataSheet([grid], layout, new Set()) !== undefined) {
      const located = locateSheet(grid, layout);
      if (located.headerRow !== null) return located;
    }
  }
  return null;
}

function copiedSheet(grid: SheetGrid, findings: readonly Finding[], layouts: Layouts, name: string): SheetSpec {
  const { look } = layouts.agency;
  const located = grid.state === 'visible' ? locate(grid, layouts) : null;
  const atCell = new Map<string, Finding[]>();
  for (const finding of findings) {
    if (finding.cell !== undefined) atCell.set(finding.cell, [...(atCell.get(finding.cell) ?? []), finding]);
  }
  const marked = [...atCell.keys()].map((address) => parseA1(address)).filter((position) => position !== null);
  const height = Math.max(grid.rows.length, ...marked.map((position) => position.row));
  const width = Math.max(1, ...grid.rows.map((row) => row.length), ...marked.map((position) => position.column));
  const base: CellStyle = { fontName: look.fontName, fontSize: look.fontSize, vertical: 'top' };

  const rows = Array.from({ length: height }, (_, r) =>
    Array.from({ length: width }, (_, c): StyledCell | null => {
      const read = grid.rows[r]?.[c] ?? null;
      const style = cellStyle(base, look, located, r + 1, c, read);
      const here = atCell.get(`${columnLetters(c + 1)}${r + 1}`) ?? [];
      if (read === null && style === null && here.length === 0) return null;
      const note = [read?.note, here.length === 0 ? undefined : noteText(here)].filter((text) => text !== undefined).join('\n\n');
      const fill = here.some((f) => f.severity === 'error') ? ERROR_FILL : here.length > 0 ? WARNING_FILL : undefined;
      return {
        value: copiedValue(read),
        style: { ...(style ?? base), ...(fill === undefined ? {} : { fill }) },
        ...(note === '' ? {} : { note }),
      };
    }),
  );
  const isMeta = name.toLowerCase() === layouts.agency.meta.name.toLowerCase();
  const isInstructions = name.toLowerCase() === layouts.agency.instructions.name.toLowerCase();
  const headerRow = located?.headerRow ?? null;
  return {
    name,
    state: grid.state,
    protect: located !== null || isMeta || (isInstructions && grid.protected),
    ...(headerRow === null ? {} : { frozenRows: headerRow }),
    ...columnWidths(located, isMeta, isInstructions, layouts),
    blocks: [{ kind: 'cells', at: 'A1', rows: isInstructions ? asInstructions(rows, look) : rows }],
    print: {
      orientation: isInstructions ? 'portrait' : 'landscape',
      paperSize: 'A4',
      marginsCm: { top: 2, bottom: 2, left: isInstructions ? 3 : 2, right: 1.5 },
      fitToWidth: true,
      ...(headerRow === null ? {} : { repeatRows: { from: headerRow, to: headerRow } }),
    },
  };
}

/** `Hướng dẫn` reads as it was sent: paragraphs wrapped in one wide column, the title bold. */
function asInstructions(rows: readonly (StyledCell | null)[][], look: Look): (StyledCell | null)[][] {
  return rows.map((row, r) =>
    row.map((cell) =>
      cell === null
        ? null
        : { ...cell, style: { ...cell.style, wrap: true, ...(r === 0 ? { bold: true, fontSize: look.fontSize + 2, horizontal: 'center' as const } : {}) } },
    ),
  );
}

/** The value as read; a formula only as its text, so that it never runs. */
function copiedValue(read: ReadCell | null): CellValue {
  if (read === null) return null;
  return read.formula === undefined ? read.value : cellDisplay(read);
}

/**
 * Data sheets look like the form: the header bold on its colour, plan cells grey and locked,
 * answer cells white and open, all bordered. Elsewhere the cell keeps only its number format.
 */
function cellStyle(base: CellStyle, look: Look, located: LocatedSheet | null, row: number, column: number, read: ReadCell | null): CellStyle | null {
  const numberFormat = read?.formula !== undefined ? '@' : read?.numberFormat;
  const plain: CellStyle = { ...base, ...(numberFormat === undefined ? {} : { numberFormat }) };
  if (located === null || located.headerRow === null) return read === null ? null : plain;
  const key = [...located.positions].find(([, position]) => position === column)?.[0];
  const layoutColumn = located.layout.columns.find((candidate) => candidate.key === key);
  const lastRow = Math.max(located.headerRow, ...located.rows.map((gridRow) => gridRow.row));
  if (row === located.headerRow) {
    return { ...plain, bold: true, fill: look.headerFill, border: true, wrap: true, horizontal: 'center', vertical: 'middle' };
  }
  if (row < located.headerRow) return read === null ? null : { ...plain, bold: true };
  if (row > lastRow || layoutColumn === undefined) return read === null ? null : { ...plain, wrap: true };
  const open = layoutColumn.role !== 'plan';
  return { ...plain, wrap: layoutColumn.wrap, border: true, locked: !open, fill: open ? look.answerFill : look.planFill };
}

function columnWidths(located: LocatedSheet | null, isMeta: boolean, isInstructions: boolean, layouts: Layouts): { columnWidths?: number[] } {
  if (isMeta) return { columnWidths: [16, 70] };
  if (isInstructions) return { columnWidths: [layouts.agency.instructions.width] };
  if (located === null) return {};
  const widths: number[] = [];
  for (const [key, position] of located.positions) {
    widths[position] = located.layout.columns.find((column) => column.key === key)?.width ?? 12;
  }
  return { columnWidths: Array.from(widths, (width) => width ?? 12) };
}
