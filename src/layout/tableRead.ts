/**
 * Đọc bảng — a table read back from a workbook → values by column key, with findings. Columns are
 * found by header text (`nameKey`, Vietnamese or English header) wherever they moved; every cell
 * that cannot be read with certainty is a finding with its sheet and cell.
 */
import type { Finding, FindingCode, Severity } from '../domain/finding';
import { nameKey } from '../domain/vn/nameKey';
import type { TableData } from '../workbook/port';
import { offsetA1 } from './a1';
import { RawCell, cellText, fromCell, isEmptyCell } from './cells';
import type { Column, TableSheet, ValueLists } from './schema';

/** The two cells of an agency reference (names as written, ids), as text; null when empty or absent. */
export interface AgencyCells {
  readonly names: string | null;
  readonly ids: string | null;
  /** Where to point a finding: the names cell, or the ids cell when there is no names column. */
  readonly cell: string;
  readonly header: string;
}

export interface ReadRow {
  /** Sheet row number (1-based). */
  readonly row: number;
  /** Values by column key, empty cells already turned into null, '' or [] as the column says. */
  readonly values: Readonly<Record<string, unknown>>;
  readonly agencies: Readonly<Record<string, AgencyCells>>;
  /** A1 address of each key's (first) cell. */
  readonly cells: Readonly<Record<string, string>>;
  /** Text of the `officer` columns (`Đánh giá`), which are not part of the model. */
  readonly notes: Readonly<Record<string, string>>;
  /** Every cell of the row as text, for quarantine and messages. */
  readonly text: string;
  /** false when a cell of the row could not be read (its findings say why). */
  readonly ok: boolean;
}

export interface TableRead {
  readonly rows: readonly ReadRow[];
  readonly findings: readonly Finding[];
  /** Keys of the layout columns found in the table. */
  readonly found: ReadonlySet<string>;
}

export interface ReadTableOptions {
  /** Severity when the table itself is missing: plan tables are required, report tables are not. */
  readonly missing: Severity;
}

export function readTable(sheet: TableSheet, table: TableData | null, lists: ValueLists, options: ReadTableOptions): TableRead {
  if (table === null) return { rows: [], findings: [missingTable(sheet, options.missing)], found: new Set() };
  const positions = locateColumns(sheet.columns, table.headers);
  const findings: Finding[] = [];
  for (const column of sheet.columns) {
    if (positions.has(column) || column.role === 'officer') continue;
    findings.push(missingColumn(sheet, table, column));
  }
  const rows: ReadRow[] = [];
  table.rows.forEach((cells, index) => {
    if (cells.every((cell) => isEmptyCell(cell))) return;
    const read = readRow(sheet, table, positions, cells, index, lists);
    findings.push(...read.findings);
    rows.push(read.row);
  });
  return { rows, findings, found: new Set([...positions.keys()].map((column) => column.key)) };
}

/** Header positions by nameKey of the Vietnamese or English header; the first match wins. */
export function locateColumns(columns: readonly Column[], headers: readonly string[]): Map<Column, number> {
  const keys = headers.map((header) => nameKey(header));
  const positions = new Map<Column, number>();
  for (const column of columns) {
    const wanted = [nameKey(column.header), nameKey(column.header_en)];
    const index = keys.findIndex((key) => wanted.includes(key));
    if (index !== -1) positions.set(column, index);
  }
  return positions;
}

