/**
 * Chiều cao dòng — an estimate of the height a row needs so that its wrapped cells show all their
 * text. Excel fits rows to wrapped text only when it edits them, and LibreOffice does not on
 * opening a file, so the height is stated: by a layout that fixes its rows, else by the `.xlsx`
 * writer. Pure: text, widths and font size in, points out; the estimate leans towards a line too
 * many rather than hidden text.
 */

/** Excel's default row height, in points (Calibri 11). */
export const DEFAULT_ROW_HEIGHT = 15;
/** The tallest row Excel allows, in points. */
export const MAX_ROW_HEIGHT = 409;
/** Excel's default column width, in characters. */
export const DEFAULT_COLUMN_WIDTH = 8.43;
export const DEFAULT_FONT_SIZE = 11;

/** Line spacing, as a multiple of the font size: Vietnamese stacks diacritics above and below letters. */
const LINE_SPACING = 1.3;
/** Space above and below the text inside a cell, in points. */
const CELL_PADDING = 4;
/** The column's padding and the cell's margins (about 9 px), in width units of 7 px. */
const SIDE_MARGINS = 1.3;
/**
 * Width of one character at size 11, in width units (a digit of Calibri 11, 7 px). Checked on the
 * seed plans against Times New Roman's metrics: spaces are about half a letter, capitals about
 * 1.4; bold adds some.
 */
const SPACE_WIDTH = 0.55;
const CAPITAL_WIDTH = 1.4;
const LETTER_WIDTH = 1;
const BOLD_FACTOR = 1.08;

export interface WrappedText {
  readonly text: string;
  /** Column width in characters; for a merged cell, the sum of its columns. */
  readonly width: number;
  readonly fontSize?: number;
  readonly bold?: boolean;
  /** Rows a merged cell spans: its height is shared among them. */
  readonly rows?: number;
}

const charWidth = (char: string): number => {
  if (/\s/u.test(char)) return SPACE_WIDTH;
  return char !== char.toLowerCase() ? CAPITAL_WIDTH : LETTER_WIDTH;
};

const textWidth = (text: string, scale: number): number =>
  [...text].reduce((sum, char) => sum + charWidth(char), 0) * scale;

/** Lines one paragraph takes, wrapped word by word; a word longer than a line is broken. */
function paragraphLines(paragraph: string, lineWidth: number, scale: number): number {
  const space = SPACE_WIDTH * scale;
  let lines = 1;
  let used = 0;
  for (const word of paragraph.split(/\s+/u).filter((w) => w !== '')) {
    const width = textWidth(word, scale);
    if (used > 0 && used + space + width <= lineWidth) {
      used += space + width;
      continue;
    }
    if (used > 0) lines += 1;
    const extra = Math.max(0, Math.ceil(width / lineWidth) - 1);
    lines += extra;
    used = width - extra * lineWidth;
  }
  return lines;
}

/** Lines the text needs in a column `width` characters wide; explicit line breaks start new lines. */
export function wrappedLines(text: string, width: number, fontSize = DEFAULT_FONT_SIZE, bold = false): number {
  const scale = (fontSize / DEFAULT_FONT_SIZE) * (bold ? BOLD_FACTOR : 1);
  const lineWidth = Math.max(width - SIDE_MARGINS, LETTER_WIDTH * scale);
  return text.split(/\r\n|\r|\n/u).reduce((sum, paragraph) => sum + paragraphLines(paragraph, lineWidth, scale), 0);
}

/** Points the text needs, before the limits of a row. */
export function textHeight(cell: WrappedText): number {
  const fontSize = cell.fontSize ?? DEFAULT_FONT_SIZE;
  const lines = wrappedLines(cell.text, cell.width, fontSize, cell.bold);
  return lines * LINE_SPACING * fontSize + CELL_PADDING;
}

/**
 * The height of a row holding these wrapped cells, in points: the tallest need, never below the
 * default and at most Excel's maximum, rounded up to a quarter point.
 */
export function rowHeight(cells: readonly WrappedText[]): number {
  const needed = Math.max(DEFAULT_ROW_HEIGHT, ...cells.map((cell) => textHeight(cell) / Math.max(1, cell.rows ?? 1)));
  return Math.min(MAX_ROW_HEIGHT, Math.ceil(needed * 4) / 4);
}
