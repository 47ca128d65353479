/**
 * Phụ lục dự án — the project appendix of a report: each key project with its capital, reported
 * progress and disbursement (the rate a formula of the two), the expected completion year, a note
 * when it is past the plan's year, and a total row summing capital and disbursement by formula.
 */
import type { Reports } from '../../domain/report';
import { PROGRESS_LABELS, type Investment, type InvestmentProjectRow } from '../../rules/compute';
import type { SheetSpec } from '../../workbook/port';
import { type AppendixContext, appendixSheet, appendixStyles, writeAppendixTop } from './appendix';
import { Grid, rateOf, sumOf, writeTable, type RowRefs, type Written } from './grid';
import type { ProjectAppendixLayout } from './schema';
import { fill } from './text';

type ProjectKey = ProjectAppendixLayout['columns'][number]['key'];

export interface ProjectAppendixInput {
  readonly reports: Reports;
  readonly investment: Investment;
}

function noteOf(row: InvestmentProjectRow, input: ProjectAppendixInput, layout: ProjectAppendixLayout): string | null {
  const report = input.reports.projects.find(
    (candidate) => candidate.projectId === row.projectId && candidate.submissionId === row.submissionId && candidate.period === row.reportPeriod,
  );
  const late = input.investment.pastCompletion.some((past) => past.projectId === row.projectId);
  const notes = [
    report?.note.trim() ?? '',
    late ? fill(layout.pastCompletion, { year: row.plannedCompletionYear ?? row.expectedCompletionYear ?? '' }) : '',
  ].filter((note) => note !== '');
  return notes.length === 0 ? null : notes.join('\n');
}

function projectCell(
  key: ProjectKey,
  row: InvestmentProjectRow,
  index: number,
  refs: RowRefs<ProjectKey>,
  input: ProjectAppendixInput,
  layout: ProjectAppendixLayout,
): Written {
  switch (key) {
    case 'number':
      return index + 1;
    case 'progress':
      return PROGRESS_LABELS[row.progress].vi;
    case 'disbursementRate':
      return row.disbursed !== null && row.totalInvestment !== null && row.totalInvestment > 0
        ? { formula: `${refs.at('disbursed')}/${refs.at('totalInvestment')}` }
        : null;
    case 'completionYear':
      return row.expectedCompletionYear;
    case 'note':
      return noteOf(row, input, layout);
    default:
      return row[key];
  }
}

export function projectAppendix(input: ProjectAppendixInput, context: AppendixContext, layout: ProjectAppendixLayout): SheetSpec {
  const styles = appendixStyles(context.layout.appendix);
  const grid = new Grid();
  const { columns } = layout;
  writeAppendixTop(grid, styles, context, layout, columns);
  const table = writeTable(grid, styles, {
    columns,
    rows: input.investment.projects,
    cell: (key, row, index, refs) => projectCell(key, row, index, refs, input, layout),
    total: {
      labelKey: 'name',
      label: context.layout.totalLabel,
      cell: (key, range, refs) => {
        if (key === 'totalInvestment' || key === 'disbursed') return sumOf(range(key));
        return key === 'disbursementRate' ? rateOf(refs.at('disbursed'), refs.at('totalInvestment')) : undefined;
      },
    },
    empty: context.layout.noRows,
  });
  return appendixSheet(layout.sheetName, grid, columns, context.layout.appendix, table.header);
}
