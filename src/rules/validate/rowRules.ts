/**
 * Các ô của một dòng có khớp nhau không — checks across the answers of one row, once each cell
 * has been read: required answers given (`empty-required`), the status agreeing with the share
 * done and the completion date (`inconsistent-status`), the completion date possible for the
 * period (`invalid-date`), the capital disbursed within the project's total (`out-of-range`).
 *
 * Severity: what makes the row say two different things is an error (the officer cannot know
 * which is true); what is odd but possible is a warning (100 % still in progress, a completion
 * date before the plan was issued, a date given for a task not done, a done task without a date,
 * disbursement above the planned total, which a later adjustment may explain).
 */
import type { Finding } from '../../domain/finding';
import type { Period } from '../../domain/period';
import type { Plan } from '../../domain/plan';
import { formatVnDate } from '../../domain/vn/date';
import { formatVnNumber } from '../../domain/vn/number';
import type { AgencyEntity } from '../../layout/load';
import type { TableSheet } from '../../layout/schema';
import { type Place, returnFinding } from './findings';

/** Days after the period's end a completion date may still fall (reports are written after it). */
export const COMPLETION_GRACE_DAYS = 31;

export interface RowAnswers {
  readonly entity: AgencyEntity;
  readonly layout: TableSheet;
  readonly rowId: string;
  /** Values read, by column key; a key is absent when its cell could not be read. */
  readonly values: Readonly<Record<string, unknown>>;
  /** Where each located answer column's cell is, by column key. */
  readonly places: Readonly<Record<string, Place>>;
}

export interface RowContext {
  readonly plan: Plan;
  readonly period: Period;
}

export function checkRow(answers: RowAnswers, context: RowContext): Finding[] {
  return [
    ...requiredAnswers(answers),
    ...(answers.entity === 'tasks' ? taskRules(answers, context) : []),
    ...(answers.entity === 'projects' ? projectRules(answers, context) : []),
  ];
}

function requiredAnswers({ layout, values, places }: RowAnswers): Finding[] {
  return layout.columns
    .filter((column) => column.role === 'answer' && column.required && column.key in values && values[column.key] === null)
    .flatMap((column) => {
      const place = places[column.key];
      if (place === undefined) return [];
      return [
        returnFinding('empty-required', 'error', place, {
          vi: `chưa điền "${column.header}". Hãy điền ô này (chọn trong danh sách nếu có).`,
          en: `"${column.header_en}" is not filled in. Fill in this cell (choose from the list when there is one).`,
        }),
      ];
    });
}

const dayNumber = (iso: string): number => Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / 86_400_000;

