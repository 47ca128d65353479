/**
 * Biểu mẫu gửi cơ quan — one workbook per agency with something to report in the period (see
 * `assignments.ts` for who gets which rows): `Hướng dẫn`, the data sheets that apply (`Nhiệm vụ`,
 * `Dự án`, `Chỉ tiêu`) with plan columns locked and answer columns open, and the hidden `_meta`.
 */
import type { Period } from '../domain/period';
import type { Plan } from '../domain/plan';
import { formatVnDate } from '../domain/vn/date';
import type { CellValue, SheetSpec } from '../workbook/port';
import { type AssignOptions, type Assignment, type Unassigned, assignPlanRows } from './assignments';
import { documentRef, fill, periodLabel, reportDeadline, roleText, targetPlanText } from './agencyText';
import { bundledLayouts } from './bundled';
import { agencyFileName } from './fileName';
import { canonicalJson, sha256Hex } from './hash';
import { instructionsSheet } from './instructions';
import { AGENCY_ENTITIES, type AgencyEntity, agencyTable } from './load';
import { type AgencyMeta, metaSheet } from './meta';
import type { Layouts } from './schema';
import { recordRow, tableSheetSpec } from './tableWrite';

export interface AgencyWorkbook {
  readonly agencyId: string;
  readonly agencyName: string;
  readonly fileName: string;
  readonly meta: AgencyMeta;
  readonly sheets: readonly SheetSpec[];
}

export interface AgencyWorkbooks {
  readonly workbooks: readonly AgencyWorkbook[];
  /** Rows nobody receives because the plan names no focal point; to show to the officer. */
  readonly unassigned: Unassigned;
}

export interface AgencyWorkbookOptions extends AssignOptions {
  /** ISO date-time written to `_meta` (the caller's clock: this module reads none). */
  readonly generatedAt: string;
}

/** The plan columns of each data sheet, as written: what `_meta.planHash` is the hash of. */
export type AgencyPlanRows = Readonly<Record<AgencyEntity, readonly (readonly CellValue[])[]>>;

export async function makeAgencyWorkbooks(
  plan: Plan,
  period: Period,
  layouts: Layouts,
  options: AgencyWorkbookOptions,
): Promise<AgencyWorkbooks> {
  const { assignments, focalPoint, unassigned } = assignPlanRows(plan, period, options);
  const taken = new Set<string>();
  const workbooks: AgencyWorkbook[] = [];
  for (const assignment of assignments) {
    const fileName = agencyFileName(period.id, assignment.agency, taken);
    taken.add(fileName.toLowerCase());
    const rows = agencyRows(assignment, layouts);
    const meta: AgencyMeta = {
      planId: plan.id,
      agencyId: assignment.agency.id,
      agencyName: assignment.agency.name,
      period: period.id,
      templateVersion: layouts.agency.templateVersion,
      generatedAt: options.generatedAt,
      planHash: await sha256Hex(canonicalJson(agencyPlanRows(rows, layouts))),
    };
    const texts = placeholderValues(plan, period, assignment, layouts, focalPoint?.name ?? null, rows);
    const dataSheets = AGENCY_ENTITIES.filter((entity) => rows[entity].length > 0).map((entity) => {
      const sheet = agencyTable(layouts.agency, entity);
      return tableSheetSpec(sheet, rows[entity], layouts.lists, {
        look: layouts.agency.look,
        forAgency: true,
        ...(sheet.title === undefined ? {} : { title: fill(sheet.title, texts) }),
      });
    });
    workbooks.push({
      agencyId: assignment.agency.id,
      agencyName: assignment.agency.name,
      fileName,
      meta,
      sheets: [instructionsSheet(layouts.agency, texts), ...dataSheets, metaSheet(layouts.agency, meta)],
    });
  }
  return { workbooks, unassigned };
}

/** Every row of each data sheet, answer columns empty. */
function agencyRows(assignment: Assignment, layouts: Layouts): Record<AgencyEntity, CellValue[][]> {
  const { agency, lists } = layouts;
  const records: Record<AgencyEntity, object[]> = {
    tasks: assignment.tasks.map((assigned) => ({
      taskId: assigned.task.id,
      content: assigned.task.content,
      role: roleText(agency, lists, assigned),
      timeFrame: assigned.task.timeFrame,
    })),
    projects: assignment.projects.map((project) => ({
      projectId: project.id,
      name: project.name,
      investor: project.investor,
      totalInvestment: project.totalInvestment,
    })),
    targets: assignment.targets.map((target) => ({
      targetId: target.id,
      indicator: target.indicator,
      unit: target.unit,
      plan: targetPlanText(agency, lists, target),
    })),
  };
  return {
    tasks: records.tasks.map((record) => recordRow(agencyTable(agency, 'tasks'), record, lists)),
    projects: records.projects.map((record) => recordRow(agencyTable(agency, 'projects'), record, lists)),
    targets: records.targets.map((record) => recordRow(agencyTable(agency, 'targets'), record, lists)),
  };
}

/** Only the plan columns: answers do not change what the workbook was made from. */
export function agencyPlanRows(
  rows: Readonly<Record<AgencyEntity, readonly (readonly CellValue[])[]>>,
  layouts: Layouts = bundledLayouts(),
): AgencyPlanRows {
  const planColumns = (entity: AgencyEntity): number[] =>
    agencyTable(layouts.agency, entity)
      .columns.map((column, index) => (column.role === 'plan' ? index : -1))
      .filter((index) => index !== -1);
  const pick = (entity: AgencyEntity) => rows[entity].map((row) => planColumns(entity).map((index) => row[index] ?? null));
  return { tasks: pick('tasks'), projects: pick('projects'), targets: pick('targets') };
}

function placeholderValues(
  plan: Plan,
  period: Period,
  assignment: Assignment,
  layouts: Layouts,
  focalName: string | null,
  rows: Record<AgencyEntity, CellValue[][]>,
): Record<string, string> {
  const { agency, lists } = layouts;
  const recipient = focalName ?? agency.recipientUnknown;
  const deadline = reportDeadline(plan, period);
  const deadlineValues = { deadline: deadline === null ? '' : formatVnDate(deadline), recipient };
  const labels = (list: string) => (lists[list] ?? []).map((option) => option.label).join('; ');
  return {
    documentRef: documentRef(plan, lists),
    planTitle: plan.document.title,
    agencyName: assignment.agency.name,
    periodLabel: periodLabel(agency, period),
    cutOffFrom: formatVnDate(period.cutOffFrom),
    cutOffTo: formatVnDate(period.cutOffTo),
    recipient,
    deadlineSentence_vi: fill(deadline === null ? agency.instructions.noDeadline_vi : agency.instructions.deadline_vi, deadlineValues),
    deadlineSentence_en: fill(deadline === null ? agency.instructions.noDeadline_en : agency.instructions.deadline_en, deadlineValues),
    dataSheets: AGENCY_ENTITIES.filter((entity) => rows[entity].length > 0)
      .map((entity) => agencyTable(agency, entity).name)
      .join(', '),
    taskStatuses: labels('taskStatus'),
    projectProgress: labels('projectProgress'),
  };
}
