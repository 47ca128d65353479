/**
 * Phát hiện về một tệp báo cáo — how a finding about a returned workbook is put together: the
 * place (sheet, cell, row id, column) in front of the message, in both languages, so that the
 * message read alone (in a note, a JSON file, the `Lỗi cần sửa` sheet) still says where.
 */
import type { Finding, FindingCode, Severity } from '../../domain/finding';

export interface Place {
  readonly sheet?: string;
  /** A1 address in `sheet`. */
  readonly cell?: string;
  readonly rowId?: string;
  /** The column's header as the layout names it (Vietnamese). */
  readonly column?: string;
  /** The column's English header, for the English message. */
  readonly column_en?: string;
}

export interface Wording {
  readonly vi: string;
  readonly en: string;
}

export interface Details {
  readonly found?: string;
  readonly expected?: string;
}

/** Characters of an agency's text a message quotes: enough to recognise it. */
const QUOTED_CHARS = 100;

/**
 * An agency's text as a message quotes it, cut after `QUOTED_CHARS`: a cell may hold 32,767
 * characters, and the messages of a quarantined row must fit in one cell of the master.
 */
export function quoted(text: string): string {
  if (text.length <= QUOTED_CHARS) return text;
  // Never half of a surrogate pair (an emoji) at the cut.
  const cut = /[\uD800-\uDBFF]/.test(text.charAt(QUOTED_CHARS - 1)) ? QUOTED_CHARS - 1 : QUOTED_CHARS;
  return `${text.slice(0, cut)}…`;
}

function placeVi(place: Place): string {
  const parts = [
    place.sheet === undefined ? null : `Trang "${place.sheet}"`,
    place.cell === undefined ? null : `ô ${place.cell}`,
    place.column === undefined ? null : `cột "${place.column}"`,
    place.rowId === undefined || place.rowId === '' ? null : `mã ${quoted(place.rowId)}`,
  ].filter((part) => part !== null);
  return parts.length === 0 ? '' : `${parts.join(', ')}: `;
}

function placeEn(place: Place): string {
  const column = place.column_en ?? place.column;
  const parts = [
    place.sheet === undefined ? null : `Sheet "${place.sheet}"`,
    place.cell === undefined ? null : `cell ${place.cell}`,
    column === undefined ? null : `column "${column}"`,
    place.rowId === undefined || place.rowId === '' ? null : `id ${quoted(place.rowId)}`,
  ].filter((part) => part !== null);
  return parts.length === 0 ? '' : `${parts.join(', ')}: `;
}

export function returnFinding(code: FindingCode, severity: Severity, place: Place, wording: Wording, details: Details = {}): Finding {
  const where = place.sheet === undefined ? '(tệp / file)' : place.cell === undefined ? place.sheet : `${place.sheet}!${place.cell}`;
  return {
    code,
    severity,
    where,
    ...(place.sheet === undefined ? {} : { sheet: place.sheet }),
    ...(place.cell === undefined ? {} : { cell: place.cell }),
    ...(place.rowId === undefined || place.rowId === '' ? {} : { rowId: place.rowId }),
    ...(place.column === undefined ? {} : { column: place.column }),
    ...(details.found === undefined ? {} : { found: details.found }),
    ...(details.expected === undefined ? {} : { expected: details.expected }),
    message_vi: joined(placeVi(place), wording.vi),
    message_en: joined(placeEn(place), wording.en),
  };
}

/** The place, then the wording; a message without a place starts with a capital. */
const joined = (place: string, wording: string): string =>
  place === '' ? wording.charAt(0).toUpperCase() + wording.slice(1) : `${place}${wording}`;
