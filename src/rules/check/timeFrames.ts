/**
 * Thời gian thực hiện — every task's time frame must read as a year, a span, "Hàng năm" or
 * nothing, since due dates are derived from it. A frame that ends before the year the document
 * was issued is only a warning: documents do assign work already past, and the plan keeps what
 * the document says. Without a document date there is nothing to compare with.
 */
import type { Finding } from '../../domain/finding';
import type { Plan } from '../../domain/plan';
import { parseTimeFrame, type TimeFrame } from '../../domain/vn/timeFrame';
import { planMessages } from '../messages/planFindings';
import { planFinding } from './finding';

const lastYear = (frame: TimeFrame): number | null =>
  frame.kind === 'year' ? frame.year : frame.kind === 'span' ? frame.to : null;

const documentYear = (plan: Plan): number | null =>
  plan.document.date === null ? null : Number(plan.document.date.slice(0, 4));

export function checkTimeFrames(plan: Plan): Finding[] {
  const issuedIn = documentYear(plan);
  return plan.tasks.flatMap((task): Finding[] => {
    const where = `tasks[${task.id}].timeFrame`;
    const frame = parseTimeFrame(task.timeFrame);
    if (!frame.ok) {
      const reason = { message_vi: frame.reason_vi, message_en: frame.reason_en };
      const message = planMessages.timeFrameInvalid(task.id, task.timeFrame, reason);
      return [
        planFinding('invalid-time-frame', 'error', where, message, {
          expected: '2022 | 2022-2025 | Hàng năm | (empty)',
          found: task.timeFrame,
        }),
      ];
    }
    const endYear = lastYear(frame.value);
    if (issuedIn === null || endYear === null || endYear >= issuedIn) return [];
    return [
      planFinding(
        'date-before-document',
        'warning',
        where,
        planMessages.timeFrameBeforeDocument(task.id, task.timeFrame, endYear, issuedIn),
        { expected: `≥ ${issuedIn}`, found: task.timeFrame },
      ),
    ];
  });
}
