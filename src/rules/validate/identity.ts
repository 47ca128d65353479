/**
 * Dòng nào là dòng nào — the rows of a returned sheet against the rows that were sent: an id on
 * two rows (`duplicate-id`), a row that was not sent (`unknown-id`, an invented or pasted row), a
 * row that was sent and is gone (`missing-row`), and plan cells changed (`altered-locked-cell`).
 * Rows are matched by their `Mã` only; their order does not matter.
 */
import type { Finding } from '../../domain/finding';
import { formatVnNumber, parseCellNumber } from '../../domain/vn/number';
import { a1 } from '../../layout/a1';
import type { CellValue, ReadCell } from '../../workbook/port';
import { isDateValue } from '../../workbook/port';
import type { ExpectedRow } from './expected';
import { type Place, quoted, returnFinding } from './findings';
import { cellDisplay, type GridRow, type LocatedSheet } from './sheets';

export interface RowIdentity {
  /** Findings about one row, by sheet row number. */
  readonly byRow: ReadonlyMap<number, readonly Finding[]>;
  /** Findings about rows that are not there (`missing-row`). */
  readonly missing: readonly Finding[];
}

export function rowId(located: LocatedSheet, row: GridRow): string {
  const position = located.positions.get(located.layout.columns[0].key);
  return position === undefined ? '' : cellDisplay(row.cells[position]);
}

/**
 * `expected` null: the file's rows cannot be compared with what was sent (the plan changed, or
 * the agency is unknown); only duplicates are looked for.
 */
export function checkIdentity(located: LocatedSheet, expected: readonly ExpectedRow[] | null): RowIdentity {
  const byRow = new Map<number, Finding[]>();
  const add = (row: number, finding: Finding) => byRow.set(row, [...(byRow.get(row) ?? []), finding]);
  const idPosition = located.positions.get(located.layout.columns[0].key);
  if (idPosition === undefined) return { byRow, missing: [] };
  const idCell = (row: number) => a1({ column: idPosition + 1, row });

  const rowsById = new Map<string, GridRow[]>();
  for (const row of located.rows) {
    const id = rowId(located, row);
    if (id === '') continue;
    const rows = rowsById.get(id);
    if (rows === undefined) rowsById.set(id, [row]);
    else rows.push(row);
  }
  for (const [id, rows] of rowsById) {
    if (rows.length < 2) continue;
    const list = rowList(rows.map((other) => other.row));
    for (const row of rows) add(row.row, duplicate(located, idCell(row.row), id, list));
  }
  if (expected === null) return { byRow, missing: [] };

  const sent = new Map(expected.map((row) => [row.id, row]));
  for (const row of located.rows) {
    const id = rowId(located, row);
    const original = sent.get(id);
    if (original === undefined) add(row.row, unknown(located, idCell(row.row), id, row.row));
    else for (const finding of alteredCells(located, row, original)) add(row.row, finding);
  }
  return { byRow, missing: missingRows(located, expected, rowsById, idCell) };
}

function alteredCells(located: LocatedSheet, row: GridRow, original: ExpectedRow): Finding[] {
  const [idColumn, ...others] = located.layout.columns;
  return others
    .filter((column) => column.role === 'plan' && column !== idColumn)
    .flatMap((column) => {
      const position = located.positions.get(column.key);
      if (position === undefined) return [];
      const cell = row.cells[position] ?? null;
      const wanted = original.cells[column.key] ?? null;
      if (samePlanValue(wanted, cell)) return [];
      const address = a1({ column: position + 1, row: row.row });
      const expectedText = planText(wanted);
      return [
        returnFinding(
          'altered-locked-cell',
          'error',
          { sheet: located.grid.name, cell: address, rowId: original.id, column: column.header, column_en: column.header_en },
          {
            vi: `ô này là nội dung của kế hoạch, không được sửa; kế hoạch ghi "${expectedText}". Hãy trả lại nội dung gốc; ý kiến về nhiệm vụ xin ghi ở cột "Đề xuất, kiến nghị".`,
            en: `this cell comes from the plan and must not be changed; the plan says "${expectedText}". Put the original text back; comments on the row belong in the proposals column.`,
          },
          { found: cellDisplay(cell), expected: expectedText },
        ),
      ];
    });
}

const normalText = (text: string): string => text.normalize('NFC').replace(/\s+/g, ' ').trim();

const planText = (value: CellValue): string =>
  value === null ? '' : typeof value === 'object' ? (isDateValue(value) ? value.date : `=${value.formula}`) : String(value);

