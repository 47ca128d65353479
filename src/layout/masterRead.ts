/**
 * Đọc sổ theo dõi — the master's tables back into the plan and the reports. A plan typed or pasted
 * into the tables works exactly like a seed: columns are found by header text, agency names are
 * resolved through the registry read from the `Cơ quan` and `Kế thừa` sheets (see
 * `agencyCells.ts` for how names and ids are reconciled), every row is checked by the model's zod
 * schema, and anything that cannot be read with certainty is a finding with its sheet and cell.
 * The plan comes back only when there is no error; report rows with an error are left out (and
 * named in the findings), the others come back.
 */
import type { ZodIssue, ZodType, ZodTypeDef } from 'zod';
import { type AgencyIndex, createAgencyIndex } from '../domain/agencies';
import { type Finding, hasErrors } from '../domain/finding';
import {
  Agency,
  type AgencyRef,
  CitedDocument,
  PLAN_SCHEMA_VERSION,
  Plan,
  Project,
  ReportingDuty,
  Section,
  StatedFigure,
  Succession,
  Target,
  Task,
  Zone,
} from '../domain/plan';
import { ProjectReport, QuarantinedRow, Reports, Submission, TargetReport, TaskReport } from '../domain/report';
import type { TableData } from '../workbook/port';
import { type AgencyCellProblem, readAgencyCells, readAgencyIdCell } from './agencyCells';
import { bundledLayouts } from './bundled';
import { readFieldsTable } from './fields';
import { fundingFromRows } from './funding';
import { masterFields, masterTable, REPORT_TABLES, type ReportEntity } from './load';
import { type OfficerNotes, reportRowKey } from './master';
import type { Layouts, MasterLayout, TableSheet } from './schema';
import { type ReadRow, cellFinding, readTable } from './tableRead';

export type MasterTables = Readonly<Record<string, TableData | null>>;

export interface MasterRead {
  readonly plan: Plan | null;
  readonly reports: Reports;
  /** The officer's own columns (`Đánh giá`), to give back to `reportSheets` when rewriting. */
  readonly officerNotes: OfficerNotes;
  readonly findings: Finding[];
}

/** Every table the master holds, to read in one batch. */
export const masterTableNames = (layout: MasterLayout): string[] => layout.sheets.map((sheet) => sheet.table);

export function readMasterTables(tables: MasterTables, layouts: Layouts = bundledLayouts()): MasterRead {
  const plan = readPlan(tables, layouts);
  const reports = readReports(tables, layouts);
  return {
    plan: plan.plan,
    reports: reports.reports,
    officerNotes: reports.notes,
    findings: [...plan.findings, ...reports.findings],
  };
}

interface SheetRows {
  readonly sheet: TableSheet;
  readonly rows: readonly ReadRow[];
}

function readPlan(tables: MasterTables, layouts: Layouts): { plan: Plan | null; findings: Finding[] } {
  const { master, lists } = layouts;
  const findings: Finding[] = [];
  const read = (entity: Parameters<typeof masterTable>[1]): SheetRows => {
    const sheet = masterTable(master, entity);
    const result = readTable(sheet, tables[sheet.table] ?? null, lists, { missing: 'error' });
    findings.push(...result.findings);
    return { sheet, rows: result.rows };
  };

  const fieldsSheet = masterFields(master);
  const fieldsTable = tables[fieldsSheet.table] ?? null;
  let headRecord: Record<string, unknown> = {};
  if (fieldsTable === null) {
    findings.push(missingFieldsTable(fieldsSheet.name, fieldsSheet.table));
  } else {
    const head = readFieldsTable(fieldsSheet, fieldsTable, lists);
    headRecord = head.record;
    findings.push(...head.findings);
  }

  const agencies = entities(read('agencies'), Agency, findings);
  const names = createAgencyIndex(agencies, []);
  const successions = entities(read('successions'), Succession, findings, (row, sheet) => {
    const from = agencyId(names, sheet, row, 'from', findings);
    const to = agencyId(names, sheet, row, 'to', findings);
    return from === undefined || to === undefined ? null : { ...row.values, from, to };
  });
  const registry = createAgencyIndex(agencies, successions);
  const refs = new AgencyRefReader(registry, findings);

  const reporting = entities(read('reporting'), ReportingDuty, findings, (row, sheet) => {
    const from = refs.list(sheet, row, 'from');
    const to = refs.single(sheet, row, 'to');
    return from === null || to === undefined ? null : { ...row.values, from, to };
  });
  const tasks = entities(read('tasks'), Task, findings, (row, sheet) => {
    const leadAgencies = refs.list(sheet, row, 'leadAgencies');
    const cooperatingAgencies = refs.list(sheet, row, 'cooperatingAgencies');
    return leadAgencies === null || cooperatingAgencies === null ? null : { ...row.values, leadAgencies, cooperatingAgencies };
  });
  const projects = entities(read('projects'), Project, findings, (row, sheet) => {
    const followedBy = refs.single(sheet, row, 'followedBy');
    return followedBy === undefined ? null : { ...row.values, followedBy };
  });
  const implementsDocs = entities(read('implements'), CitedDocument, findings);
  const sections = entities(read('sections'), Section, findings);
  const targets = entities(read('targets'), Target, findings);
  const zones = entities(read('zones'), Zone, findings);
  const statedFigures = entities(read('statedFigures'), StatedFigure, findings);
  const fundingRead = read('funding');
  const funding = fundingFromRows(fundingRead.sheet, fundingRead.rows.filter((row) => row.ok));
  findings.push(...funding.findings);

  if (hasErrors(findings)) return { plan: null, findings };
  const document = typeof headRecord.document === 'object' && headRecord.document !== null ? headRecord.document : {};
  const plan = Plan.safeParse({
    schemaVersion: PLAN_SCHEMA_VERSION,
    id: headRecord.id,
    document: { ...document, implements: implementsDocs, reporting },
    agencies,
    successions,
    sections,
    tasks,
    zones,
    projects,
    targets,
    funding: funding.funding,
    statedFigures,
  });
  if (plan.success) return { plan: plan.data, findings };
  return { plan: null, findings: [...findings, ...plan.error.issues.map((issue) => planIssue(fieldsSheet.name, issue))] };
}

