import type { CellStyle, SheetSpec } from '../../src/workbook/port';
import { columnWidths, rowsToFit } from '../../src/workbook/wrappedRows';

const wrap: CellStyle = { wrap: true, fontSize: 12 };

const sheet: SheetSpec = {
  name: 'Nhiệm vụ',
  columnWidths: [6, 30, 30],
  blocks: [
    {
      kind: 'cells',
      at: 'A1',
      rows: [
        [{ value: 'TÌNH HÌNH THỰC HIỆN NHIỆM VỤ', style: wrap }, null, null],
        [{ value: 'Số liệu chốt đến 14/12/2022', style: wrap }],
        [{ value: 'Ghi chú', style: { bold: true } }],
      ],
      merges: ['A1:C1'],
      rowHeights: { 1: 30 },
    },
    {
      kind: 'table',
      at: 'A5',
      table: {
        name: 'tblTasks',
        headerStyle: { bold: true, wrap: true },
        columns: [{ header: 'Mã' }, { header: 'Nội dung', width: 50, style: wrap }, { header: 'Tỷ lệ (%)', style: wrap }],
        rows: [
          ['I.1', 'Xây dựng phương án phát triển công nghiệp', 40],
          ['I.2', null, null],
        ],
      },
    },
  ],
};

describe('columnWidths', () => {
  it('takes the sheet’s widths, then the widths its table columns set', () => {
    expect([...columnWidths(sheet)]).toEqual([
      [1, 6],
      [2, 50],
      [3, 30],
    ]);
  });
});

describe('rowsToFit', () => {
  const rows = rowsToFit(sheet);

  it('lists the rows with wrapped text, leaving out those whose height is stated and those without', () => {
    expect([...rows.keys()]).toEqual([1, 5, 6, 7]);
  });

  it('measures a merged cell across its columns, and a number as one empty line', () => {
    expect(rows.get(1)).toEqual([{ area: { top: 1, left: 1, bottom: 1, right: 3 }, text: 'TÌNH HÌNH THỰC HIỆN NHIỆM VỤ', style: wrap }]);
    expect(rows.get(6)?.map((cell) => cell.text)).toEqual(['Xây dựng phương án phát triển công nghiệp', '']);
    expect(rows.get(5)?.map((cell) => cell.text)).toEqual(['Mã', 'Nội dung', 'Tỷ lệ (%)']);
  });

  it('fits the one empty row a table without data keeps', () => {
    const empty: SheetSpec = {
      name: 'Trống',
      blocks: [{ kind: 'table', at: 'B2', table: { name: 'tblEmpty', columns: [{ header: 'Nội dung', style: wrap }], rows: [] } }],
    };
    expect([...rowsToFit(empty).keys()]).toEqual([3]);
  });
});
