/**
 * Kiểm tra tệp báo cáo — one returned agency workbook (its sheet grids) → every finding, whether
 * the file must be sent back whole, and each of its data rows with the answers read from it.
 * Read forgivingly, judged strictly (DESIGN §4): the file as a whole (`meta.ts`), where its data is
 * (`sheets.ts`), which row is which (`identity.ts`), each answer cell (`answers.ts`) and each row's
 * cells together (`rowRules.ts`). Every non-empty row below a header is an input row of the file,
 * whatever becomes of it, so that consolidation can account for all of them.
 */
import type { Finding } from '../../domain/finding';
import { type Period, parsePeriod } from '../../domain/period';
import type { Plan } from '../../domain/plan';
import { a1, columnLetters } from '../../layout/a1';
import { AGENCY_ENTITIES, type AgencyEntity, agencyTable } from '../../layout/load';
import type { AgencyMeta } from '../../layout/meta';
import type { Layouts } from '../../layout/schema';
import type { SheetGrid } from '../../workbook/port';
import { MAX_CELL_TEXT } from '../../workbook/writableValues';
import { readAnswer } from './answers';
import type { ExpectedReturn, Expectations } from './expected';
import { type Place, returnFinding } from './findings';
import { checkIdentity, rowId } from './identity';
import { checkMeta } from './meta';
import { Answer, type ReturnedRow, type ValidatedReturn, isFileLevelError } from './model';
import { checkRow } from './rowRules';
import { type GridRow, type LocatedSheet, cellDisplay, findDataSheet, locateSheet } from './sheets';

/** A returned workbook as read through the port: every sheet's grid, `_meta` included. */
export interface ReturnedWorkbook {
  readonly fileName: string;
  readonly sheets: readonly SheetGrid[];
}

export interface ValidationContext {
  readonly plan: Plan;
  readonly layouts: Layouts;
  /** The period the officer is validating for; when absent, the file's own. */
  readonly period?: Period;
  readonly expectations: Expectations;
}

export async function validateReturn(workbook: ReturnedWorkbook, context: ValidationContext): Promise<ValidatedReturn> {
  const { plan, layouts } = context;
  const metaCheck = await checkMeta({ ...workbook, ...context });
  const { meta, expected } = metaCheck;
  const filePeriod = meta === null ? null : parsePeriod(meta.period);
  const period = filePeriod?.ok ? filePeriod.value : (context.period ?? null);
  const findings: Finding[] = [...metaCheck.findings];
  const rows: ReturnedRow[] = [];

  const taken = new Set([layouts.agency.meta.name, layouts.agency.instructions.name].flatMap((name) => sameNamed(workbook.sheets, name)));
  for (const entity of AGENCY_ENTITIES) {
    const layout = agencyTable(layouts.agency, entity);
    const expectedRows = expected?.rows[entity] ?? [];
    const grid = findDataSheet(workbook.sheets, layout, taken);
    if (grid === undefined) {
      if (expectedRows.length > 0) findings.push(missingSheet(layout.name, layout.name_en));
      continue;
    }
    taken.add(grid.name);
    const located = locateSheet(grid, layout);
    findings.push(...located.findings);
    const identity = checkIdentity(located, expected === null ? null : expectedRows);
    findings.push(...identity.missing);
    for (const gridRow of located.rows) {
      const scope: RowScope = { plan, layouts, period, meta, expected, entity };
      const read = readRow(located, gridRow, scope);
      const rowFindings = [...(identity.byRow.get(gridRow.row) ?? []), ...read.findings];
      findings.push(...rowFindings);
      const errors = rowFindings.filter((finding) => finding.severity === 'error');
      const id = rowId(located, gridRow);
      rows.push({
        sheet: grid.name,
        row: gridRow.row,
        rowId: id,
        values: rowValues(located, gridRow),
        errors: errors.map((finding) => ({ ...finding, file: workbook.fileName })),
        // Without its header row a sheet's rows have no id and no answers to read.
        answer: errors.length === 0 && located.headerRow !== null ? answerOf(scope, id, read.values) : null,
      });
    }
  }

  return {
    fileName: workbook.fileName,
    agencyId: meta?.agencyId ?? null,
    period: meta?.period ?? null,
    findings: findings.map((finding) => ({ ...finding, file: workbook.fileName })),
    rejected: findings.some(isFileLevelError),
    rows,
  };
}

const sameNamed = (sheets: readonly SheetGrid[], name: string): string[] =>
  sheets.filter((sheet) => sheet.name.toLowerCase() === name.toLowerCase()).map((sheet) => sheet.name);