function taskRules({ values, places }: RowAnswers, { plan, period }: RowContext): Finding[] {
  const findings: Finding[] = [];
  const status = values.status as string | null | undefined;
  const percent = values.percent as number | null | undefined;
  const completedOn = values.completedOn as string | null | undefined;
  const statusPlace = places.status;
  const datePlace = places.completedOn;
  const percentText = percent === null || percent === undefined ? '' : `${formatVnNumber(percent)}%`;

  if (statusPlace !== undefined && typeof percent === 'number') {
    if (status === 'done' && percent < 100) {
      findings.push(
        returnFinding(
          'inconsistent-status',
          'error',
          statusPlace,
          {
            vi: `tình trạng "Hoàn thành" nhưng tỷ lệ hoàn thành là ${percentText}. Hãy sửa cho khớp: đã xong thì ghi 100, chưa xong thì chọn "Đang triển khai".`,
            en: `the status is "done" but the completion is ${percentText}. Make them agree: 100 when done, or choose "Đang triển khai" (in progress).`,
          },
          { found: `Hoàn thành; ${percentText}`, expected: '100%' },
        ),
      );
    }
    if (status === 'not-started' && percent > 0) {
      findings.push(
        returnFinding(
          'inconsistent-status',
          'error',
          statusPlace,
          {
            vi: `tình trạng "Chưa triển khai" nhưng tỷ lệ hoàn thành là ${percentText}. Hãy sửa cho khớp: đã làm thì chọn "Đang triển khai" hoặc "Hoàn thành", chưa làm thì ghi 0.`,
            en: `the status is "not started" but the completion is ${percentText}. Make them agree: choose "Đang triển khai" or "Hoàn thành" if work began, or enter 0.`,
          },
          { found: `Chưa triển khai; ${percentText}`, expected: '0%' },
        ),
      );
    }
    if (status === 'in-progress' && percent === 100) {
      findings.push(
        returnFinding(
          'inconsistent-status',
          'warning',
          statusPlace,
          {
            vi: `tỷ lệ hoàn thành 100% nhưng tình trạng là "Đang triển khai". Nếu đã xong, hãy chọn "Hoàn thành" và ghi ngày hoàn thành.`,
            en: `the completion is 100% but the status is "in progress". If the task is done, choose "Hoàn thành" and give the completion date.`,
          },
          { found: `Đang triển khai; 100%`, expected: 'Hoàn thành' },
        ),
      );
    }
  }

  if (datePlace !== undefined && typeof completedOn === 'string') {
    if (status !== 'done' && status !== undefined && status !== null) {
      findings.push(
        returnFinding(
          'inconsistent-status',
          'warning',
          datePlace,
          {
            vi: `có ngày hoàn thành ${formatVnDate(completedOn)} nhưng tình trạng chưa phải "Hoàn thành". Nếu đã xong, hãy chọn "Hoàn thành"; nếu là ngày dự kiến, hãy xóa ngày và ghi dự kiến ở cột "Kết quả thực hiện".`,
            en: `a completion date ${formatVnDate(completedOn)} is given but the status is not "done". If done, choose "Hoàn thành"; if it is a planned date, clear it and mention it under the result.`,
          },
          { found: formatVnDate(completedOn), expected: 'Hoàn thành' },
        ),
      );
    }
    const latest = new Date((dayNumber(period.end) + COMPLETION_GRACE_DAYS) * 86_400_000).toISOString().slice(0, 10);
    if (completedOn > latest) {
      findings.push(
        returnFinding(
          'invalid-date',
          'error',
          datePlace,
          {
            vi: `ngày hoàn thành ${formatVnDate(completedOn)} sau khi kỳ báo cáo kết thúc (${formatVnDate(period.end)}). Hãy ghi ngày đã hoàn thành thật; việc chưa xong thì chọn "Đang triển khai" và để trống ngày.`,
            en: `the completion date ${formatVnDate(completedOn)} is after the end of the period (${formatVnDate(period.end)}). Give the actual date; for work not yet done choose "Đang triển khai" and leave the date empty.`,
          },
          { found: formatVnDate(completedOn), expected: `≤ ${formatVnDate(latest)}` },
        ),
      );
    }
    const issued = plan.document.date;
    if (issued !== null && completedOn < issued) {
      findings.push(
        returnFinding(
          'invalid-date',
          'warning',
          datePlace,
          {
            vi: `ngày hoàn thành ${formatVnDate(completedOn)} trước ngày ban hành kế hoạch (${formatVnDate(issued)}). Hãy kiểm tra lại ngày.`,
            en: `the completion date ${formatVnDate(completedOn)} is before the plan was issued (${formatVnDate(issued)}). Check the date.`,
          },
          { found: formatVnDate(completedOn), expected: `≥ ${formatVnDate(issued)}` },
        ),
      );
    }
  }

  if (status === 'done' && completedOn === null && datePlace !== undefined) {
    findings.push(
      returnFinding('empty-required', 'warning', datePlace, {
        vi: `nhiệm vụ đã hoàn thành nhưng chưa ghi ngày hoàn thành. Hãy ghi ngày theo dạng ngày/tháng/năm, ví dụ 15/11/2022.`,
        en: `the task is done but has no completion date. Give the date as day/month/year, e.g. 15/11/2022.`,
      }),
    );
  }
  return findings;
}

function projectRules({ rowId, values, places }: RowAnswers, { plan }: RowContext): Finding[] {
  const disbursed = values.disbursed;
  const total = plan.projects.find((project) => project.id === rowId)?.totalInvestment ?? null;
  const place = places.disbursed;
  if (typeof disbursed !== 'number' || total === null || place === undefined || disbursed <= total) return [];
  return [
    returnFinding(
      'out-of-range',
      'warning',
      place,
      {
        vi: `vốn đã giải ngân (${formatVnNumber(disbursed)} tỷ đồng) lớn hơn tổng vốn đầu tư của dự án (${formatVnNumber(total)} tỷ đồng). Hãy kiểm tra lại; nếu tổng vốn đã được điều chỉnh, hãy ghi rõ ở cột "Ghi chú".`,
        en: `the capital disbursed (${disbursed} billion VND) exceeds the project's total investment (${total} billion VND). Check it; if the total was adjusted, say so in the note.`,
      },
      { found: formatVnNumber(disbursed), expected: `≤ ${formatVnNumber(total)}` },
    ),
  ];
}
