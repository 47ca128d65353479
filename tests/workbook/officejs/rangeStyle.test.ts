import { styleKey, styleOperationCount, styleRectangles, widthToPoints } from '../../../src/workbook/officejs/rangeStyle';
import type { CellStyle } from '../../../src/workbook/port';

describe('styleKey', () => {
  it('gives equal styles the same key, whatever the number format or key order', () => {
    expect(styleKey({ bold: true, wrap: true, numberFormat: '0' })).toBe(styleKey({ wrap: true, bold: true }));
    expect(styleKey({ numberFormat: '0' })).toBe('');
    expect(styleKey(undefined)).toBe('');
  });
});

describe('styleRectangles', () => {
  const bold: CellStyle = { bold: true };
  const boxed: CellStyle = { border: true };

  it('joins equal styles along rows and down columns into the fewest rectangles', () => {
    const grid = [
      [bold, bold, bold],
      [boxed, boxed, { border: true }],
      [boxed, boxed, boxed],
      [undefined, boxed, undefined],
    ];
    expect(styleRectangles(grid)).toEqual([
      { style: bold, row: 0, col: 0, rows: 1, cols: 3 },
      { style: boxed, row: 1, col: 0, rows: 2, cols: 3 },
      { style: boxed, row: 3, col: 1, rows: 1, cols: 1 },
    ]);
  });

  it('styles a 5,000-row body with as many rectangles as a 5-row one', () => {
    const body = (rows: number) => Array.from({ length: rows }, () => [boxed, { ...boxed, numberFormat: '0.0' }, bold]);
    expect(styleRectangles(body(5_000))).toHaveLength(styleRectangles(body(5)).length);
  });
});

describe('styleOperationCount', () => {
  it('counts one operation per property, two per border edge, inside edges only where there are inner lines', () => {
    expect(styleOperationCount({ bold: true, fill: 'FFFF00', numberFormat: '0' }, { rows: 3, cols: 3 })).toBe(2);
    expect(styleOperationCount({ border: true }, { rows: 1, cols: 1 })).toBe(4);
    expect(styleOperationCount({ border: true }, { rows: 2, cols: 2 })).toBe(6);
  });
});

describe('widthToPoints', () => {
  it('gives a column the width the same number gives it in an .xlsx file', () => {
    expect(widthToPoints(9.140625)).toBe(48);
    expect(widthToPoints(50)).toBe(262.5);
  });
});
