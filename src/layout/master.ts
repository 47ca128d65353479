/**
 * Sổ theo dõi (master workbook) — the plan's editable home: one sheet and Excel table per entity
 * of the plan, then the report tables that consolidation fills. Officials may edit or paste into
 * any plan table; `readMasterTables` reads them back into the same plan.
 */
import type { Plan } from '../domain/plan';
import { Reports } from '../domain/report';
import type { SheetSpec } from '../workbook/port';
import { bundledLayouts } from './bundled';
import { fieldsSheetSpec } from './fields';
import { fundingRows } from './funding';
import { masterFields, masterTable, PLAN_TABLES, type PlanTableEntity, REPORT_TABLES, type ReportEntity } from './load';
import type { Layouts } from './schema';
import { recordRow, tableSheetSpec } from './tableWrite';

/**
 * Ghi chú của cán bộ — values of `officer` columns (`Đánh giá`) by report row key
 * (`reportRowKey`), so that rewriting the report tables keeps them.
 */
export type OfficerNotes = Readonly<Partial<Record<ReportEntity, ReadonlyMap<string, Readonly<Record<string, string>>>>>>;

/** The sheets of a new master: the plan, and empty report tables. */
export function initMaster(plan: Plan, layouts: Layouts = bundledLayouts()): SheetSpec[] {
  return [...planSheets(plan, layouts), ...reportSheets(Reports.parse({}), layouts)];
}

export function planSheets(plan: Plan, layouts: Layouts = bundledLayouts()): SheetSpec[] {
  const { master, lists } = layouts;
  const records: Record<PlanTableEntity, readonly object[]> = {
    implements: plan.document.implements,
    reporting: plan.document.reporting,
    agencies: plan.agencies,
    successions: plan.successions,
    sections: plan.sections,
    tasks: plan.tasks,
    projects: plan.projects,
    targets: plan.targets,
    zones: plan.zones,
    funding: fundingRows(plan.funding),
    statedFigures: plan.statedFigures,
  };
  return [
    fieldsSheetSpec(masterFields(master), { id: plan.id, document: plan.document }, lists, master.look),
    ...PLAN_TABLES.map((entity) => {
      const sheet = masterTable(master, entity);
      const rows = records[entity].map((record) => recordRow(sheet, record, lists));
      return tableSheetSpec(sheet, rows, lists, { look: master.look, forAgency: false });
    }),
  ];
}

/** The report tables, with the officer's notes put back on the rows they belong to. */
export function reportSheets(reports: Reports, layouts: Layouts, notes: OfficerNotes = {}): SheetSpec[] {
  const { master, lists } = layouts;
  const records: Record<ReportEntity, readonly object[]> = {
    taskReports: reports.tasks,
    projectReports: reports.projects,
    targetReports: reports.targets,
    submissions: reports.submissions,
    quarantine: reports.quarantine,
  };
  return REPORT_TABLES.map((entity) => {
    const sheet = masterTable(master, entity);
    const rows = records[entity].map((record) => {
      const kept = notes[entity]?.get(reportRowKey(entity, record as Record<string, unknown>)) ?? {};
      return recordRow(sheet, { ...kept, ...record }, lists);
    });
    return tableSheetSpec(sheet, rows, lists, { look: master.look, forAgency: false });
  });
}

/** What identifies a report row across consolidations: the reported row, the agency, the period. */
export function reportRowKey(entity: ReportEntity, record: Readonly<Record<string, unknown>>): string {
  const parts: Record<ReportEntity, readonly string[]> = {
    taskReports: ['taskId', 'agencyId', 'period'],
    projectReports: ['projectId', 'agencyId', 'period'],
    targetReports: ['targetId', 'agencyId', 'period'],
    submissions: ['id'],
    quarantine: ['submissionId', 'sheet', 'row'],
  };
  return parts[entity].map((key) => String(record[key] ?? '')).join('\u0000');
}
