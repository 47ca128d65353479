import type { PrintSetup } from '../../src/workbook/port';
import { pageMarginsCm } from '../../src/workbook/pageMargins';

const print = (top: number, bottom: number): PrintSetup => ({
  orientation: 'portrait',
  paperSize: 'A4',
  marginsCm: { top, bottom, left: 3, right: 1.5 },
  fitToWidth: true,
});

describe('pageMarginsCm', () => {
  it('keeps the page margins and gives header and footer Excel’s 0.3 inch', () => {
    expect(pageMarginsCm(print(2, 2))).toEqual({ top: 2, bottom: 2, left: 3, right: 1.5, header: 0.762, footer: 0.762 });
  });

  it('keeps the header and footer within half of narrow top and bottom margins', () => {
    expect(pageMarginsCm(print(1, 0))).toMatchObject({ header: 0.5, footer: 0 });
  });
});
