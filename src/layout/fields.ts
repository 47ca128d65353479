/**
 * Trang thông tin — one record written as key/value rows (`Kế hoạch`: number, issuer, date …).
 * Each row names its field twice: the path (`document.number`, for the reader) and the label
 * officials read; the reader finds a row by either.
 */
import type { Finding } from '../domain/finding';
import { formatVnDate } from '../domain/vn/date';
import { nameKey } from '../domain/vn/nameKey';
import type { CellValue, SheetSpec, TableData } from '../workbook/port';
import { offsetA1 } from './a1';
import { cellText, fromCell, isEmptyCell, toCell } from './cells';
import type { Field, FieldsSheet, Look, TableSheet, ValueLists } from './schema';
import { emptyValue, locateColumns } from './tableRead';
import { tableSheetSpec } from './tableWrite';

/** The fields sheet seen as a three-column table, so that it is written like every other table. */
export const fieldsAsTable = (sheet: FieldsSheet): TableSheet => ({
  ...sheet,
  shape: 'table',
  // Officials read the label and the value; the field path, for the reader, comes last.
  columns: [sheet.columns.label, sheet.columns.value, sheet.columns.field],
});

export function fieldsSheetSpec(sheet: FieldsSheet, record: object, lists: ValueLists, look: Look): SheetSpec {
  const rows: CellValue[][] = sheet.fields.map((field) => [field.label, fieldCell(field, valueAt(record, field.key), lists), field.key]);
  return tableSheetSpec(fieldsAsTable(sheet), rows, lists, { look, forAgency: false });
}

/**
 * The value column holds values of every kind, so it cannot carry a date format: a date is
 * written as `dd/mm/yyyy` text, which reads back like a typed date.
 */
function fieldCell(field: Field, value: unknown, lists: ValueLists): CellValue {
  return field.kind === 'date' && typeof value === 'string' ? formatVnDate(value) : toCell(field, value, lists);
}

export interface FieldsRead {
  /** The record with its nested objects (`{ id, document: { number, … } }`); fields that could not be read are absent. */
  readonly record: Record<string, unknown>;
  readonly findings: Finding[];
}

export function readFieldsTable(sheet: FieldsSheet, table: TableData, lists: ValueLists): FieldsRead {
  const positions = locateColumns([sheet.columns.field, sheet.columns.label, sheet.columns.value], table.headers);
  const fieldAt = positions.get(sheet.columns.field);
  const labelAt = positions.get(sheet.columns.label);
  const valueColumn = positions.get(sheet.columns.value);
  const findings: Finding[] = [];
  const record: Record<string, unknown> = {};
  if (valueColumn === undefined || (fieldAt === undefined && labelAt === undefined)) {
    const missing = valueColumn === undefined ? sheet.columns.value : sheet.columns.field;
    findings.push({
      code: 'missing-column',
      severity: 'error',
      where: `${sheet.name}!${table.at}`,
      sheet: sheet.name,
      cell: table.at,
      column: missing.header,
      expected: missing.header,
      message_vi: `Trang "${sheet.name}" thiếu cột "${missing.header}". Hãy thêm lại cột này vào bảng.`,
      message_en: `Sheet "${sheet.name}" lacks the column "${missing.header}" (${missing.header_en}). Add the column back to the table.`,
    });
    return { record, findings };
  }
  for (const field of sheet.fields) {
    const index = table.rows.findIndex(
      (row) =>
        (fieldAt !== undefined && cellText(row[fieldAt]) === field.key) ||
        (labelAt !== undefined && nameKey(cellText(row[labelAt])) === nameKey(field.label)),
    );
    if (index === -1) {
      if (field.required) findings.push(missingField(sheet, table, field.label, field.label_en));
      else setAt(record, field.key, emptyValue(field));
      continue;
    }
    const cell = offsetA1(table.at, valueColumn, index + 1);
    const raw = table.rows[index][valueColumn];
    const read = fromCell(field, raw, lists);
    if (!read.ok) {
      findings.push({
        code: read.code,
        severity: 'error',
        where: `${sheet.name}!${cell}`,
        sheet: sheet.name,
        cell,
        column: field.label,
        found: cellText(raw),
        message_vi: `Trang "${sheet.name}", ô ${cell} (${field.label}): ${read.reason_vi}`,
        message_en: `Sheet "${sheet.name}", cell ${cell} (${field.label_en}): ${read.reason_en}`,
      });
      continue;
    }
    if (isEmptyCell(raw) && field.required) {
      findings.push({
        code: 'empty-required',
        severity: 'error',
        where: `${sheet.name}!${cell}`,
        sheet: sheet.name,
        cell,
        column: field.label,
        message_vi: `Trang "${sheet.name}", ô ${cell}: "${field.label}" không được để trống. Hãy nhập giá trị.`,
        message_en: `Sheet "${sheet.name}", cell ${cell}: "${field.label_en}" must not be empty. Enter a value.`,
      });
      continue;
    }
    setAt(record, field.key, read.value === null ? emptyValue(field) : read.value);
  }
  return { record, findings };
}

function missingField(sheet: FieldsSheet, table: TableData, label: string, label_en: string): Finding {
  return {
    code: 'missing-row',
    severity: 'error',
    where: `${sheet.name}!${table.at}`,
    sheet: sheet.name,
    expected: label,
    message_vi: `Trang "${sheet.name}" thiếu dòng "${label}". Hãy thêm lại dòng này và ghi giá trị.`,
    message_en: `Sheet "${sheet.name}" lacks the row "${label_en}". Add the row back with its value.`,
  };
}

/** `document.number` in `{ document: { number } }`. */
export function valueAt(record: object, path: string): unknown {
  return path
    .split('.')
    .reduce<unknown>((value, key) => (typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[key] : undefined), record);
}

function setAt(record: Record<string, unknown>, path: string, value: unknown): void {
  const keys = path.split('.');
  let target = record;
  for (const key of keys.slice(0, -1)) {
    const next = target[key];
    target = (typeof next === 'object' && next !== null ? next : (target[key] = {})) as Record<string, unknown>;
  }
  target[keys[keys.length - 1]] = value;
}