function readReports(tables: MasterTables, layouts: Layouts): { reports: Reports; notes: OfficerNotes; findings: Finding[] } {
  const findings: Finding[] = [];
  const notes: Partial<Record<ReportEntity, Map<string, Readonly<Record<string, string>>>>> = {};
  const schemas: Record<ReportEntity, ZodType<unknown, ZodTypeDef, unknown>> = {
    taskReports: TaskReport,
    projectReports: ProjectReport,
    targetReports: TargetReport,
    submissions: Submission,
    quarantine: QuarantinedRow,
  };
  const records = Object.fromEntries(
    REPORT_TABLES.map((entity) => {
      const sheet = masterTable(layouts.master, entity);
      const result = readTable(sheet, tables[sheet.table] ?? null, layouts.lists, { missing: 'warning' });
      findings.push(...result.findings);
      for (const row of result.rows) {
        if (Object.keys(row.notes).length === 0) continue;
        const byKey = (notes[entity] ??= new Map());
        byKey.set(reportRowKey(entity, row.values), row.notes);
      }
      return [entity, entities({ sheet, rows: result.rows }, schemas[entity], findings)];
    }),
  ) as Record<ReportEntity, unknown[]>;
  const reports = Reports.parse({
    tasks: records.taskReports,
    projects: records.projectReports,
    targets: records.targetReports,
    submissions: records.submissions,
    quarantine: records.quarantine,
  });
  return { reports, notes, findings };
}

/**
 * The rows of a sheet that read cleanly and pass the entity's schema. `prepare` completes a row
 * (agency references); it returns null after reporting why the row cannot be used.
 */
function entities<T>(
  { sheet, rows }: SheetRows,
  schema: ZodType<T, ZodTypeDef, unknown>,
  findings: Finding[],
  prepare: (row: ReadRow, sheet: TableSheet) => Record<string, unknown> | null = (row) => ({ ...row.values }),
): T[] {
  const result: T[] = [];
  const seen = new Map<string, ReadRow>();
  for (const row of rows) {
    if (!row.ok) continue;
    const values = prepare(row, sheet);
    if (values === null) continue;
    const parsed = schema.safeParse(values);
    if (!parsed.success) {
      findings.push(...parsed.error.issues.map((issue) => rowIssue(sheet, row, issue)));
      continue;
    }
    const id = typeof values.id === 'string' && sheet.columns.some((column) => column.key === 'id') ? values.id : null;
    if (id !== null && seen.has(id)) {
      findings.push(duplicateId(sheet, row, id, seen.get(id)?.row ?? 0));
      continue;
    }
    if (id !== null) seen.set(id, row);
    result.push(parsed.data);
  }
  return result;
}

/** Agency references of plan rows, resolved through the registry; problems become findings. */
class AgencyRefReader {
  constructor(
    private readonly registry: AgencyIndex,
    private readonly findings: Finding[],
  ) {}

  /** null when a name could not be resolved. */
  list(sheet: TableSheet, row: ReadRow, key: string): AgencyRef[] | null {
    const cells = row.agencies[key];
    if (cells === undefined) return [];
    const separator = sheet.columns.find((column) => column.key === key && column.part === 'name')?.join ?? '; ';
    const read = readAgencyCells(this.registry, cells.names, cells.ids, separator);
    const rowId = rowIdOf(sheet, row);
    for (const problem of read.errors) this.findings.push(agencyFinding(sheet, cells.cell, cells.header, rowId, problem, 'error'));
    for (const problem of read.warnings) this.findings.push(agencyFinding(sheet, cells.cell, cells.header, rowId, problem, 'warning'));
    return read.errors.length === 0 ? read.refs : null;
  }

