/**
 * Lời văn — the texts of an agency workbook filled in from the plan: placeholders, the period as
 * officials say it, the document reference, the deadline, a target's planned value and a role.
 */
import type { Period } from '../domain/period';
import type { Plan, Target } from '../domain/plan';
import { formatVnDate, isoDate, parseYearlyDay } from '../domain/vn/date';
import { formatVnNumber } from '../domain/vn/number';
import type { AssignedTask } from './assignments';
import { labelFor, listOptions } from './cells';
import type { AgencyLayout, ValueLists } from './schema';

/** `{name}` → its value; a placeholder without a value is left as written, so that it shows. */
export function fill(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}

const QUARTERS = ['I', 'II', 'III', 'IV'];

/** `năm 2022`, `6 tháng đầu năm 2022`, `quý III năm 2022`. */
export function periodLabel(layout: AgencyLayout, period: Period): string {
  const labels = layout.periodLabels;
  const template =
    period.kind === 'year' ? labels.year : period.kind === 'half' ? (period.index === 1 ? labels.half1 : labels.half2) : labels.quarter;
  return fill(template, { year: String(period.year), quarter: QUARTERS[period.index - 1] ?? String(period.index) });
}

/** `Kế hoạch số 40/KH-UBND ngày 23/02/2022 của Ủy ban nhân dân tỉnh Kiên Giang`, without what the copy lacks. */
export function documentRef(plan: Plan, lists: ValueLists): string {
  const { document } = plan;
  const kind = labelFor(listOptions(lists, 'documentKind'), document.kind) ?? document.kind;
  return [
    kind,
    document.number === null ? null : `số ${document.number}`,
    document.date === null ? null : `ngày ${formatVnDate(document.date)}`,
    `của ${document.issuer}`,
  ]
    .filter((part) => part !== null)
    .join(' ');
}

/**
 * Hạn gửi báo cáo — the day of the first reporting duty (`15/12 hàng năm`) in the period's year,
 * for a yearly period; null when the duty gives no readable day or the period is shorter (the
 * focal point then sets the deadline in its request).
 */
export function reportDeadline(plan: Plan, period: Period): string | null {
  const duty = plan.document.reporting[0];
  if (duty === undefined || duty.due === null || period.kind !== 'year') return null;
  const day = parseYearlyDay(duty.due);
  return day.ok ? isoDate(period.year, day.value.month, day.value.day) : null;
}

/** `> 15% (năm 2025)`, `8–8,5%/năm (năm 2030)`, `Khoảng 100 doanh nghiệp (năm 2025)`. */
export function targetPlanText(layout: AgencyLayout, lists: ValueLists, target: Target): string {
  const amount =
    target.comparison === 'range' && target.valueMax !== null
      ? `${formatVnNumber(target.value)}–${formatVnNumber(target.valueMax)}`
      : formatVnNumber(target.value);
  const sign = target.comparison === '=' || target.comparison === 'range' ? '' : `${labelFor(listOptions(lists, 'comparison'), target.comparison) ?? target.comparison} `;
  const unit = target.unit.startsWith('%') ? target.unit : ` ${target.unit}`;
  return fill(layout.targetPlan, { value: `${sign}${amount}`, unit, year: String(target.targetYear) });
}

/** `Chủ trì`, or `Chủ trì (theo kế hoạch: Sở Kế hoạch và Đầu tư)` for a predecessor's row. */
export function roleText(layout: AgencyLayout, lists: ValueLists, assigned: AssignedTask): string {
  const role = labelFor(listOptions(lists, 'taskRole'), assigned.role) ?? assigned.role;
  return assigned.onBehalfOf.length === 0 ? role : fill(layout.inheritedRole, { role, names: assigned.onBehalfOf.join('; ') });
}
