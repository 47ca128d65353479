/**
 * Đúng hạn hay trễ hạn — a file is on time when it is received by the period's deadline: the plan's
 * yearly reporting day in the period's year (`15/12 hàng năm` → 15/12/2022) when the plan sets one
 * and the period is a year, otherwise the last day of the period's data cut-off (Nghị định
 * 09/2019: 14/12 for a year, 14/6 for the first half …). The day a file is received is the day in
 * Vietnam (UTC+7, no daylight saving), whatever the clock's time zone.
 */
import type { Period } from '../../domain/period';
import type { Plan } from '../../domain/plan';
import { reportDeadline } from '../../layout/agencyText';

const VIETNAM_OFFSET_MS = 7 * 3_600_000;

export function periodDeadline(plan: Plan, period: Period): string {
  return reportDeadline(plan, period) ?? period.cutOffTo;
}

/** The calendar day in Vietnam of an ISO date-time; null when it is not one. */
export function vietnamDay(receivedAt: string): string | null {
  const time = Date.parse(receivedAt);
  return Number.isNaN(time) ? null : new Date(time + VIETNAM_OFFSET_MS).toISOString().slice(0, 10);
}

/** Received on or before the deadline day; null when the time cannot be read. */
export function receivedOnTime(receivedAt: string, deadline: string): boolean | null {
  const day = vietnamDay(receivedAt);
  return day === null ? null : day <= deadline;
}
