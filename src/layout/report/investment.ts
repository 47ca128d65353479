/**
 * Trang `Đầu tư` — the key projects: a summary with the disbursement rate as a formula, counts and
 * capital by progress, location, park or cluster, completion year and sector (each with its total
 * row), the projects past their planned completion year, and the plan's stated figures against its
 * own project list (difference and verdict as formulas).
 */
import type { Investment, InvestmentProjectRow, ReconciliationRow, TextGroupRow } from '../../rules/compute';
import { PROGRESS_LABELS } from '../../rules/compute';
import type { CellValue, SheetSpec } from '../../workbook/port';
import { computedSheet, computedStyles, type ReportContext, writeHeading, writeSectionTitle } from './computedSheet';
import { columnWidths, formulaText, Grid, rateOf, sumOf, writeTable, type Written } from './grid';
import { INVESTMENT_DIMENSIONS, type InvestmentDimension, type InvestmentSheetLayout } from './schema';

type GroupRow = Pick<TextGroupRow, 'label' | 'count' | 'totalInvestment' | 'withoutInvestment'>;
type SummaryItem = keyof InvestmentSheetLayout['summary']['items'];

const SUMMARY_ITEMS: readonly SummaryItem[] = [
  'count',
  'totalInvestment',
  'projectsReporting',
  'disbursedTotal',
  'investmentOfPriced',
  'disbursedOfPriced',
  'rate',
];

function groupsOf(investment: Investment, dimension: InvestmentDimension): readonly GroupRow[] {
  switch (dimension) {
    case 'progress':
      return investment.byProgress;
    case 'location':
      return investment.byLocation;
    case 'zone':
      return investment.byZone;
    case 'completionYear':
      return investment.byCompletionYear;
    case 'sector':
      return investment.bySector;
  }
}

type PastCompletionKey = InvestmentSheetLayout['pastCompletion']['columns'][number]['key'];

function pastCompletionCell(key: PastCompletionKey, row: InvestmentProjectRow, index: number): Written {
  switch (key) {
    case 'number':
      return index + 1;
    case 'progress':
      return PROGRESS_LABELS[row.progress].vi;
    default:
      return row[key];
  }
}

function reconciliationCell(
  key: InvestmentSheetLayout['reconciliation']['columns'][number]['key'],
  row: ReconciliationRow,
  index: number,
  at: (key: 'stated' | 'computed' | 'difference' | 'tolerance') => string,
  layout: InvestmentSheetLayout['reconciliation'],
): Written {
  const { results } = layout;
  const counted = (value: CellValue): Written => (row.reconcileWith === 'projects.count' ? { value, format: layout.countFormat } : value);
  switch (key) {
    case 'number':
      return index + 1;
    case 'label':
      return row.period === '' ? row.label : `${row.label} (${row.period})`;
    case 'stated':
    case 'computed':
      return counted(row[key]);
    case 'difference':
      return counted({ formula: `${at('computed')}-${at('stated')}` });
    case 'result':
      return { formula: `IF(ABS(${at('difference')})<=${at('tolerance')},${formulaText(results.matches)},${formulaText(results.differs)})` };
    default:
      return row[key];
  }
}

export function investmentSheet(investment: Investment, context: ReportContext): SheetSpec {
  const { layout } = context;
  const sheet = layout.sheets.investment;
  const styles = computedStyles(layout);
  const grid = new Grid();
  const widths = columnWidths([sheet.summary.columns, sheet.groups.columns, sheet.pastCompletion.columns, sheet.reconciliation.columns]);
  writeHeading(grid, styles, context, sheet, widths.length);

  const { summary } = sheet;
  writeSectionTitle(grid, styles, summary);
  const values: Readonly<Record<Exclude<SummaryItem, 'rate'>, number>> = {
    count: investment.count,
    totalInvestment: investment.totalInvestment,
    projectsReporting: investment.disbursement.projectsReporting,
    disbursedTotal: investment.disbursement.disbursedTotal,
    investmentOfPriced: investment.disbursement.investmentOfPriced,
    disbursedOfPriced: investment.disbursement.disbursedOfPriced,
  };
  writeTable(grid, styles, {
    columns: summary.columns,
    rows: SUMMARY_ITEMS,
    cell: (key, item, index, refs) => {
      const { label, unit, format } = summary.items[item];
      // The items are written in SUMMARY_ITEMS order, so another item's row is found from this one's.
      const valueOf = (other: SummaryItem): string => refs.at('value', refs.row - index + SUMMARY_ITEMS.indexOf(other));
      switch (key) {
        case 'number':
          return index + 1;
        case 'item':
          return label;
        case 'unit':
          return unit;
        case 'value':
          return { value: item === 'rate' ? rateOf(valueOf('disbursedOfPriced'), valueOf('investmentOfPriced')) : values[item], format };
      }
    },
    empty: layout.noRows,
  });

  for (const dimension of INVESTMENT_DIMENSIONS) {
    const titles = sheet.groups.dimensions[dimension];
    writeSectionTitle(grid, styles, titles);
    writeTable(grid, styles, {
      columns: sheet.groups.columns.map((column) =>
        column.key === 'label' ? { ...column, header: titles.labelHeader, header_en: titles.labelHeader_en } : column,
      ),
      rows: groupsOf(investment, dimension),
      cell: (key, row, index) => (key === 'number' ? index + 1 : row[key]),
      total: { labelKey: 'label', label: layout.totalLabel, cell: (key, range) => (key === 'number' ? undefined : sumOf(range(key))) },
      empty: layout.noRows,
    });
  }

  const past = sheet.pastCompletion;
  writeSectionTitle(grid, styles, past);
  writeTable(grid, styles, {
    columns: past.columns,
    rows: investment.pastCompletion,
    cell: (key, row, index) => pastCompletionCell(key, row, index),
    total: {
      labelKey: 'name',
      label: layout.totalLabel,
      cell: (key, range) => (key === 'totalInvestment' || key === 'disbursed' ? sumOf(range(key)) : undefined),
    },
    empty: layout.noRows,
  });

  const reconciliation = sheet.reconciliation;
  writeSectionTitle(grid, styles, reconciliation);
  writeTable(grid, styles, {
    columns: reconciliation.columns,
    rows: investment.reconciliation,
    cell: (key, row, index, refs) => reconciliationCell(key, row, index, (column) => refs.at(column), reconciliation),
    empty: layout.noRows,
  });

  return computedSheet(sheet.name, grid, widths, layout.print);
}