/** Spacing and line breaks may change when a cell is copied; words and figures may not. */
function samePlanValue(wanted: CellValue, cell: ReadCell | null): boolean {
  const found = cellDisplay(cell);
  if (cell?.formula !== undefined) return false;
  if (typeof wanted === 'number') {
    const number = cell === null || isDateValue(cell.value) ? null : parseCellNumber(cell.value);
    return number !== null && number.ok && Math.abs(number.value - wanted) <= 1e-9 * Math.max(1, Math.abs(wanted));
  }
  return normalText(planText(wanted)) === normalText(found);
}

function missingRows(
  located: LocatedSheet,
  expected: readonly ExpectedRow[],
  present: ReadonlyMap<string, readonly GridRow[]>,
  idCell: (row: number) => string,
): Finding[] {
  const lastRow = Math.max(located.headerRow ?? 0, ...located.rows.map((row) => row.row));
  return expected.flatMap((row, index) => {
    if (present.has(row.id)) return [];
    // Where the row belongs: above the next row that was sent and is still there.
    const next = expected.slice(index + 1).find((later) => present.has(later.id));
    const at = next === undefined ? lastRow + 1 : Math.min(...(present.get(next.id) ?? []).map((gridRow) => gridRow.row));
    const content = planText(row.cells[located.layout.columns[1]?.key ?? ''] ?? null);
    const short = content.length > 80 ? `${content.slice(0, 77)}…` : content;
    return [
      returnFinding(
        'missing-row',
        'error',
        idPlace(located, idCell(at), row.id),
        {
          vi: `thiếu dòng mã ${row.id} ("${short}"), đáng lẽ ở trên dòng ${at}. Không xóa dòng của biểu mẫu: hãy chép lại dòng này từ biểu mẫu gốc và báo cáo.`,
          en: `the row with id ${row.id} ("${short}") is missing; it belongs above row ${at}. Rows of the form must not be deleted: copy it back from the original form and report on it.`,
        },
        { expected: row.id },
      ),
    ];
  });
}

/** Rows a message names: the first few, then how many there are in all. */
const LISTED_ROWS = 10;

function rowList(rows: readonly number[]): { vi: string; en: string } {
  const listed = rows.slice(0, LISTED_ROWS).join(', ');
  if (rows.length <= LISTED_ROWS) return { vi: listed, en: listed };
  return { vi: `${listed}… — ${formatVnNumber(rows.length)} dòng`, en: `${listed}… — ${rows.length} rows` };
}

/** `list` is made once per id: a file may repeat one id on thousands of rows. */
function duplicate(located: LocatedSheet, cell: string, id: string, list: { vi: string; en: string }): Finding {
  return returnFinding(
    'duplicate-id',
    'error',
    idPlace(located, cell, id),
    {
      vi: `mã ${quoted(id)} có ở nhiều dòng (${list.vi}). Mỗi mã chỉ báo cáo trên một dòng: hãy gộp nội dung vào một dòng và xóa các dòng thừa.`,
      en: `the id ${quoted(id)} is on several rows (${list.en}). Report each id on one row: merge the content into one row and delete the others.`,
    },
    { found: id },
  );
}

function unknown(located: LocatedSheet, cell: string, id: string, row: number): Finding {
  const wording =
    id === ''
      ? {
          vi: `dòng ${row} có nội dung nhưng không có mã. Không thêm dòng vào biểu mẫu: hãy chuyển nội dung vào dòng của nhiệm vụ tương ứng rồi xóa dòng này.`,
          en: `row ${row} has content but no id. Do not add rows to the form: move the content to the row it belongs to and delete this row.`,
        }
      : {
          vi: `mã ${quoted(id)} không có trong biểu mẫu đã gửi cơ quan. Không thêm dòng hay sửa mã: hãy xóa dòng này, hoặc ghi nội dung vào dòng của nhiệm vụ tương ứng.`,
          en: `the id ${quoted(id)} is not in the form sent to the agency. Do not add rows or change ids: delete this row, or write its content on the row it belongs to.`,
        };
  return returnFinding('unknown-id', 'error', idPlace(located, cell, id), wording, { found: id });
}

function idPlace(located: LocatedSheet, cell: string, id: string): Place {
  const idColumn = located.layout.columns[0];
  return { sheet: located.grid.name, cell, rowId: id, column: idColumn.header, column_en: idColumn.header_en };
}
