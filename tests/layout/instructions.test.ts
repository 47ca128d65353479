import { instructionsSheet } from '../../src/layout/instructions';
import { rowHeight } from '../../src/layout/rowHeight';
import type { Block, StyledCell } from '../../src/workbook/port';
import { shippedLayouts } from './fixtures';

const layout = shippedLayouts().agency;
const cells = (block: Block): Extract<Block, { kind: 'cells' }> => {
  if (block.kind !== 'cells') throw new Error('expected a cells block');
  return block;
};

describe('instructionsSheet', () => {
  const sheet = instructionsSheet(layout, { documentRef: 'Kế hoạch số 40/KH-UBND ngày 23/02/2022 của UBND tỉnh Kiên Giang' });
  const block = cells(sheet.blocks[0]);

  it('gives every line the height its wrapped text needs in the guide’s column', () => {
    block.rows.forEach((row, index) => {
      const cell: StyledCell | null = row[0];
      const text = typeof cell?.value === 'string' ? cell.value : '';
      const expected = rowHeight([{ text, width: layout.instructions.width, fontSize: cell?.style?.fontSize ?? layout.look.fontSize, bold: cell?.style?.bold }]);
      expect(block.rowHeights?.[index]).toBe(expected);
    });
  });
});