  /** undefined when the cell cannot give one agency; null when it is empty. */
  single(sheet: TableSheet, row: ReadRow, key: string): AgencyRef | null | undefined {
    const refs = this.list(sheet, row, key);
    if (refs === null) return undefined;
    if (refs.length <= 1) return refs[0] ?? null;
    const cells = row.agencies[key];
    this.findings.push(
      cellFinding('schema-invalid', 'error', sheet.name, cells?.cell ?? sheet.at, cells?.header ?? key, rowIdOf(sheet, row), {
        vi: `Trang "${sheet.name}", ô ${cells?.cell}: chỉ được ghi một cơ quan, ô đang ghi ${refs.length} cơ quan. Hãy giữ lại một cơ quan.`,
        en: `Sheet "${sheet.name}", cell ${cells?.cell}: only one agency may be named; the cell names ${refs.length}. Keep one.`,
      }),
    );
    return undefined;
  }
}

/** An id-only agency column (successions): an id or a name; undefined after a finding. */
function agencyId(registry: AgencyIndex, sheet: TableSheet, row: ReadRow, key: string, findings: Finding[]): string | null | undefined {
  const cells = row.agencies[key];
  const text = cells?.ids ?? cells?.names ?? null;
  if (cells === undefined || text === null) return null;
  const read = readAgencyIdCell(registry, text);
  if ('id' in read) return read.id;
  findings.push(agencyFinding(sheet, cells.cell, cells.header, rowIdOf(sheet, row), read.error, 'error'));
  return undefined;
}

/** The row's id: the value of the first column, when that column is the row's own text id. */
const rowIdOf = (sheet: TableSheet, row: ReadRow): string | undefined => {
  const first = sheet.columns[0];
  const value = first.kind === 'text' ? row.values[first.key] : undefined;
  return typeof value === 'string' && value !== '' ? value : undefined;
};

function agencyFinding(
  sheet: TableSheet,
  cell: string,
  header: string,
  rowId: string | undefined,
  problem: AgencyCellProblem,
  severity: 'error' | 'warning',
): Finding {
  return cellFinding(
    severity === 'error' ? 'unknown-agency' : 'unknown-reference',
    severity,
    sheet.name,
    cell,
    header,
    rowId,
    {
      vi: `Trang "${sheet.name}", ô ${cell} (cột "${header}"): ${problem.reason_vi}`,
      en: `Sheet "${sheet.name}", cell ${cell} (column "${header}"): ${problem.reason_en}`,
    },
    problem.text,
  );
}

function rowIssue(sheet: TableSheet, row: ReadRow, issue: ZodIssue): Finding {
  const key = String(issue.path[0] ?? '');
  const column = sheet.columns.find((candidate) => candidate.key === key);
  const cell = row.cells[key] ?? Object.values(row.cells)[0] ?? sheet.at;
  const header = column?.header ?? key;
  return cellFinding(
    'schema-invalid',
    'error',
    sheet.name,
    cell,
    header,
    rowIdOf(sheet, row),
    {
      vi: `Trang "${sheet.name}", ô ${cell} (cột "${header}"): giá trị không hợp lệ (${issue.message}). Hãy sửa lại cho đúng mẫu.`,
      en: `Sheet "${sheet.name}", cell ${cell} (column "${column?.header_en ?? key}"): invalid value (${issue.message}). Correct it.`,
    },
  );
}

function duplicateId(sheet: TableSheet, row: ReadRow, id: string, firstRow: number): Finding {
  const cell = row.cells.id ?? sheet.at;
  return cellFinding(
    'duplicate-id',
    'error',
    sheet.name,
    cell,
    sheet.columns[0].header,
    id,
    {
      vi: `Trang "${sheet.name}", ô ${cell}: mã "${id}" đã có ở dòng ${firstRow}. Mỗi dòng phải có một mã riêng: hãy đổi mã hoặc xóa dòng trùng.`,
      en: `Sheet "${sheet.name}", cell ${cell}: the id "${id}" is already used on row ${firstRow}. Give each row its own id or delete the duplicate.`,
    },
    id,
  );
}

function planIssue(sheetName: string, issue: ZodIssue): Finding {
  const path = issue.path.join('.');
  return {
    code: 'schema-invalid',
    severity: 'error',
    where: path,
    sheet: sheetName,
    found: path,
    message_vi: `Kế hoạch đọc từ sổ theo dõi không hợp lệ tại "${path}" (${issue.message}). Hãy kiểm tra các trang của kế hoạch.`,
    message_en: `The plan read from the master is invalid at "${path}" (${issue.message}). Check the plan's sheets.`,
  };
}

function missingFieldsTable(sheetName: string, table: string): Finding {
  return {
    code: 'missing-sheet',
    severity: 'error',
    where: sheetName,
    sheet: sheetName,
    expected: table,
    message_vi: `Không tìm thấy bảng ${table} trên trang "${sheetName}". Hãy khôi phục trang từ bản sao lưu, hoặc tạo lại sổ theo dõi bằng lệnh init.`,
    message_en: `Table ${table} on sheet "${sheetName}" was not found. Restore the sheet from a backup, or make a new master with the init command.`,
  };
}
