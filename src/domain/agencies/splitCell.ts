/**
 * Tách ô nhiều cơ quan — a cell such as `Sở Công Thương; BQL Khu kinh tế tỉnh` or `Các ngành liên
 * quan và UBND cấp huyện`, split by the registry rather than by commas alone, because several names
 * hold commas or `và` themselves (`Trung tâm Xúc tiến Đầu tư, Thương mại và Du lịch`, `UBND các
 * huyện, thành phố`). The cell is cut at every separator; then, left to right, the longest run of
 * consecutive pieces that names an agency is taken. Nothing is dropped and nothing is guessed: a
 * stretch that names no agency, or several, is reported with its reason.
 */
import type { Agency, AgencyRef } from '../plan';
import { ambiguousAgency, unknownAgency } from './messages';
import type { CellSplit, UnresolvedName } from './model';

/** `;`, `,`, a line break, or the word `và` between spaces or other separators (any case, precomposed or decomposed). */
const SEPARATOR = /[;,\r\n]|(?<![^\s;,])[vV](?:[àÀ]|[aA]\u0300)(?![^\s;,])/gu;

interface Piece {
  readonly start: number;
  readonly end: number;
}

/** The non-blank stretches between separators, trimmed, as offsets into `text`. */
export function pieces(text: string): Piece[] {
  const found: Piece[] = [];
  const add = (start: number, end: number): void => {
    const raw = text.slice(start, end);
    const trimmed = raw.trim();
    if (trimmed === '') return;
    const from = start + raw.length - raw.trimStart().length;
    found.push({ start: from, end: from + trimmed.length });
  };
  let from = 0;
  for (const separator of text.matchAll(SEPARATOR)) {
    add(from, separator.index);
    from = separator.index + separator[0].length;
  }
  add(from, text.length);
  return found;
}

/**
 * @param candidatesOf the agencies a written name stands for (none, one, or several when the
 *   registry shares a name between agencies).
 * @param longestRun the most pieces any registered name has: no longer run can match.
 */
export function splitAgencyCell(
  cell: string,
  candidatesOf: (name: string) => readonly Agency[],
  longestRun: number,
): CellSplit {
  const parts = pieces(cell);
  const refs: AgencyRef[] = [];
  const unresolved: UnresolvedName[] = [];
  const taken = new Set<string>();
  const textOf = (first: number, last: number): string => cell.slice(parts[first].start, parts[last].end);

  // Consecutive pieces that start no name are reported as one stretch, separators included.
  let unknownFrom: number | null = null;
  const closeUnknown = (before: number): void => {
    if (unknownFrom === null) return;
    const text = textOf(unknownFrom, before - 1);
    unresolved.push({ text, ...unknownAgency(text) });
    unknownFrom = null;
  };

  const longestMatchAt = (first: number): { length: number; agencies: readonly Agency[] } | null => {
    for (let length = Math.min(longestRun, parts.length - first); length >= 1; length -= 1) {
      const agencies = candidatesOf(textOf(first, first + length - 1));
      if (agencies.length > 0) return { length, agencies };
    }
    return null;
  };

  let i = 0;
  while (i < parts.length) {
    const match = longestMatchAt(i);
    if (match === null) {
      unknownFrom ??= i;
      i += 1;
      continue;
    }
    closeUnknown(i);
    const text = textOf(i, i + match.length - 1);
    const [agency] = match.agencies;
    if (match.agencies.length > 1) {
      unresolved.push({ text, ...ambiguousAgency(text, match.agencies) });
    } else if (!taken.has(agency.id)) {
      taken.add(agency.id);
      refs.push({ agencyId: agency.id, asWritten: text });
    }
    i += match.length;
  }
  closeUnknown(parts.length);
  return { refs, unresolved };
}
