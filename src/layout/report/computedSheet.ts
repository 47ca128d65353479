/**
 * Khung trang tính kết quả — what the four computed sheets share: the title, the line naming the
 * plan, period and cut-off date (Vietnamese, then English), section titles, and print setup.
 */
import type { Period } from '../../domain/period';
import type { Plan } from '../../domain/plan';
import { formatVnDate } from '../../domain/vn/date';
import type { PrintSetup, SheetSpec } from '../../workbook/port';
import { Grid, Styles } from './grid';
import type { PrintLayout, ReportLayout } from './schema';
import { capitals, documentReference, fill, periodLabel } from './text';

export interface ReportContext {
  readonly plan: Plan;
  readonly period: Period;
  readonly asOf: string;
  readonly layout: ReportLayout;
}

export const computedStyles = (layout: ReportLayout): Styles =>
  new Styles({
    fontName: layout.look.fontName,
    fontSize: layout.look.fontSize,
    headerFill: layout.look.headerFill,
    totalFill: layout.look.totalFill,
    englishColor: layout.look.englishColor,
  });

export const printSetup = (print: PrintLayout, repeatRows?: { from: number; to: number }): PrintSetup => ({
  orientation: print.orientation,
  paperSize: print.paperSize,
  marginsCm: { ...print.marginsCm },
  fitToWidth: print.fitToWidth,
  ...(repeatRows && { repeatRows }),
});

/** Title in capitals, then what the figures are: plan, period, cut-off date. */
export function writeHeading(
  grid: Grid,
  styles: Styles,
  context: ReportContext,
  titles: { readonly title: string; readonly title_en: string },
  columns: number,
): void {
  const { layout, plan, period, asOf } = context;
  const { titleSize, englishColor } = layout.look;
  const title = `${capitals(titles.title)} / ${titles.title_en}`;
  const titleStyle = styles.text({ bold: true, fontSize: titleSize, wrap: true, vertical: 'middle' });
  grid.line({ value: title, style: titleStyle }, columns);
  const subtitle = fill(layout.subtitle, {
    document: documentReference(plan.document, layout.documentKinds),
    issuer: plan.document.issuer,
    period: periodLabel(period, layout.periodLabels),
    asOf: formatVnDate(asOf),
  });
  const subtitleEnglish = fill(layout.subtitle_en, { planId: plan.id, periodId: period.id, asOfIso: asOf });
  const subtitleStyle = styles.text({ italic: true, wrap: true, vertical: 'top' });
  grid.line({ value: subtitle, style: subtitleStyle }, columns);
  grid.line({ value: subtitleEnglish, style: { ...subtitleStyle, color: englishColor } }, columns);
}

/** A section's title, with its English title beside it in the same line. */
export function writeSectionTitle(grid: Grid, styles: Styles, titles: { readonly title: string; readonly title_en: string }): void {
  grid.blank();
  grid.row([{ value: `${titles.title} / ${titles.title_en}`, style: styles.text({ bold: true }) }]);
}

export function computedSheet(name: string, grid: Grid, widths: readonly number[], print: PrintLayout): SheetSpec {
  return { name, columnWidths: widths, blocks: [grid.block()], print: printSetup(print) };
}
