/**
 * Hướng dẫn — the first sheet of an agency workbook: which plan, which agency and period, the
 * deadline, then how to fill in (Vietnamese), then the same in English in a smaller block. The
 * texts are the layout's; this only places them.
 */
import type { CellStyle, SheetSpec, StyledCell } from '../workbook/port';
import { fill } from './agencyText';
import { rowHeight } from './rowHeight';
import type { AgencyLayout } from './schema';

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
    const { fontSize, bold } = line.style;
    rowHeights[index] = rowHeight([{ text: line.text, width: instructions.width, fontSize, bold }]);
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