interface RowScope {
  readonly plan: Plan;
  readonly layouts: Layouts;
  readonly period: Period | null;
  readonly meta: AgencyMeta | null;
  readonly expected: ExpectedReturn | null;
  readonly entity: AgencyEntity;
}

function readRow(located: LocatedSheet, gridRow: GridRow, scope: RowScope): { findings: Finding[]; values: Record<string, unknown> } {
  const id = rowId(located, gridRow);
  const values: Record<string, unknown> = {};
  const places: Record<string, Place> = {};
  const findings: Finding[] = [];
  for (const column of located.layout.columns.filter((candidate) => candidate.role === 'answer')) {
    const position = located.positions.get(column.key);
    if (position === undefined) continue;
    const place: Place = {
      sheet: located.grid.name,
      cell: a1({ column: position + 1, row: gridRow.row }),
      rowId: id,
      column: column.header,
      column_en: column.header_en,
    };
    places[column.key] = place;
    const read = readAnswer(column, gridRow.cells[position] ?? null, place, scope.layouts.lists);
    findings.push(...read.findings);
    if (read.ok) values[column.key] = read.value;
  }
  if (scope.period !== null) {
    findings.push(...checkRow({ entity: scope.entity, layout: located.layout, rowId: id, values, places }, { plan: scope.plan, period: scope.period }));
  }
  return { findings, values };
}

/** The answers of a row without errors, as the report tables keep them; null when the file cannot say whose they are. */
function answerOf(scope: RowScope, id: string, values: Readonly<Record<string, unknown>>): Answer | null {
  const { meta, expected, entity } = scope;
  if (meta === null || expected === null) return null;
  const common = { agencyId: meta.agencyId, period: meta.period };
  const text = (key: string): string => (typeof values[key] === 'string' ? (values[key] as string) : '');
  const value = (key: string): unknown => values[key] ?? null;
  // `...common` last: V8 builds `{ ...common, more }` with slow properties, once for every row of every file.
  switch (entity) {
    case 'tasks':
      return Answer.parse({
        entity,
        record: {
          taskId: id,
          role: expected.roles.get(id) ?? 'lead',
          status: value('status'),
          percent: value('percent'),
          completedOn: value('completedOn'),
          result: text('result'),
          obstacles: text('obstacles'),
          proposals: text('proposals'),
          ...common,
        },
      });
    case 'projects':
      return Answer.parse({
        entity,
        record: { projectId: id, progress: value('progress'), disbursed: value('disbursed'), expectedCompletionYear: value('expectedCompletionYear'), note: text('note'), ...common },
      });
    case 'targets':
      return Answer.parse({ entity, record: { targetId: id, actual: value('actual'), dataSource: text('dataSource'), ...common } });
  }
}

/**
 * `Mã: I.1 | Tình trạng: HT | …` — every non-empty cell with the header above it, as one cell of
 * the master's quarantine table can hold it: a row's cells may together pass Excel's limit on one
 * cell, and then the end is cut and the text says how much of it stays in the file.
 */
function rowValues(located: LocatedSheet, gridRow: GridRow): string {
  const text = gridRow.cells
    .map((cell, index) => ({ cell, index }))
    .filter(({ cell }) => cellDisplay(cell) !== '')
    .map(({ cell, index }) => `${located.headers[index] || columnLetters(index + 1)}: ${cellDisplay(cell)}`)
    .join(' | ');
  if (text.length <= MAX_CELL_TEXT) return text;
  const rest = (cut: number) => ` … [còn ${cut} ký tự trong tệp gốc / ${cut} more characters in the original file]`;
  const kept = MAX_CELL_TEXT - rest(text.length).length;
  // Never half of a surrogate pair (an emoji) at the cut.
  const end = /[\uD800-\uDBFF]/.test(text.charAt(kept - 1)) ? kept - 1 : kept;
  return `${text.slice(0, end)}${rest(text.length - end)}`;
}

function missingSheet(name: string, name_en: string): Finding {
  return returnFinding(
    'missing-sheet',
    'error',
    { sheet: name },
    {
      vi: `tệp không có trang này, trong khi biểu mẫu gửi cơ quan có. Không xóa hay đổi tên trang tính: hãy điền vào đúng biểu mẫu đã nhận rồi gửi lại.`,
      en: `the file lacks this sheet (${name_en}), which the form sent to the agency has. Do not delete or rename sheets: fill in the form that was received and send it again.`,
    },
    { expected: name },
  );
}
