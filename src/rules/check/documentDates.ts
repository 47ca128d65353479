/**
 * Ngày tháng của văn bản — dates the document states about itself and what it cites:
 *
 * - a cited document dated after the plan's own date: `date-before-document` warning (the plan
 *   would be dated before a document it implements);
 * - one document number cited with different dates — two entries of `implements`, or an entry
 *   whose `asWritten` citation carries another date: `unknown-reference` warning (the citation
 *   cannot be pinned to one document until someone decides which date is right);
 * - a reporting deadline written as a full date before the plan's date: `date-before-document`
 *   warning; one that reads neither as a yearly day (`15/12 hàng năm`) nor as a date:
 *   `invalid-date` warning (the yearly reminders cannot be computed).
 *
 * Warnings only: the plan keeps the document's words. Without a document date, only the
 * disagreements between citations are checked.
 */
import type { Finding } from '../../domain/finding';
import type { CitedDocument, Plan } from '../../domain/plan';
import { formatVnDate, parseVnDate, parseYearlyDay } from '../../domain/vn/date';
import { nameKey } from '../../domain/vn/nameKey';
import { planMessages } from '../messages/planFindings';
import { planFinding } from './finding';

export function checkDocumentDates(plan: Plan): Finding[] {
  return [...citedAfterDocument(plan), ...citationDisagreements(plan), ...reportingDeadlines(plan)];
}

function citedAfterDocument(plan: Plan): Finding[] {
  const issued = plan.document.date;
  if (issued === null) return [];
  return plan.document.implements.flatMap((cited, index): Finding[] =>
    cited.date !== null && cited.date > issued
      ? [
          planFinding(
            'date-before-document',
            'warning',
            `document.implements[${index}].date`,
            planMessages.citedAfterDocument(cited, cited.date, issued),
            { expected: `≤ ${formatVnDate(issued)}`, found: formatVnDate(cited.date) },
          ),
        ]
      : [],
  );
}

/** `ngày 20/01/2022`, `ngày 20 tháng 01 năm 2022`, `20-01-2022` inside a longer citation. */
const DATE_IN_TEXT = /(\d{1,2}[/.-]\d{1,2}[/.-]\d{4})|(\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4})/giu;

function datesInCitation(cited: CitedDocument): string[] {
  const written = [...cited.asWritten.normalize('NFC').matchAll(DATE_IN_TEXT)].flatMap((match) => {
    const date = parseVnDate(match[0]);
    return date.ok ? [date.value] : [];
  });
  return cited.date === null ? written : [cited.date, ...written];
}

function citationDisagreements(plan: Plan): Finding[] {
  const byNumber = new Map<string, { index: number; number: string; dates: Set<string> }>();
  plan.document.implements.forEach((cited, index) => {
    const key = nameKey(cited.number);
    const entry = byNumber.get(key) ?? { index, number: cited.number, dates: new Set<string>() };
    for (const date of datesInCitation(cited)) entry.dates.add(date);
    byNumber.set(key, entry);
  });
  return [...byNumber.values()]
    .filter((entry) => entry.dates.size > 1)
    .map((entry) => {
      const dates = [...entry.dates].sort();
      return planFinding(
        'unknown-reference',
        'warning',
        `document.implements[${entry.index}]`,
        planMessages.citationDatesDisagree(entry.number, dates),
        { expected: 'one date', found: dates.map(formatVnDate).join(', ') },
      );
    });
}

function reportingDeadlines(plan: Plan): Finding[] {
  const issued = plan.document.date;
  return plan.document.reporting.flatMap((duty, index): Finding[] => {
    const where = `document.reporting[${index}].due`;
    if (duty.due === null || parseYearlyDay(duty.due).ok) return [];
    const date = parseVnDate(duty.due);
    if (!date.ok) {
      const reason = { message_vi: date.reason_vi, message_en: date.reason_en };
      return [
        planFinding('invalid-date', 'warning', where, planMessages.reportingDueUnreadable(duty.due, reason), {
          expected: '15/12 hàng năm | dd/mm/yyyy',
          found: duty.due,
        }),
      ];
    }
    if (issued === null || date.value >= issued) return [];
    const message = planMessages.reportingDueBeforeDocument(duty.due, date.value, issued);
    return [
      planFinding('date-before-document', 'warning', where, message, {
        expected: `≥ ${formatVnDate(issued)}`,
        found: formatVnDate(date.value),
      }),
    ];
  });
}
