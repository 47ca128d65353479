import { isoToExcelSerial } from '../../../src/domain/vn/date';
import { OfficeWorkbookError } from '../../../src/workbook/officejs/officeErrors';
import { createOfficeWorkbook, type ExcelRun, type OfficeWorkbookOptions } from '../../../src/workbook/officejs/officeWorkbook';
import type { SheetSpec } from '../../../src/workbook/port';
import { WorkbookSpecError } from '../../../src/workbook/errors';
import { FakeExcel, FakeOfficeError, type FakeExcelOptions } from '../../support/fakeExcel';
import { STATUSES, appendixSheet, masterSpecs } from './fixtures';

const open = (options: FakeExcelOptions = {}, portOptions: OfficeWorkbookOptions = {}) => {
  const fake = new FakeExcel(options);
  const port = createOfficeWorkbook(fake.run, { isSetSupported: fake.isSetSupported, ...portOptions });
  return { fake, port };
};

const tableSheet = (name: string, table: string, rows: SheetSpec['blocks'] = []): SheetSpec => ({
  name,
  blocks: rows.length > 0 ? rows : [{ kind: 'table', at: 'A1', table: { name: table, columns: [{ header: 'Mã' }], rows: [['x']] } }],
});

describe('createOfficeWorkbook', () => {
  it('refuses Excel older than ExcelApi 1.7 (Office 2019) with a message for the officer', () => {
    const fake = new FakeExcel({ apiVersion: '1.4' });
    expect(() => createOfficeWorkbook(fake.run, { isSetSupported: fake.isSetSupported })).toThrow(OfficeWorkbookError);
    try {
      createOfficeWorkbook(fake.run, { isSetSupported: fake.isSetSupported });
    } catch (error) {
      expect((error as OfficeWorkbookError).message_vi).toMatch(/Excel 2019/);
    }
  });

  it('refuses a request budget above the 5 MB Excel on the web accepts', () => {
    const fake = new FakeExcel();
    expect(() => createOfficeWorkbook(fake.run, { requestBudget: 6 * 1024 * 1024 })).toThrow();
  });
});

describe('listSheets', () => {
  it('lists every sheet with its visibility in one sync', async () => {
    const { fake, port } = open();
    await port.writeSheets([{ name: 'Ẩn', state: 'hidden', blocks: [] }, { name: 'Rất ẩn', state: 'veryHidden', blocks: [] }]);
    const { result, syncs } = await fake.measure(() => port.listSheets());
    expect(syncs).toBe(1);
    expect(result).toEqual([
      { name: 'Sheet1', state: 'visible' },
      { name: 'Ẩn', state: 'hidden' },
      { name: 'Rất ẩn', state: 'veryHidden' },
    ]);
  });
});

describe('readSheet', () => {
  const seed = async (fake: FakeExcel): Promise<void> =>
    fake.run(async (context) => {
      const sheet = context.workbook.worksheets.add('Số liệu');
      const range = sheet.getRange('C3:E4');
      range.numberFormat = [
        ['General', 'dd/mm/yyyy', '#,##0.00'],
        ['@', 'General', 'General'],
      ];
      range.values = [
        ['Tên', isoToExcelSerial('2022-06-30'), 1.5],
        ['=x', true, null],
      ];
      sheet.getRange('E4').formulas = [['=E3*2']];
      sheet.protection.protect();
      await context.sync();
    });

  it('returns null for a missing sheet, in one sync', async () => {
    const { fake, port } = open();
    const { result, syncs } = await fake.measure(() => port.readSheet('Không có'));
    expect(result).toBeNull();
    expect(syncs).toBe(1);
  });

  it('reads the used range as a grid from A1: values, formulas, number formats and dates, in one sync', async () => {
    const { fake, port } = open();
    await seed(fake);
    const { result, syncs } = await fake.measure(() => port.readSheet('số liệu'));
    expect(syncs).toBe(1);
    expect(result?.name).toBe('Số liệu');
    expect(result?.protected).toBe(true);
    expect(result?.rows).toHaveLength(4);
    expect(result?.rows[0]).toEqual([null, null, null, null, null]);
    expect(result?.rows[2]).toEqual([
      null,
      null,
      { value: 'Tên' },
      { value: { date: '2022-06-30' }, numberFormat: 'dd/mm/yyyy' },
      { value: 1.5, numberFormat: '#,##0.00' },
    ]);
    expect(result?.rows[3]).toEqual([null, null, { value: '=x', numberFormat: '@' }, { value: true }, { value: 0, formula: 'E3*2' }]);
  });

  it('loads only the values, formulas and number formats of the used range', async () => {
    const { fake, port } = open();
    await seed(fake);
    fake.loads.length = 0;
    await port.readSheet('Số liệu');
    const properties = fake.loads.flatMap((l) => l.properties).sort();
    expect(properties).toEqual(['columnIndex', 'formulas', 'name', 'numberFormat', 'protected', 'rowIndex', 'values', 'visibility']);
  });

  it('reads an empty sheet as no rows', async () => {
    const { port } = open();
    expect(await port.readSheet('Sheet1')).toEqual({ name: 'Sheet1', state: 'visible', rows: [], protected: false });
  });
});

