/** CellStyle (the port's) → exceljs style objects. */
import type { Style } from 'exceljs';
import type { CellStyle } from '../port';

const DEFAULT_FONT = { name: 'Calibri', size: 11 } as const;

const argb = (rgb: string): { argb: string } => ({ argb: `FF${rgb.toUpperCase()}` });

const THIN = { style: 'thin' } as const;

/**
 * The exceljs style for a CellStyle. A font always names its face and size: a font element with
 * only `<b/>` renders differently across Excel and LibreOffice.
 */
export function toExcelStyle(style: CellStyle): Partial<Style> {
  const out: Partial<Style> = {};
  if (
    style.bold !== undefined ||
    style.italic !== undefined ||
    style.fontName !== undefined ||
    style.fontSize !== undefined ||
    style.color !== undefined
  ) {
    out.font = {
      name: style.fontName ?? DEFAULT_FONT.name,
      size: style.fontSize ?? DEFAULT_FONT.size,
      ...(style.bold !== undefined && { bold: style.bold }),
      ...(style.italic !== undefined && { italic: style.italic }),
      ...(style.color !== undefined && { color: argb(style.color) }),
    };
  }
  if (style.fill !== undefined) {
    out.fill = { type: 'pattern', pattern: 'solid', fgColor: argb(style.fill) };
  }
  if (style.horizontal !== undefined || style.vertical !== undefined || style.wrap !== undefined) {
    out.alignment = {
      ...(style.horizontal !== undefined && { horizontal: style.horizontal }),
      ...(style.vertical !== undefined && { vertical: style.vertical }),
      ...(style.wrap !== undefined && { wrapText: style.wrap }),
    };
  }
  if (style.border) {
    out.border = { top: THIN, left: THIN, bottom: THIN, right: THIN };
  }
  if (style.numberFormat !== undefined) out.numFmt = style.numberFormat;
  if (style.locked !== undefined) out.protection = { locked: style.locked };
  return out;
}
