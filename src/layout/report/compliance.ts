/**
 * Trang `Tuân thủ` — task compliance by group (whose total row is the whole plan), by lead and by
 * cooperating agency (under the agency holding the duties now, the plan's name shown), and the
 * agencies that reported late or not at all. Counts are numbers; every total and rate is a formula
 * over the counts beside or above it.
 */
import type { AgencyComplianceRow, Compliance, ReportingGapRow, SectionComplianceRow, Tally } from '../../rules/compute';
import { ComplianceStatus } from '../../rules/compute';
import type { CellValue, SheetSpec } from '../../workbook/port';
import { computedSheet, computedStyles, type ReportContext, writeHeading, writeSectionTitle } from './computedSheet';
import { columnWidths, Grid, rateOf, type RowRefs, sumCells, sumOf, type TotalRow, writeTable, type Written } from './grid';
import type { ComplianceSheetLayout, TALLY_KEYS } from './schema';

type TallyKey = (typeof TALLY_KEYS)[number];
type StatusKey = (typeof ComplianceStatus.options)[number];
type DerivedKey = Exclude<TallyKey, StatusKey>;

const STATUSES = ComplianceStatus.options;
const isStatus = (key: string): key is StatusKey => (STATUSES as readonly string[]).includes(key);
const isDerived = (key: string): key is DerivedKey => key === 'total' || key === 'doneRate' || key === 'onTimeRate';

/** The row total and the rates: formulas over the counts of the same row. */
function derivedCell(key: DerivedKey, refs: RowRefs<TallyKey>): Written {
  switch (key) {
    case 'total':
      return sumCells(STATUSES.map((status) => refs.at(status)));
    case 'doneRate':
      return rateOf(`(${refs.at('done-on-time')}+${refs.at('done-late')})`, refs.at('total'));
    case 'onTimeRate':
      return rateOf(refs.at('done-on-time'), refs.at('total'));
  }
}

const tallyCell = (key: TallyKey, tally: Tally, refs: RowRefs<TallyKey>): Written =>
  isStatus(key) ? tally.counts[key] : derivedCell(key, refs);

/** The total row: counts and totals summed down, rates worked out again from those sums. */
function tallyTotal<K extends string>(labelKey: K, label: string): TotalRow<K | TallyKey> {
  return {
    labelKey,
    label,
    cell: (key, range, refs) => {
      if (isStatus(key) || key === 'total') return sumOf(range(key));
      return isDerived(key) ? derivedCell(key, refs) : undefined;
    },
  };
}

type GapKey = ComplianceSheetLayout['reportingGaps']['columns'][number]['key'];

function gapCell(key: GapKey, gap: ReportingGapRow, index: number, statuses: Readonly<Record<ReportingGapRow['status'], string>>): CellValue {
  switch (key) {
    case 'number':
      return index + 1;
    case 'agency':
      return gap.displayName;
    case 'status':
      return statuses[gap.status];
    case 'submissions':
      return gap.submissions;
    case 'rejectedSubmissions':
      return gap.rejectedSubmissions;
    case 'lastReceivedAt': {
      // Received times are logged as ISO timestamps; the day is what an official reads.
      const received = gap.lastReceivedAt;
      return received !== null && /^\d{4}-\d{2}-\d{2}/.test(received) ? { date: received.slice(0, 10) } : received;
    }
  }
}

export function complianceSheet(compliance: Compliance, context: ReportContext): SheetSpec {
  const { layout } = context;
  const sheet = layout.sheets.compliance;
  const styles = computedStyles(layout);
  const grid = new Grid();
  const widths = columnWidths([sheet.sections.columns, sheet.agencies.columns, sheet.reportingGaps.columns]);
  writeHeading(grid, styles, context, sheet, widths.length);

  writeSectionTitle(grid, styles, sheet.sections);
  writeTable<SectionComplianceRow, 'number' | 'name' | TallyKey>(grid, styles, {
    columns: sheet.sections.columns,
    rows: compliance.sections,
    cell: (key, row, _index, refs) => {
      if (key === 'number') return row.number;
      return key === 'name' ? (row.title ?? sheet.sections.otherGroup) : tallyCell(key, row, refs);
    },
    total: tallyTotal<'number' | 'name'>('name', layout.totalLabel),
    empty: layout.noRows,
  });

  const agencies = sheet.agencies;
  for (const [role, titles] of [
    ['lead', { title: agencies.titleLead, title_en: agencies.titleLead_en }],
    ['cooperating', { title: agencies.titleCooperating, title_en: agencies.titleCooperating_en }],
  ] as const) {
    writeSectionTitle(grid, styles, titles);
    writeTable<AgencyComplianceRow, 'number' | 'agency' | TallyKey>(grid, styles, {
      columns: agencies.columns,
      rows: compliance.agencies.filter((row) => row.role === role),
      cell: (key, row, index, refs) => {
        if (key === 'number') return index + 1;
        return key === 'agency' ? row.displayName : tallyCell(key, row, refs);
      },
      total: tallyTotal<'number' | 'agency'>('agency', layout.totalLabel),
      empty: layout.noRows,
    });
  }

  const gaps = sheet.reportingGaps;
  writeSectionTitle(grid, styles, gaps);
  writeTable(grid, styles, {
    columns: gaps.columns,
    rows: compliance.reportingGaps,
    cell: (key, gap, index) => gapCell(key, gap, index, gaps.statuses),
    empty: layout.noRows,
  });

  return computedSheet(sheet.name, grid, widths, layout.print);
}