describe('readTables', () => {
  it('reads several tables in one sync, whatever case they are named in; a missing table is null', async () => {
    const { fake, port } = open();
    await port.writeSheets(masterSpecs(3));
    const { result, syncs } = await fake.measure(() => port.readTables(['TBLTASKS', 'tblTaskReports', 'tblNone']));
    expect(syncs).toBe(1);
    expect(result.tblNone).toBeNull();
    expect(result.TBLTASKS).toEqual({
      name: 'tblTasks',
      sheet: 'Nhiệm vụ',
      at: 'A1',
      headers: ['Mã', 'Tình trạng', 'Tỷ lệ (%)'],
      rows: [
        ['I.0', STATUSES[0], 0],
        ['I.1', STATUSES[1], 1],
        ['I.2', STATUSES[2], 2],
      ],
    });
    expect(result.tblTaskReports?.rows[1]).toEqual(['I.1', { date: '2022-02-15' }, 0]);
  });

  it('loads header values and body values with their formats, nothing else', async () => {
    const { fake, port } = open();
    await port.writeSheets(masterSpecs(2));
    fake.loads.length = 0;
    await port.readTables(['tblTasks']);
    expect(fake.loads.map((l) => l.properties)).toEqual([['name'], ['name'], ['values', 'address'], ['values', 'numberFormat']]);
  });

  it('leaves trailing empty rows out', async () => {
    const { port } = open();
    await port.writeSheets([
      { name: 'T', blocks: [{ kind: 'table', at: 'B2', table: { name: 'tblT', columns: [{ header: 'A' }, { header: 'B' }], rows: [[1, 2], [null, null]] } }] },
    ]);
    const { tblT } = await port.readTables(['tblT']);
    expect(tblT).toEqual({ name: 'tblT', sheet: 'T', at: 'B2', headers: ['A', 'B'], rows: [[1, 2]] });
  });
});

