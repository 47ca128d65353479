/** One constructor for plan findings, so that every check fills the same fields the same way. */
import type { Finding, FindingCode, Severity } from '../../domain/finding';
import type { Message } from '../messages/planFindings';

export interface FindingDetail {
  readonly expected?: string;
  readonly found?: string;
}

/** A finding is read on one screen line or cell: longer text found in the plan is cut. */
const MAX_FOUND_LENGTH = 200;
const shorten = (text: string): string =>
  text.length > MAX_FOUND_LENGTH ? `${text.slice(0, MAX_FOUND_LENGTH)}…` : text;

export function planFinding(
  code: FindingCode,
  severity: Severity,
  where: string,
  message: Message,
  detail: FindingDetail = {},
): Finding {
  return {
    code,
    severity,
    where,
    ...(detail.expected === undefined ? {} : { expected: detail.expected }),
    ...(detail.found === undefined ? {} : { found: shorten(detail.found) }),
    message_vi: message.message_vi,
    message_en: message.message_en,
  };
}