function readRow(
  sheet: TableSheet,
  table: TableData,
  positions: ReadonlyMap<Column, number>,
  cells: readonly RawCell[],
  index: number,
  lists: ValueLists,
): { row: ReadRow; findings: Finding[] } {
  const values: Record<string, unknown> = {};
  const agencies: Record<string, AgencyCells> = {};
  const addresses: Record<string, string> = {};
  const notes: Record<string, string> = {};
  const findings: Finding[] = [];
  const idColumn = sheet.columns[0];
  const rowIdText = idColumn.kind === 'text' && positions.has(idColumn) ? cellText(cells[positions.get(idColumn) ?? 0]) : '';
  const rowId = rowIdText === '' ? undefined : rowIdText;
  for (const column of sheet.columns) {
    const position = positions.get(column);
    if (column.role === 'officer') {
      if (position !== undefined && !isEmptyCell(cells[position])) notes[column.key] = cellText(cells[position]);
      continue;
    }
    const cell = offsetA1(table.at, position ?? 0, index + 1);
    if (position === undefined) {
      if (column.kind !== 'agency') values[column.key] = emptyValue(column);
      continue;
    }
    addresses[column.key] ??= cell;
    const raw = cells[position];
    if (column.kind === 'agency') {
      const text = isEmptyCell(raw) ? null : cellText(raw);
      const current = agencies[column.key] ?? { names: null, ids: null, cell, header: column.header };
      agencies[column.key] =
        column.part === 'name' ? { ...current, names: text, cell, header: column.header } : { ...current, ids: text };
      continue;
    }
    const read = fromCell(column, raw, lists);
    if (!read.ok) {
      findings.push({
        code: read.code,
        severity: 'error',
        where: `${sheet.name}!${cell}`,
        sheet: sheet.name,
        cell,
        ...(rowId === undefined ? {} : { rowId }),
        column: column.header,
        found: cellText(raw),
        ...(read.expected === undefined ? {} : { expected: read.expected }),
        message_vi: `Trang "${sheet.name}", ô ${cell} (cột "${column.header}"): ${read.reason_vi}`,
        message_en: `Sheet "${sheet.name}", cell ${cell} (column "${column.header_en}"): ${read.reason_en}`,
      });
      continue;
    }
    if (read.value === null && column.required) findings.push(emptyRequired(sheet, cell, column, rowId));
    values[column.key] = read.value === null ? emptyValue(column) : read.value;
  }
  // An agency reference is empty only when neither its names nor its ids are given.
  for (const column of sheet.columns.filter((candidate) => candidate.kind === 'agency' && candidate.required)) {
    const given = agencies[column.key];
    if (given !== undefined && given.names === null && given.ids === null) findings.push(emptyRequired(sheet, given.cell, column, rowId));
  }
  const text = cells.map((cell) => cellText(cell)).join(' | ');
  return {
    row: { row: rowNumber(table, index), values, agencies, cells: addresses, notes, text, ok: findings.length === 0 },
    findings,
  };
}

/** What an empty cell means for the model: null, [] or ''. */
export function emptyValue(column: Pick<Column, 'nullable' | 'join' | 'kind'>): unknown {
  if (column.nullable) return null;
  if (column.join !== undefined) return [];
  return column.kind === 'text' ? '' : null;
}

const rowNumber = (table: TableData, index: number): number => Number(/\d+$/.exec(table.at)?.[0] ?? '1') + index + 1;

function missingTable(sheet: TableSheet, severity: Severity): Finding {
  return {
    code: 'missing-sheet',
    severity,
    where: sheet.name,
    sheet: sheet.name,
    expected: sheet.table,
    message_vi: `Không tìm thấy bảng ${sheet.table} trên trang "${sheet.name}". Hãy khôi phục trang từ bản sao lưu, hoặc tạo lại sổ theo dõi bằng lệnh init rồi dán lại dữ liệu.`,
    message_en: `Table ${sheet.table} on sheet "${sheet.name}" (${sheet.name_en}) was not found. Restore the sheet from a backup, or make a new master with the init command and paste the data back.`,
  };
}

function missingColumn(sheet: TableSheet, table: TableData, column: Column): Finding {
  const severity: Severity = column.required ? 'error' : 'warning';
  const consequence_vi = column.required ? 'Hãy thêm lại cột này vào bảng.' : 'Cột được coi là để trống; hãy thêm lại cột nếu cần.';
  const consequence_en = column.required ? 'Add the column back to the table.' : 'The column is read as empty; add it back if needed.';
  return {
    code: 'missing-column',
    severity,
    where: `${sheet.name}!${table.at}`,
    sheet: sheet.name,
    cell: table.at,
    column: column.header,
    expected: column.header,
    message_vi: `Trang "${sheet.name}" thiếu cột "${column.header}". ${consequence_vi}`,
    message_en: `Sheet "${sheet.name}" lacks the column "${column.header}" (${column.header_en}). ${consequence_en}`,
  };
}

function emptyRequired(sheet: TableSheet, cell: string, column: Column, rowId: string | undefined): Finding {
  return cellFinding('empty-required', 'error', sheet.name, cell, column.header, rowId, {
    vi: `Trang "${sheet.name}", ô ${cell}: cột "${column.header}" không được để trống. Hãy nhập giá trị.`,
    en: `Sheet "${sheet.name}", cell ${cell}: the column "${column.header_en}" must not be empty. Enter a value.`,
  });
}

/** A finding about one cell. */
export function cellFinding(
  code: FindingCode,
  severity: Severity,
  sheet: string,
  cell: string,
  column: string,
  rowId: string | undefined,
  message: { vi: string; en: string },
  found?: string,
): Finding {
  return {
    code,
    severity,
    where: `${sheet}!${cell}`,
    sheet,
    cell,
    column,
    ...(rowId === undefined ? {} : { rowId }),
    ...(found === undefined ? {} : { found }),
    message_vi: message.vi,
    message_en: message.en,
  };
}
