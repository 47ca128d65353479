/**
 * Phụ lục nhiệm vụ — the task appendix of a report: the plan's tasks under their Roman-numbered
 * groups (STT restarting in each), who leads and who helps (a merged agency shown with its
 * successor: `Sở Kế hoạch và Đầu tư (nay là Sở Tài chính)`), what the agencies reported, and the
 * assessment in words.
 */
import type { AgencyRef, Plan, Task } from '../../domain/plan';
import type { Reports, TaskReport } from '../../domain/report';
import { formatVnDate } from '../../domain/vn/date';
import { formatVnNumber } from '../../domain/vn/number';
import { COMPLIANCE_STATUS_LABELS, type Compliance, type CompliancePairRow } from '../../rules/compute';
import type { SheetSpec } from '../../workbook/port';
import { type AppendixContext, appendixSheet, appendixStyles, writeAppendixTop, writeGroupRow } from './appendix';
import { Grid, writeHeader, writeRow, type Written } from './grid';
import type { TaskAppendixLayout } from './schema';
import { fill, roman } from './text';

type TaskKey = TaskAppendixLayout['columns'][number]['key'];

export interface TaskAppendixInput {
  readonly plan: Plan;
  readonly reports: Reports;
  readonly compliance: Compliance;
}

/** The plan's names for agencies, each with the agency that holds its duties now when that changed. */
function agencyNames(refs: readonly AgencyRef[], pairs: readonly CompliancePairRow[], layout: TaskAppendixLayout): string {
  return refs
    .map((ref) => {
      const current = pairs.find((pair) => pair.planNames.includes(ref.asWritten));
      return current === undefined ? ref.asWritten : fill(layout.successor, { name: ref.asWritten, current: current.agencyName });
    })
    .join('; ');
}

/** One agency's report in a sentence: status (with % or date), result, obstacles. */
function reportLine(report: TaskReport, layout: TaskAppendixLayout['result']): string {
  const status = report.status === null ? '' : layout.statuses[report.status];
  const head =
    report.status === 'in-progress' && report.percent !== null
      ? fill(layout.percent, { status, percent: formatVnNumber(report.percent) })
      : report.status === 'done' && report.completedOn !== null
        ? fill(layout.completedOn, { status, date: formatVnDate(report.completedOn) })
        : status;
  const result = report.result.trim();
  const body = result === '' ? head : head === '' ? result : fill(layout.text, { status: head, text: result });
  const obstacles = report.obstacles.trim();
  return obstacles === '' ? body : `${body}\n${fill(layout.obstacles, { text: obstacles })}`;
}

/** Kết quả thực hiện: every report the judgment used, leads first, each named when there are several. */
function resultText(pairs: readonly CompliancePairRow[], reports: readonly TaskReport[], layout: TaskAppendixLayout['result']): string | null {
  const lines = pairs.flatMap((pair) => {
    const report = reports.find((candidate) => candidate.taskId === pair.taskId && candidate.submissionId === pair.submissionId);
    return pair.submissionId === null || report === undefined ? [] : [{ agency: pair.displayName, line: reportLine(report, layout) }];
  });
  if (lines.length === 0) return null;
  return lines.map(({ agency, line }) => (lines.length > 1 ? fill(layout.agency, { agency, text: line }) : line)).join('\n');
}

interface TaskGroup {
  /** null: tasks the plan lists before any group, written without a group row. */
  readonly title: string | null;
  readonly tasks: readonly Task[];
}

/**
 * Nhóm nhiệm vụ — the plan's groups in its order when every task belongs to one (the usual
 * appendix). A plan that groups only some tasks (a notice with one heading among its items) keeps
 * its order: each run of tasks under one heading is a group, a run after a group that belongs to
 * none is `otherGroup`, and tasks before any group stand without a group row.
 */
function taskGroups(plan: Plan, otherGroup: string): TaskGroup[] {
  const sections = new Map(plan.sections.map((section) => [section.id, section]));
  const sectionOf = (task: Task) => (task.sectionId === null ? undefined : sections.get(task.sectionId));
  if (plan.tasks.every((task) => sectionOf(task) !== undefined)) {
    return plan.sections.map((section) => ({ title: section.title, tasks: plan.tasks.filter((task) => task.sectionId === section.id) }));
  }
  const groups: { section: string | null; title: string | null; tasks: Task[] }[] = [];
  for (const task of plan.tasks) {
    const section = sectionOf(task);
    const last = groups.at(-1);
    if (last !== undefined && last.section === (section?.id ?? null)) {
      last.tasks.push(task);
    } else if (section !== undefined) {
      groups.push({ section: section.id, title: section.title, tasks: [task] });
    } else {
      groups.push({ section: null, title: groups.length === 0 ? null : otherGroup, tasks: [task] });
    }
  }
  return groups;
}

export function taskAppendix(input: TaskAppendixInput, context: AppendixContext, layout: TaskAppendixLayout): SheetSpec {
  const { plan, reports, compliance } = input;
  const styles = appendixStyles(context.layout.appendix);
  const grid = new Grid();
  const { columns } = layout;
  writeAppendixTop(grid, styles, context, layout, columns);
  const headerRow = writeHeader(grid, styles, columns);
  const periodReports = reports.tasks.filter((report) => report.period === compliance.period);
  const statusOf = new Map(compliance.tasks.map((task) => [task.taskId, task.status]));

  const cell = (key: TaskKey, task: Task, index: number): Written => {
    const pairs = compliance.pairs.filter((pair) => pair.taskId === task.id);
    switch (key) {
      case 'number':
        return index + 1;
      case 'content':
        return task.content;
      case 'leadAgencies':
        return agencyNames(task.leadAgencies, pairs, layout);
      case 'cooperatingAgencies':
        return agencyNames(task.cooperatingAgencies, pairs, layout);
      case 'timeFrame':
        return task.timeFrame;
      case 'result':
        return resultText(pairs, periodReports, layout.result);
      case 'assessment': {
        const status = statusOf.get(task.id);
        return status === undefined ? null : COMPLIANCE_STATUS_LABELS[status].vi;
      }
    }
  };
  const groups = taskGroups(plan, layout.otherGroup);
  const titled = groups.filter((group) => group.title !== null);
  for (const group of groups) {
    if (group.title !== null) writeGroupRow(grid, styles, columns, roman(titled.indexOf(group) + 1), group.title);
    group.tasks.forEach((task, index) => writeRow(grid, styles, columns, (key) => cell(key, task, index)));
  }

  return appendixSheet(layout.sheetName, grid, columns, context.layout.appendix, headerRow);
}
