/**
 * Đọc bố cục — validates the three layout files (`templates/master.json`, `agency.json`,
 * `lists.json`) and checks what zod alone cannot: every list a column names exists, names are
 * unique, and the sheets the code relies on are there. The files are read by the edges (CLI,
 * task pane bundle) and handed in as plain data, so this stays pure.
 */
import { nameKey } from '../domain/vn/nameKey';
import { Parsed, parsed, rejected } from '../domain/vn/result';
import {
  AgencyLayout,
  Column,
  Field,
  FieldsSheet,
  Layouts,
  MasterLayout,
  SheetLayout,
  TableSheet,
  ValueLists,
} from './schema';

/** The plan's own tables, in the master's sheet order. */
export const PLAN_TABLES = [
  'implements',
  'reporting',
  'agencies',
  'successions',
  'sections',
  'tasks',
  'projects',
  'targets',
  'zones',
  'funding',
  'statedFigures',
] as const;
/** What consolidation writes: the agencies' reports, the log and the quarantine. */
export const REPORT_TABLES = ['taskReports', 'projectReports', 'targetReports', 'submissions', 'quarantine'] as const;
export const MASTER_ENTITIES = ['plan', ...PLAN_TABLES, ...REPORT_TABLES] as const;
export type PlanTableEntity = (typeof PLAN_TABLES)[number];
export type ReportEntity = (typeof REPORT_TABLES)[number];
export type MasterEntity = (typeof MASTER_ENTITIES)[number];

export const AGENCY_ENTITIES = ['tasks', 'projects', 'targets'] as const;
export type AgencyEntity = (typeof AGENCY_ENTITIES)[number];

export interface RawLayouts {
  readonly master: unknown;
  readonly agency: unknown;
  readonly lists: unknown;
}

export function parseLayouts(raw: RawLayouts): Parsed<Layouts> {
  const lists = ValueLists.safeParse(raw.lists);
  const master = MasterLayout.safeParse(raw.master);
  const agency = AgencyLayout.safeParse(raw.agency);
  const problems = [
    ...(lists.success ? [] : zodProblems('lists.json', lists.error.issues)),
    ...(master.success ? [] : zodProblems('master.json', master.error.issues)),
    ...(agency.success ? [] : zodProblems('agency.json', agency.error.issues)),
  ];
  if (!lists.success || !master.success || !agency.success) return invalid(problems);
  const layouts: Layouts = { master: master.data, agency: agency.data, lists: lists.data };
  const crossProblems = [
    ...checkSheets('master.json', layouts.master.sheets, layouts.lists, MASTER_ENTITIES, []),
    ...checkSheets('agency.json', layouts.agency.sheets, layouts.lists, AGENCY_ENTITIES, [
      layouts.agency.instructions.name,
      layouts.agency.meta.name,
    ]),
    ...['taskStatus', 'projectProgress', 'taskRole']
      .filter((name) => layouts.lists[name] === undefined)
      .map((name) => `lists.json: missing list "${name}"`),
  ];
  const shapeProblems = layouts.master.sheets
    .filter((sheet) => (sheet.entity === 'plan') !== (sheet.shape === 'fields'))
    .map((sheet) => `master.json: sheet "${sheet.name}" must have shape "${sheet.entity === 'plan' ? 'fields' : 'table'}"`);
  const allProblems = [...crossProblems, ...shapeProblems];
  return allProblems.length === 0 ? parsed(layouts) : invalid(allProblems);
}

/** The master's sheet for an entity; `parseLayouts` guarantees it exists with the right shape. */
export function masterTable(layout: MasterLayout, entity: Exclude<MasterEntity, 'plan'>): TableSheet {
  const sheet = layout.sheets.find((candidate) => candidate.entity === entity);
  if (sheet === undefined || sheet.shape !== 'table') throw new Error(`master layout: no table sheet for ${entity}`);
  return sheet;
}

export function masterFields(layout: MasterLayout): FieldsSheet {
  const sheet = layout.sheets.find((candidate) => candidate.entity === 'plan');
  if (sheet === undefined || sheet.shape !== 'fields') throw new Error('master layout: no fields sheet for plan');
  return sheet;
}

export function agencyTable(layout: AgencyLayout, entity: AgencyEntity): TableSheet {
  const sheet = layout.sheets.find((candidate) => candidate.entity === entity);
  if (sheet === undefined) throw new Error(`agency layout: no sheet for ${entity}`);
  return sheet;
}

function invalid(problems: readonly string[]): Parsed<Layouts> {
  const list = problems.join('; ');
  return rejected(
    `Tệp bố cục trong thư mục templates không hợp lệ: ${list}. Hãy sửa tệp hoặc lấy lại bản gốc.`,
    `A layout file in templates/ is invalid: ${list}. Fix the file or restore the original.`,
  );
}

function zodProblems(file: string, issues: readonly { path: (string | number)[]; message: string }[]): string[] {
  return issues.map((issue) => `${file}: ${issue.path.join('.')}: ${issue.message}`);
}

function checkSheets(
  file: string,
  sheets: readonly SheetLayout[],
  lists: ValueLists,
  entities: readonly string[],
  otherSheetNames: readonly string[],
): string[] {
  const problems: string[] = [];
  const present = new Set(sheets.map((sheet) => sheet.entity));
  for (const entity of entities) if (!present.has(entity)) problems.push(`${file}: no sheet for "${entity}"`);
  problems.push(...duplicates(file, 'sheet name', [...sheets.map((s) => s.name), ...otherSheetNames].map(nameKey)));
  problems.push(...duplicates(file, 'table name', sheets.map((s) => s.table.toLowerCase())));
  problems.push(...duplicates(file, 'entity', sheets.map((s) => s.entity)));
  for (const sheet of sheets) {
    const columns = sheet.shape === 'table' ? sheet.columns : Object.values(sheet.columns);
    problems.push(...duplicates(`${file} ${sheet.name}`, 'header', columns.map((c) => nameKey(c.header))));
    for (const column of columns) problems.push(...checkColumn(`${file} ${sheet.name}`, column, lists));
    if (sheet.shape === 'fields') {
      for (const field of sheet.fields) problems.push(...checkList(`${file} ${sheet.name} ${field.key}`, field, lists));
      problems.push(...duplicates(`${file} ${sheet.name}`, 'field', sheet.fields.map((f) => f.key)));
    }
  }
  return problems;
}

function checkColumn(where: string, column: Column, lists: ValueLists): string[] {
  const problems = checkList(`${where} ${column.header}`, column, lists);
  if ((column.kind === 'agency') !== (column.part !== undefined)) {
    problems.push(`${where} ${column.header}: "part" goes with kind "agency" and only with it`);
  }
  return problems;
}

function checkList(where: string, column: Pick<Column | Field, 'kind' | 'list'>, lists: ValueLists): string[] {
  if ((column.kind === 'list') !== (column.list !== undefined)) return [`${where}: "list" goes with kind "list" and only with it`];
  if (column.list !== undefined && lists[column.list] === undefined) return [`${where}: unknown list "${column.list}"`];
  return [];
}

function duplicates(where: string, what: string, keys: readonly string[]): string[] {
  const seen = new Set<string>();
  const repeated = new Set<string>();
  for (const key of keys) (seen.has(key) ? repeated : seen).add(key);
  return [...repeated].map((key) => `${where}: duplicate ${what} "${key}"`);
}
