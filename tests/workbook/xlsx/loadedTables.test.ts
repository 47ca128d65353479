import { createXlsx, openXlsx } from '../../../src/workbook/xlsx/xlsxWorkbook';
import { guideSheet, tasksSheet, tasksTable } from './fixtures';
import { readPart, rewriteParts } from './xlsxParts';

const TABLE_PART = 'xl/tables/table1.xml';

/** Our tasks workbook with its table part rewritten the way Excel saves tables. */
async function savedByExcel(editTable: (xml: string) => string): Promise<ArrayBuffer> {
  const workbook = createXlsx();
  await workbook.writeSheets([guideSheet(), tasksSheet()]);
  return rewriteParts(await workbook.toArrayBuffer(), (path, xml) => (path === TABLE_PART ? editTable(xml) : xml));
}

/** Excel omits `headerRowCount` when it is 1 and writes a bare autoFilter when no filter is set. */
const excelStyleTable = (xml: string): string =>
  xml.replace(' headerRowCount="1"', '').replace(/<autoFilter ref="([^"]+)">.*?<\/autoFilter>/, '<autoFilter ref="$1"/>');

/** An officer typed a formula in the third column: Excel records it inside the column. */
const withCalculatedColumn = (xml: string): string =>
  xml.replace(
    /<tableColumn id="3" name="Vai trò"[^>]*\/>/,
    '<tableColumn id="3" name="Vai trò"><calculatedColumnFormula>"Chủ trì"</calculatedColumnFormula></tableColumn>',
  );

/** Opens, writes another sheet, saves: the table itself is carried through untouched by us. */
async function resaved(file: ArrayBuffer): Promise<ArrayBuffer> {
  const workbook = await openXlsx(file);
  await workbook.writeSheets([{ name: 'Tổng hợp', blocks: [{ kind: 'cells', at: 'A1', rows: [[{ value: 1 }]] }] }]);
  return workbook.toArrayBuffer();
}

describe('tables saved by Excel', () => {
  const headers = tasksTable().columns.map((c) => c.header);

  it('are read with all their headers when a column holds a calculated formula', async () => {
    const file = await savedByExcel((xml) => withCalculatedColumn(excelStyleTable(xml)));
    const { tblTasks } = await (await openXlsx(file)).readTables(['tblTasks']);
    expect(tblTasks?.headers).toEqual(headers);
    expect(tblTasks?.rows).toHaveLength(3);
  });

  it('keep their header row, every column and their filter buttons when the workbook is saved again', async () => {
    const file = await resaved(await savedByExcel((xml) => withCalculatedColumn(excelStyleTable(xml))));
    const table = await readPart(file, TABLE_PART);
    expect(table).toContain('headerRowCount="1"');
    expect(table).toContain(`<tableColumns count="${headers.length}">`);
    for (const header of headers) expect(table).toContain(`name="${header}"`);
    expect(table).toContain('<autoFilter ref="A1:H4">');
    expect(table.match(/hiddenButton="0"/g)).toHaveLength(headers.length);
    expect((await (await openXlsx(file)).readTables(['tblTasks'])).tblTasks?.headers).toEqual(headers);
  });

  it('that exceljs cannot read (a Top 10 filter) are reported as unreadable, telling the officer to clear filters', async () => {
    const top10 = (xml: string): string =>
      xml.replace('<filterColumn colId="3" hiddenButton="0"/>', '<filterColumn colId="3"><top10 val="10"/></filterColumn>');
    await expect(openXlsx(await savedByExcel(top10))).rejects.toMatchObject({
      name: 'WorkbookReadError',
      code: 'file-unreadable',
      message_vi: expect.stringContaining('bỏ lọc'),
    });
  });

  it('keep filter buttons switched off, with an autoFilter range, when the officer turned them off', async () => {
    const noFilter = (xml: string): string => excelStyleTable(xml).replace(/<autoFilter [^>]*\/>/, '');
    const table = await readPart(await resaved(await savedByExcel(noFilter)), TABLE_PART);
    expect(table).toContain('headerRowCount="1"');
    expect(table).toContain('<autoFilter ref="A1:H4">');
    expect(table.match(/hiddenButton="1"/g)).toHaveLength(headers.length);
  });
});
