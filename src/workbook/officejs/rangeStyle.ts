/**
 * CellStyle (the port's) → Office.js range formats. Styles are applied to whole rectangles, never
 * cell by cell: the cells of a block are grouped by style into the fewest rectangles, so the
 * operations sent grow with the layout's shape, not with its rows. Number formats are not applied
 * here — they travel as 2-D arrays with the values (`cellValues.ts`).
 */
import type { CellStyle, HorizontalAlign, VerticalAlign } from '../port';

export interface Size {
  readonly rows: number;
  readonly cols: number;
}

/** A rectangle of cells sharing one style, 0-based from the block's top-left cell. */
export interface StyledRectangle {
  readonly style: CellStyle;
  readonly row: number;
  readonly col: number;
  readonly rows: number;
  readonly cols: number;
}

const HORIZONTAL = { left: 'Left', center: 'Center', right: 'Right', justify: 'Justify' } as const satisfies Record<
  HorizontalAlign,
  string
>;
const VERTICAL = { top: 'Top', middle: 'Center', bottom: 'Bottom' } as const satisfies Record<VerticalAlign, string>;

type Edge = 'EdgeTop' | 'EdgeBottom' | 'EdgeLeft' | 'EdgeRight' | 'InsideHorizontal' | 'InsideVertical';

type Setter = (format: Excel.RangeFormat) => void;

const hex = (rgb: string): string => `#${rgb.toUpperCase()}`;

/** The borders of "thin border on all four sides" of every cell in a range of this size. */
function borderEdges(size: Size): Edge[] {
  const edges: Edge[] = ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight'];
  if (size.rows > 1) edges.push('InsideHorizontal');
  if (size.cols > 1) edges.push('InsideVertical');
  return edges;
}

function setters(style: CellStyle, size: Size): Setter[] {
  const out: Setter[] = [];
  const { bold, italic, fontName, fontSize, color, fill, horizontal, vertical, wrap, border, locked } = style;
  if (bold !== undefined) out.push((f) => (f.font.bold = bold));
  if (italic !== undefined) out.push((f) => (f.font.italic = italic));
  if (fontName !== undefined) out.push((f) => (f.font.name = fontName));
  if (fontSize !== undefined) out.push((f) => (f.font.size = fontSize));
  if (color !== undefined) out.push((f) => (f.font.color = hex(color)));
  if (fill !== undefined) out.push((f) => (f.fill.color = hex(fill)));
  if (horizontal !== undefined) out.push((f) => (f.horizontalAlignment = HORIZONTAL[horizontal]));
  if (vertical !== undefined) out.push((f) => (f.verticalAlignment = VERTICAL[vertical]));
  if (wrap !== undefined) out.push((f) => (f.wrapText = wrap));
  if (border) {
    for (const edge of borderEdges(size)) {
      out.push((f) => {
        const line = f.borders.getItem(edge);
        line.style = 'Continuous';
        line.weight = 'Thin';
      });
    }
  }
  if (locked !== undefined) out.push((f) => (f.protection.locked = locked));
  return out;
}

/** How many operations `applyStyle` queues for this style on a range of this size. */
export const styleOperationCount = (style: CellStyle, size: Size): number => setters(style, size).length;

/** Applies everything but the number format. */
export function applyStyle(range: Excel.Range, style: CellStyle, size: Size): void {
  for (const set of setters(style, size)) set(range.format);
}

const keys = new WeakMap<CellStyle, string>();

/** Same key, same look (number format aside); '' when the style sets nothing else. */
export function styleKey(style: CellStyle | undefined): string {
  if (!style) return '';
  let key = keys.get(style);
  if (key === undefined) {
    const entries = Object.entries(style)
      .filter(([name, value]) => name !== 'numberFormat' && value !== undefined)
      .sort(([a], [b]) => a.localeCompare(b));
    key = entries.length === 0 ? '' : JSON.stringify(entries);
    keys.set(style, key);
  }
  return key;
}

/**
 * Groups a grid of cell styles into rectangles: runs of equal styles along each row, then runs
 * repeated on consecutive rows joined into one rectangle.
 */
export function styleRectangles(grid: readonly (readonly (CellStyle | undefined)[])[]): StyledRectangle[] {
  const done: StyledRectangle[] = [];
  let open = new Map<string, StyledRectangle>();
  grid.forEach((row, r) => {
    const next = new Map<string, StyledRectangle>();
    let c = 0;
    while (c < row.length) {
      const key = styleKey(row[c]);
      let end = c + 1;
      while (end < row.length && styleKey(row[end]) === key) end++;
      const style = row[c];
      if (key !== '' && style) {
        const id = `${c}:${end}:${key}`;
        const above = open.get(id);
        next.set(id, above ? { ...above, rows: above.rows + 1 } : { style, row: r, col: c, rows: 1, cols: end - c });
        open.delete(id);
      }
      c = end;
    }
    done.push(...open.values());
    open = next;
  });
  done.push(...open.values());
  return done;
}

/**
 * A column width as `.xlsx` files store it (in characters of the default font's 7-pixel digit, with
 * the cell padding; the `.xlsx` adapter writes the port's width there) → the points Office.js sets.
 */
export function widthToPoints(characters: number): number {
  const DIGIT_PX = 7;
  const pixels = Math.trunc(((256 * characters + Math.trunc(128 / DIGIT_PX)) / 256) * DIGIT_PX);
  return pixels * 0.75;
}
