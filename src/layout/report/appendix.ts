/**
 * Khung phụ lục — the top of an appendix as Nghị định 30/2020/NĐ-CP lays it out (Phụ lục I): the
 * issuing body in bold capitals at the top left, `Phụ lục I` centred in bold on a line of its own,
 * the caption centred in bold capitals, the italic `(Kèm theo Báo cáo số … ngày … của …)` line,
 * then the table, whose header row repeats on every printed page, on A4 landscape.
 */
import type { SheetSpec } from '../../workbook/port';
import { printSetup, type ReportContext } from './computedSheet';
import { Grid, Styles } from './grid';
import type { AppendixFrame, ReportColumn } from './schema';
import { capitals, documentReference, fill, issuerCode, issuerHeading, officialDateParts, periodLabel, roman } from './text';

export interface AppendixOptions {
  /** Số báo cáo: `15/BC-UBND` as it is, or `15` completed by the layout (`15/BC-UBND`). */
  readonly reportNumber?: string;
  /** Ngày báo cáo, YYYY-MM-DD. */
  readonly reportDate?: string;
  /** The body issuing the report, as a sentence names it; default: the plan's issuer. */
  readonly issuer?: string;
  /** The lines at the top left; default: the issuer in capitals, its province on the second line. */
  readonly issuerHeading?: readonly string[];
}

export interface AppendixContext extends ReportContext {
  readonly options: AppendixOptions;
}

const issuerOf = (context: AppendixContext): string => context.options.issuer ?? context.plan.document.issuer;

/** `Phụ lục I` or `Phụ lục 1`. */
export const appendixLabel = (frame: AppendixFrame, number: number): string =>
  `${frame.label} ${frame.numbering === 'roman' ? roman(number) : String(number)}`;

/**
 * `(Kèm theo Báo cáo số 15/BC-UBND ngày 05 tháng 12 năm 2022 của Ủy ban nhân dân tỉnh Kiên Giang)`;
 * a number or date not given yet stays dotted, to be written in when the report is signed.
 */
export function attachedToLine(context: AppendixContext): string {
  const frame = context.layout.appendix;
  const { reportNumber, reportDate } = context.options;
  const dots = frame.placeholder;
  const code = issuerCode(context.plan.document.number) ?? dots;
  const number =
    reportNumber === undefined || reportNumber.trim() === ''
      ? fill(frame.reportNumber, { number: dots, issuerCode: code })
      : reportNumber.includes('/')
        ? reportNumber.trim()
        : fill(frame.reportNumber, { number: reportNumber.trim(), issuerCode: code });
  const date = reportDate === undefined ? { day: dots, month: dots, year: dots } : officialDateParts(reportDate);
  return fill(frame.attachedTo, { reportNumber: number, ...date, issuer: issuerOf(context) });
}

export function appendixCaption(caption: string, context: AppendixContext): string {
  const { plan, period, layout } = context;
  return capitals(
    fill(caption, {
      period: periodLabel(period, layout.periodLabels),
      document: documentReference(plan.document, layout.documentKinds),
      issuer: plan.document.issuer,
      planTitle: plan.document.title,
    }),
  );
}

export const appendixStyles = (frame: AppendixFrame): Styles => new Styles({ fontName: frame.fonts.name, fontSize: frame.fonts.table });

/** Writes everything above the table's header row. */
export function writeAppendixTop(
  grid: Grid,
  styles: Styles,
  context: AppendixContext,
  appendix: { readonly number: number; readonly caption: string },
  columns: readonly ReportColumn[],
): void {
  const frame = context.layout.appendix;
  const { fonts } = frame;
  const last = columns.length;
  const centred = { horizontal: 'center', vertical: 'middle', wrap: true } as const;
  const heading = (context.options.issuerHeading ?? issuerHeading(issuerOf(context))).join('\n');
  grid.line({ value: heading, style: styles.text({ bold: true, fontSize: fonts.heading, ...centred }) }, Math.min(frame.headingColumns, last));
  grid.blank();
  const label = appendixLabel(frame, appendix.number);
  grid.line({ value: label, style: styles.text({ bold: true, fontSize: fonts.label, ...centred }) }, last);
  const caption = appendixCaption(appendix.caption, context);
  grid.line({ value: caption, style: styles.text({ bold: true, fontSize: fonts.caption, ...centred }) }, last);
  const attached = attachedToLine(context);
  grid.line({ value: attached, style: styles.text({ italic: true, fontSize: fonts.attached, ...centred }) }, last);
  grid.blank();
}

/** Nhóm — a Roman-numbered bold row, its title across the other columns. */
export function writeGroupRow(grid: Grid, styles: Styles, columns: readonly ReportColumn[], number: string, title: string): number {
  const row = grid.row(
    columns.map((_, index) => ({
      value: index === 0 ? number : index === 1 ? title : null,
      style: styles.cell('@', index === 0 ? 'center' : 'left', 'group'),
    })),
  );
  grid.merge(row, 2, columns.length);
  return row;
}

export function appendixSheet(
  name: string,
  grid: Grid,
  columns: readonly ReportColumn[],
  frame: AppendixFrame,
  headerRow: number,
): SheetSpec {
  return {
    name,
    columnWidths: columns.map((column) => column.width),
    blocks: [grid.block()],
    print: printSetup(frame.print, { from: headerRow, to: headerRow }),
  };
}
