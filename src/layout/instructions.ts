/**
 * Hướng dẫn — the first sheet of an agency workbook: which plan, which agency and period, the
 * deadline, then how to fill in (Vietnamese), then the same in English in a smaller block. The
 * texts are the layout's; this only places them.
 */
import type { CellStyle, SheetSpec, StyledCell } from '../workbook/port';
import { fill } from './agencyText';
import type { AgencyLayout } from './schema';

/** Characters of a Times New Roman line per unit of column width, measured on the rendered sheet. */
const CHARS_PER_WIDTH = 1.2;
const LINE_HEIGHT = 1.35;

export function instructionsSheet(layout: AgencyLayout, values: Readonly<Record<string, string>>): SheetSpec {
  const { instructions, look } = layout;
  const base: CellStyle = { fontName: look.fontName, fontSize: look.fontSize, wrap: true, vertical: 'top' };
  const english: CellStyle = { ...base, fontSize: look.fontSize - 2, italic: true, color: '595959' };
  const lines: { text: string; style: CellStyle }[] = [
    { text: fill(instructions.title, values), style: { ...base, bold: true, fontSize: look.fontSize + 2, horizontal: 'center' } },
    ...instructions.heading.map((text, index) => ({
      text: fill(text, values),
      style: index === 1 ? { ...base, italic: true } : { ...base, bold: true },
    })),
    { text: '', style: base },
    ...instructions.body_vi.map((text) => ({ text: fill(text, values), style: base })),
    { text: '', style: base },
    ...instructions.body_en.map((text) => ({ text: fill(text, values), style: english })),
  ];
  const rows: (StyledCell | null)[][] = lines.map((line) => [line.text === '' ? null : { value: line.text, style: line.style }]);
  const rowHeights: Record<number, number> = {};
  lines.forEach((line, index) => {
    const size = line.style.fontSize ?? look.fontSize;
    const perLine = Math.max(1, Math.floor((instructions.width * CHARS_PER_WIDTH * look.fontSize) / size));
    const count = Math.max(1, Math.ceil(line.text.length / perLine));
    rowHeights[index] = Math.ceil(count * size * LINE_HEIGHT + 4);
  });
  return {
    name: instructions.name,
    protect: true,
    columnWidths: [instructions.width],
    blocks: [{ kind: 'cells', at: 'A1', rows, rowHeights }],
    print: {
      orientation: 'portrait',
      paperSize: 'A4',
      marginsCm: { top: 2, bottom: 2, left: 3, right: 1.5 },
      fitToWidth: true,
    },
  };
}
