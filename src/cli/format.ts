/**
 * Bảng chữ cho terminal — aligned text tables. Columns are measured by what the terminal shows,
 * not by UTF-16 length: Vietnamese written with combining accents (`ê` + `̣`, as text pasted from
 * some PDFs is) is composed first (NFC), marks left over take no column, and East Asian wide
 * characters take two.
 */

export type Align = 'left' | 'right';

const ZERO_WIDTH = /^[\p{Mn}\p{Me}\p{Cf}]$/u;

/** Code point ranges a terminal draws two columns wide (CJK, Hangul, full-width forms, emoji). */
const WIDE_RANGES: readonly (readonly [number, number])[] = [
  [0x1100, 0x115f],
  [0x2e80, 0x303e],
  [0x3041, 0x33ff],
  [0x3400, 0x4dbf],
  [0x4e00, 0x9fff],
  [0xa000, 0xa4cf],
  [0xac00, 0xd7a3],
  [0xf900, 0xfaff],
  [0xfe30, 0xfe4f],
  [0xff00, 0xff60],
  [0xffe0, 0xffe6],
  [0x1f300, 0x1f64f],
  [0x1f900, 0x1f9ff],
  [0x20000, 0x3fffd],
];

function charWidth(char: string): number {
  if (ZERO_WIDTH.test(char)) return 0;
  const code = char.codePointAt(0) ?? 0;
  return WIDE_RANGES.some(([from, to]) => code >= from && code <= to) ? 2 : 1;
}

export function displayWidth(text: string): number {
  let width = 0;
  for (const char of text.normalize('NFC')) width += charWidth(char);
  return width;
}

/** A cell is one line: line breaks kept from the documents (`Quy mô`) become spaces. */
const oneLine = (text: string): string => text.normalize('NFC').replace(/\s*[\r\n]+\s*/g, ' ');

const COLUMN_GAP = '  ';

/**
 * Headers, a rule, then the rows; every column as wide as its widest cell. Missing cells are
 * empty; trailing spaces are trimmed so that the output diffs cleanly.
 */
export function renderTable(headers: string[], rows: string[][], align: Align[] = []): string {
  const lines = [headers, ...rows].map((row) => headers.map((_, column) => oneLine(row[column] ?? '')));
  const widths = headers.map((_, column) => Math.max(...lines.map((line) => displayWidth(line[column] ?? ''))));
  const render = (cells: readonly string[]): string =>
    cells
      .map((cell, column) => {
        const padding = ' '.repeat((widths[column] ?? 0) - displayWidth(cell));
        return align[column] === 'right' ? padding + cell : cell + padding;
      })
      .join(COLUMN_GAP)
      .trimEnd();
  const [head = [], ...body] = lines;
  const rule = widths.map((width) => '-'.repeat(width)).join(COLUMN_GAP);
  return [render(head), rule, ...body.map(render)].join('\n') + '\n';
}