describe('writeSheets', () => {
  it('makes a real table from the written range: header row, rows, name and style', async () => {
    const { fake, port } = open();
    await port.writeSheets([
      {
        name: 'Nhiệm vụ',
        blocks: [
          {
            kind: 'table',
            at: 'B3',
            table: { name: 'tblTasks', style: 'TableStyleLight9', columns: [{ header: 'Mã' }, { header: 'Nội dung' }], rows: [['I.1', 'Rà soát']] },
          },
        ],
      },
    ]);
    const table = fake.table('tblTasks');
    expect(table?.address).toBe('B3:C4');
    expect(table?.sheet.name).toBe('Nhiệm vụ');
    expect(table?.style).toBe('TableStyleLight9');
    expect(fake.sheet('Nhiệm vụ')?.value('B3')).toBe('Mã');
    expect(fake.sheet('Nhiệm vụ')?.value('C4')).toBe('Rà soát');
  });

  it('keeps one empty data row in a table without rows, as Excel does', async () => {
    const { fake, port } = open();
    await port.writeSheets([{ name: 'T', blocks: [{ kind: 'table', at: 'A1', table: { name: 'tblEmpty', columns: [{ header: 'Mã' }], rows: [] } }] }]);
    expect(fake.table('tblEmpty')?.address).toBe('A1:A2');
  });

  it('formats text as text before writing it, so untrusted text never becomes a formula or a number', async () => {
    const { fake, port } = open();
    const untrusted = ['=HYPERLINK("http://x","y")', '+SUM(1)', '-2+3', '@SUM(A1)', '\t=1', '\r=1', '\n=1', '\0=1', '07', '1.234', 'TRUE', '50%'];
    await port.writeSheets([
      {
        name: 'Cách ly',
        blocks: [
          {
            kind: 'table',
            at: 'A1',
            table: { name: 'tblQ', columns: [{ header: 'Giá trị' }, { header: 'Số' }], rows: untrusted.map((text, i) => [text, i === 0 ? -5 : i]) },
          },
        ],
      },
    ]);
    const sheet = fake.sheet('Cách ly');
    untrusted.forEach((text, i) => {
      const cell = sheet?.cell(`A${i + 2}`);
      expect(cell?.formula).toBeNull();
      expect(cell?.value).toBe(text);
      expect(cell?.numberFormat).toBe('@');
    });
    expect(sheet?.cell('B2')?.value).toBe(-5);
    expect(sheet?.cell('B2')?.numberFormat).toBe('General');
  });

  it('formats the empty cells of a text column as text too', async () => {
    const { fake, port } = open();
    await port.writeSheets([
      { name: 'T', blocks: [{ kind: 'table', at: 'A1', table: { name: 'tblT', columns: [{ header: 'Ghi chú' }, { header: 'Số' }], rows: [['a', 1], [null, null]] } }] },
    ]);
    expect(fake.sheet('T')?.cell('A3')?.numberFormat).toBe('@');
    expect(fake.sheet('T')?.cell('B3')).toBeUndefined();
  });

  it('writes formulas through formulas, dates as serials with a date format, and invariant number formats', async () => {
    const { fake, port } = open();
    await port.writeSheets([
      {
        name: 'T',
        blocks: [
          {
            kind: 'table',
            at: 'A1',
            table: {
              name: 'tblT',
              columns: [{ header: 'Số', style: { numberFormat: '#,##0.00' } }, { header: 'Ngày' }, { header: 'Ngày VN', style: { numberFormat: 'd/m/yyyy' } }, { header: 'Tổng' }],
              rows: [[7100.5, { date: '2022-02-23' }, { date: '2022-12-31' }, { formula: 'SUM(A2:A2)' }]],
            },
          },
        ],
      },
    ]);
    const sheet = fake.sheet('T');
    expect(sheet?.cell('A2')).toMatchObject({ value: 7100.5, numberFormat: '#,##0.00' });
    expect(sheet?.cell('B2')).toMatchObject({ value: isoToExcelSerial('2022-02-23'), numberFormat: 'dd/mm/yyyy' });
    expect(sheet?.cell('C2')).toMatchObject({ value: isoToExcelSerial('2022-12-31'), numberFormat: 'd/m/yyyy' });
    expect(sheet?.cell('D2')?.formula).toBe('=SUM(A2:A2)');
  });

  it('styles table columns and headers as whole ranges, and writes drop-downs and input checks', async () => {
    const { fake, port } = open();
    await port.writeSheets(masterSpecs(4).slice(1, 2));
    const sheet = fake.sheet('Nhiệm vụ');
    expect(sheet?.cell('A1')?.format.get('font.bold')).toBe(true);
    expect(sheet?.cell('B5')?.format.get('protection.locked')).toBe(false);
    expect(sheet?.cell('A5')?.format.has('protection.locked')).toBe(false);
    expect(sheet?.validations.map((v) => [v.range, Object.keys(v.rule ?? {})])).toEqual([
      ['B2:B5', ['list']],
      ['C2:C5', ['decimal']],
    ]);
    expect(sheet?.validations[0].rule?.list?.source).toBe(STATUSES.join(','));
    expect(sheet?.validations[1].errorAlert).toMatchObject({ style: 'Stop', message: expect.stringMatching(/^Đề nghị nhập một số từ 0 đến 100\.\nEnter/) });
  });

  it('writes an appendix: styles on rectangles, merges framed whole, row heights, links, notes, widths and print setup', async () => {
    const { fake, port } = open();
    await port.writeSheets([masterSpecs(6)[1], appendixSheet(6)]);
    const sheet = fake.sheet('Phụ lục');
    expect(sheet?.merges).toEqual(['A1:D1', 'A2:D2']);
    expect(sheet?.cell('D1')?.format.get('font.bold')).toBe(true);
    expect(sheet?.cell('C9')?.format.get('borders.EdgeTop.style')).toBe('Continuous');
    expect(sheet?.cell('C9')).toMatchObject({ value: 12.5, numberFormat: '#,##0.00' });
    expect(sheet?.rowHeights.get(2)).toBe(32);
    expect(sheet?.columnWidths.get(2)).toBe(262.5);
    expect(sheet?.cell('D4')?.hyperlink).toEqual({ documentReference: "'Nhiệm vụ'!A2", textToDisplay: 'Chi tiết' });
    expect(sheet?.notes).toEqual([{ address: 'A2', content: 'Số liệu chốt đến 14/12/2022', kind: 'note' }]);
    expect(sheet?.pageLayout).toEqual({
      orientation: 'Landscape',
      paperSize: 'A4',
      margins: { unit: 'Centimeters', top: 2, bottom: 2, left: 3, right: 1.5, header: 0.762, footer: 0.762 },
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
      printTitleRows: '$3:$3',
    });
  });

  it('has Excel fit the rows of wrapped text whose height the spec leaves open', async () => {
    const { fake, port } = open();
    await port.writeSheets([masterSpecs(6)[1], appendixSheet(6)]);
    // The wrapped header and answer columns of the table: its header row and six data rows.
    expect([...(fake.sheet('Nhiệm vụ')?.fittedRows ?? [])]).toEqual([1, 2, 3, 4, 5, 6, 7]);
    // The appendix's bordered body; not its unwrapped title, nor the caption row given 32 points.
    const appendix = fake.sheet('Phụ lục');
    expect([...(appendix?.fittedRows ?? [])]).toEqual([3, 4, 5, 6, 7, 8, 9]);
    expect(appendix?.rowHeights.get(2)).toBe(32);
  });

  it('freezes header rows, colours the tab, hides and protects without a password after writing', async () => {
    const { fake, port } = open();
    await port.writeSheets([
      { ...masterSpecs(2)[1], tabColor: '1f4e79' },
      { name: '_meta', state: 'veryHidden', protect: true, blocks: [{ kind: 'cells', at: 'A1', rows: [[{ value: 'kg-40-kh-ubnd' }]] }] },
    ]);
    const tasks = fake.sheet('Nhiệm vụ');
    expect(tasks?.frozenRows).toBe(1);
    expect(tasks?.tabColor).toBe('#1F4E79');
    expect(tasks?.protection).toMatchObject({ protected: true, options: { allowFormatColumns: true, allowSort: true, allowAutoFilter: true } });
    expect(tasks?.protection.password).toBeUndefined();
    expect(fake.sheet('_meta')).toMatchObject({ visibility: 'VeryHidden', protection: { protected: true } });
  });

  it('replaces an existing sheet where its tab was, with its table name free again', async () => {
    const { fake, port } = open();
    await port.writeSheets([tableSheet('A', 'tblA'), tableSheet('B', 'tblB'), tableSheet('C', 'tblC')]);
    await port.writeSheets([
      { name: 'b', blocks: [{ kind: 'table', at: 'A1', table: { name: 'tblB', columns: [{ header: 'Mới' }], rows: [['y']] } }] },
      tableSheet('D', 'tblD'),
    ]);
    expect(fake.sheetNames()).toEqual(['Sheet1', 'A', 'b', 'C', 'D']);
    expect(fake.sheet('b')?.value('A1')).toBe('Mới');
    expect(fake.table('tblB')?.sheet.name).toBe('b');
  });

  it('replaces the only visible sheet and removes the sheets named in remove', async () => {
    const { fake, port } = open({ sheets: ['Sheet1', 'Cũ'] });
    await fake.run(async (context) => {
      context.workbook.worksheets.getItem('Cũ').visibility = 'Hidden';
      await context.sync();
    });
    await port.writeSheets([{ name: 'sheet1', blocks: [] }], ['Cũ', 'Không có']);
    expect(fake.sheetNames()).toEqual(['sheet1']);
  });

  it('puts long drop-down lists on a hidden, protected _lists sheet kept last, and reuses them', async () => {
    const { fake, port } = open();
    const agencies = Array.from({ length: 40 }, (_, i) => `Sở ${i}, ban ${i}`);
    const spec = (name: string): SheetSpec => ({
      name,
      blocks: [
        {
          kind: 'table',
          at: 'A1',
          table: { name: `tbl${name}`, columns: [{ header: 'Cơ quan', validation: { type: 'list', values: agencies } }], rows: [['x']] },
        },
      ],
    });
    await port.writeSheets([spec('A')]);
    await port.writeSheets([spec('B')]);
    expect(fake.sheetNames()).toEqual(['Sheet1', 'A', 'B', '_lists']);
    const lists = fake.sheet('_lists');
    expect(lists).toMatchObject({ visibility: 'Hidden', protection: { protected: true } });
    expect(lists?.value('A40')).toBe('Sở 39, ban 39');
    expect(lists?.cell('B1')).toBeUndefined();
    expect(fake.sheet('B')?.validations[0].rule?.list?.source).toBe("='_lists'!$A$1:$A$40");
  });

  it('fails on a bad spec after one look at the workbook, before writing anything', async () => {
    const { fake, port } = open();
    const { syncs } = await fake.measure(() =>
      expect(port.writeSheets([tableSheet('A', 'tblA'), tableSheet('B', 'tblA')])).rejects.toThrow(WorkbookSpecError),
    );
    expect(syncs).toBe(1);
    expect(fake.sheetNames()).toEqual(['Sheet1']);
  });

  it('refuses a table name already used on a sheet it keeps', async () => {
    const { port } = open();
    await port.writeSheets([tableSheet('A', 'tblA')]);
    await expect(port.writeSheets([tableSheet('B', 'tblA')])).rejects.toThrow(/already used/);
  });
});

describe('errors', () => {
  const failingRun =
    (error: Error): ExcelRun =>
    () =>
      Promise.reject(error);

  it('rethrows an Office error as OfficeWorkbookError with its code and what the officer should do', async () => {
    const port = createOfficeWorkbook(failingRun(new FakeOfficeError('InvalidOperationInCellEditMode', 'In cell edit mode.')));
    const error: unknown = await port.listSheets().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OfficeWorkbookError);
    expect(error).toMatchObject({ code: 'InvalidOperationInCellEditMode', message_vi: expect.stringMatching(/Enter hoặc Esc/) });
  });

  it('rethrows a request Excel refuses as too large, telling the officer what to do', async () => {
    const { port } = open({ requestLimit: 2_000 });
    const error: unknown = await port.writeSheets(masterSpecs(20)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OfficeWorkbookError);
    expect(error).toMatchObject({ code: 'RequestPayloadSizeLimitExceeded', message_en: expect.stringMatching(/command-line tool/) });
  });

  it('does not disguise a programming error', async () => {
    const port = createOfficeWorkbook(failingRun(new TypeError('x is undefined')));
    await expect(port.listSheets()).rejects.toThrow(TypeError);
  });
});
