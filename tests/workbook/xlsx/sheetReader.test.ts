import ExcelJS from 'exceljs';
import { openXlsx } from '../../../src/workbook/xlsx/xlsxWorkbook';

/** A returned workbook as another program wrote it: cached formula results, errors, rich text. */
async function returnedWorkbook(fill: (ws: ExcelJS.Worksheet) => void): Promise<ArrayBuffer> {
  const workbook = new ExcelJS.Workbook();
  fill(workbook.addWorksheet('Nhiệm vụ'));
  const written = await workbook.xlsx.writeBuffer();
  return new Uint8Array(written as unknown as Uint8Array).slice().buffer;
}

async function readBack(fill: (ws: ExcelJS.Worksheet) => void) {
  const grid = await (await openXlsx(await returnedWorkbook(fill))).readSheet('Nhiệm vụ');
  if (!grid) throw new Error('sheet missing');
  return grid;
}

describe('readSheet', () => {
  it('gives a formula its cached result, never evaluating it', async () => {
    const grid = await readBack((ws) => {
      ws.getCell('A1').value = { formula: 'B1*2', result: 99 };
      ws.getCell('B1').value = 7;
      ws.getCell('C1').value = { formula: 'B1*3' };
    });
    expect(grid.rows[0][0]).toEqual({ value: 99, formula: 'B1*2', locked: true });
    expect(grid.rows[0][2]).toEqual({ value: null, formula: 'B1*3', locked: true });
  });

  it('reads error values as their text, also as a cached formula result', async () => {
    const grid = await readBack((ws) => {
      ws.getCell('A1').value = { error: '#REF!' };
      ws.getCell('B1').value = { formula: '1/0', result: { error: '#DIV/0!' } };
    });
    expect(grid.rows[0].map((c) => c?.value)).toEqual(['#REF!', '#DIV/0!']);
  });

  it('flattens rich text to plain text', async () => {
    const grid = await readBack((ws) => {
      ws.getCell('A1').value = { richText: [{ text: 'Sở ' }, { text: 'Công Thương', font: { bold: true } }] };
    });
    expect(grid.rows[0][0]?.value).toBe('Sở Công Thương');
  });

  it('decodes the _xHHHH_ escapes Excel uses for characters XML cannot hold', async () => {
    const grid = await readBack((ws) => {
      ws.getCell('A1').value = 'dòng 1_x000D_dòng 2';
    });
    expect(grid.rows[0][0]?.value).toBe('dòng 1\rdòng 2');
  });

  it('reads a date-formatted number as a date and a plain number as a number', async () => {
    const grid = await readBack((ws) => {
      ws.getCell('A1').value = new Date(Date.UTC(2022, 1, 23));
      ws.getCell('A1').numFmt = 'dd/mm/yyyy';
      ws.getCell('B1').value = 44615;
    });
    expect(grid.rows[0][0]?.value).toEqual({ date: '2022-02-23' });
    expect(grid.rows[0][1]?.value).toBe(44615);
  });

  it('reads an external link as its address and a note given as rich text as plain text', async () => {
    const grid = await readBack((ws) => {
      ws.getCell('A1').value = { text: 'Cổng thông tin', hyperlink: 'https://kiengiang.gov.vn/' };
      ws.getCell('A2').value = 'Hoàn thành';
      ws.getCell('A2').note = { texts: [{ text: 'Ghi ' }, { text: 'chú', font: { bold: true } }] };
    });
    expect(grid.rows[0][0]).toMatchObject({ value: 'Cổng thông tin', hyperlink: 'https://kiengiang.gov.vn/' });
    expect(grid.rows[1][0]).toEqual({ value: 'Hoàn thành', note: 'Ghi chú', locked: true });
  });

  it('spans the used range from A1, dense, without trailing empty rows or columns', async () => {
    const grid = await readBack((ws) => {
      ws.getCell('C2').value = 'x';
      ws.getCell('A5').value = 'y';
      ws.getCell('F9').style = { font: { bold: true } };
    });
    expect(grid.rows).toHaveLength(5);
    expect(grid.rows.every((r) => r.length === 3)).toBe(true);
    expect(grid.rows[1][2]?.value).toBe('x');
    expect(grid.rows[0]).toEqual([null, null, null]);
  });
});
