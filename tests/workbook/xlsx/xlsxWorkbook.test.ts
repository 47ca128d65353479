import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import type { SheetSpec, TableSpec, WorkbookFile } from '../../../src/workbook/port';
import { WorkbookLimitError, WorkbookReadError, WorkbookSpecError } from '../../../src/workbook/errors';
import { createXlsx, openXlsx } from '../../../src/workbook/xlsx/xlsxWorkbook';
import { AGENCIES, allSheets, guideSheet, hiddenSheet, metaSheet, ROLES, STATUSES, tasksSheet, tasksTable } from './fixtures';
import { readPart, readSheetPart, rewriteParts } from './xlsxParts';

async function written(specs: readonly SheetSpec[] = allSheets()): Promise<ArrayBuffer> {
  const workbook = createXlsx();
  await workbook.writeSheets(specs);
  return workbook.toArrayBuffer();
}

async function reopened(specs?: readonly SheetSpec[]): Promise<WorkbookFile> {
  return openXlsx(await written(specs));
}

/** The same bytes as exceljs itself reads them, to look at styles the port does not return. */
async function excelView(file: ArrayBuffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(file as unknown as Parameters<ExcelJS.Workbook['xlsx']['load']>[0]);
  return workbook;
}

describe('createXlsx().writeSheets then openXlsx', () => {
  let file: ArrayBuffer;
  let workbook: WorkbookFile;

  beforeAll(async () => {
    file = await written();
    workbook = await openXlsx(file);
  });

  it('lists the sheets in the order written, with their states, and the drop-down lists sheet last', async () => {
    expect(await workbook.listSheets()).toEqual([
      { name: 'Hướng dẫn', state: 'visible' },
      { name: 'Nhiệm vụ', state: 'visible' },
      { name: 'Phụ lục', state: 'visible' },
      { name: '_meta', state: 'veryHidden' },
      { name: 'Tham số', state: 'hidden' },
      { name: '_lists', state: 'hidden' },
    ]);
  });

  it('writes a real Excel table that reads back by name with its headers and rows', async () => {
    const { tblTasks } = await workbook.readTables(['tblTasks']);
    expect(tblTasks).toEqual({
      name: 'tblTasks',
      sheet: 'Nhiệm vụ',
      at: 'A1',
      headers: tasksTable().columns.map((c) => c.header),
      rows: [
        // The last column was left out of the spec: it reads back as null.
        [
          'I.1',
          'Rà soát, điều chỉnh quy hoạch phát triển công nghiệp',
          'Chủ trì',
          'Đang triển khai',
          50,
          null,
          '=SUM(A1)',
          null,
        ],
        [
          'I.2',
          'Xây dựng kế hoạch xúc tiến đầu tư',
          'Phối hợp, hỗ trợ',
          'Hoàn thành',
          100,
          { date: '2022-06-30' },
          'Đã ban hành',
          'Sở Công Thương',
        ],
        ['I.3', 'Hỗ trợ doanh nghiệp đổi mới công nghệ', null, null, null, null, null, null],
      ],
    });
    const table = await readPart(file, 'xl/tables/table1.xml');
    expect(table).toContain('name="tblTasks"');
    expect(table).toContain('ref="A1:H4"');
    expect(table).toContain('headerRowCount="1"');
    expect(table).toContain('<autoFilter ref="A1:H4">');
    expect(table).toContain('<tableStyleInfo name="TableStyleMedium2"');
  });

  it('maps a missing table to null and finds a table whatever the case of its name', async () => {
    const tables = await workbook.readTables(['tblMissing', 'TBLTASKS']);
    expect(tables.tblMissing).toBeNull();
    expect(tables.TBLTASKS?.name).toBe('tblTasks');
  });

  it('writes text starting with "=" as text, never as a formula', async () => {
    const grid = await workbook.readSheet('Nhiệm vụ');
    expect(grid?.rows[1][6]).toEqual({ value: '=SUM(A1)', locked: false });
    const xml = await readSheetPart(file, 'Nhiệm vụ');
    expect(xml).toMatch(/<c r="G2" s="\d+" t="s"><v>\d+<\/v><\/c>/);
    expect(xml).not.toContain('<f>SUM(A1)</f>');
  });

  it('writes formulas as formulas and reads them with their formula text', async () => {
    const grid = await workbook.readSheet('Phụ lục');
    const total = grid?.rows[47][4];
    expect(total?.formula).toBe('SUM(E8:E47)');
    expect(total?.numberFormat).toBe('#,##0.00');
  });

  it('round-trips dates as UTC midnight with dd/mm/yyyy unless the style gives a format', async () => {
    const grid = await workbook.readSheet('Hướng dẫn');
    expect(grid?.rows[2][0]).toMatchObject({ value: { date: '2022-12-15' }, numberFormat: 'dd/mm/yyyy' });
    expect(grid?.rows[4][0]).toMatchObject({ value: { date: '2022-12-15' }, numberFormat: 'yyyy-mm-dd' });
    expect(await readSheetPart(file, 'Hướng dẫn')).toContain('<c r="A3" s="2"><v>44910</v></c>');
  });

  it('reads booleans, notes and internal links', async () => {
    const grid = await workbook.readSheet('Hướng dẫn');
    expect(grid?.rows[3][0]?.value).toBe(true);
    expect(grid?.rows[1][0]).toEqual({
      value: 'Điền báo cáo tại trang Nhiệm vụ',
      hyperlink: "'Nhiệm vụ'!E2",
      note: 'Bấm để chuyển đến trang Nhiệm vụ',
      locked: true,
    });
    expect((await workbook.readSheet('Phụ lục'))?.rows[7][5]?.note).toBe('Số liệu theo Quyết định 1234/QĐ-UBND');
  });

  it('writes an internal link as a "#Sheet!$A$1" target without a location, so Excel does not double it', async () => {
    const sheetXml = await readSheetPart(file, 'Hướng dẫn');
    expect(sheetXml).toMatch(/<hyperlink ref="A2" r:id="rId\d+"\/>/);
    const rels = await readPart(file, 'xl/worksheets/_rels/sheet1.xml.rels');
    expect(rels).toContain('Target="#&apos;Nhiệm vụ&apos;!$E$2"');
  });

  it('applies column styles to data cells: number formats, and answer columns unlocked', async () => {
    const grid = await workbook.readSheet('Nhiệm vụ');
    expect(grid?.rows[1][0]).toEqual({ value: 'I.1', locked: true });
    expect(grid?.rows[1][4]).toEqual({ value: 50, numberFormat: '0.0', locked: false });
    expect(grid?.rows[2][5]).toEqual({ value: { date: '2022-06-30' }, numberFormat: 'dd/mm/yyyy', locked: false });
    const ws = (await excelView(file)).getWorksheet('Nhiệm vụ');
    expect(ws?.getCell('A1').font).toMatchObject({ bold: true });
    expect(ws?.getCell('B2').alignment).toMatchObject({ wrapText: true, vertical: 'top' });
    expect(ws?.getCell('C4').protection).toMatchObject({ locked: false });
    expect(ws?.getColumn(1).width).toBe(8);
    expect(ws?.getColumn(2).width).toBe(50);
  });

  it('writes cell styles: Times New Roman, borders, fills, wrap and alignment', async () => {
    const ws = (await excelView(file)).getWorksheet('Phụ lục');
    const header = ws?.getCell('B5');
    expect(header?.font).toMatchObject({ name: 'Times New Roman', size: 12, bold: true });
    expect(header?.border).toEqual({
      top: { style: 'thin' },
      left: { style: 'thin' },
      bottom: { style: 'thin' },
      right: { style: 'thin' },
    });
    expect(header?.fill).toMatchObject({ type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } });
    expect(header?.alignment).toMatchObject({ horizontal: 'center', vertical: 'middle', wrapText: true });
    expect(ws?.getCell('A4').font).toMatchObject({ italic: true });
    expect(ws?.getRow(5).height).toBe(32);
  });

  it('writes list validations inline when short, and from the hidden _lists sheet otherwise', async () => {
    const xml = await readSheetPart(file, 'Nhiệm vụ');
    const rule = (sqref: string): string => new RegExp(`<dataValidation [^>]*sqref="${sqref}">.*?</dataValidation>`, 's').exec(xml)?.[0] ?? '';
    // A value with a comma cannot be inline.
    expect(rule('C2:C4')).toContain('<formula1>_lists_1</formula1>');
    expect(rule('D2:D4')).toContain(`<formula1>&quot;${STATUSES.join(',')}&quot;</formula1>`);
    // Longer than 255 characters once joined.
    expect(`"${AGENCIES.join(',')}"`.length).toBeGreaterThan(255);
    expect(rule('H2:H4')).toContain('<formula1>_lists_2</formula1>');
    const workbookXml = await readPart(file, 'xl/workbook.xml');
    expect(workbookXml).toContain('<definedName name="_lists_1">&apos;_lists&apos;!$A$1:$A$2</definedName>');
    expect(workbookXml).toContain(`<definedName name="_lists_2">&apos;_lists&apos;!$B$1:$B$${AGENCIES.length}</definedName>`);
    expect(rule('D2:D4')).toContain('showErrorMessage="1"');
    expect(rule('D2:D4')).toContain('errorTitle="Giá trị không hợp lệ"');

    const lists = await workbook.readSheet('_lists');
    expect(lists?.rows.map((r) => r[0]?.value ?? null)).toEqual([...ROLES, ...Array(AGENCIES.length - ROLES.length).fill(null)]);
    expect(lists?.rows.map((r) => r[1]?.value)).toEqual(AGENCIES);
    expect(lists?.protected).toBe(true);
  });

  it('writes number and date validations with their bounds and a Vietnamese message', async () => {
    const xml = await readSheetPart(file, 'Nhiệm vụ');
    expect(xml).toMatch(
      /<dataValidation type="decimal" [^>]*error="Đề nghị nhập một số từ 0 đến 100\.\nEnter a number from 0 to 100\." sqref="E2:E4"><formula1>0<\/formula1><formula2>100<\/formula2>/,
    );
    // 44562 is 01/01/2022 and 47848 is 31/12/2030.
    expect(xml).toMatch(/<dataValidation type="date" [^>]*sqref="F2:F4"><formula1>44562<\/formula1><formula2>47848<\/formula2>/);
    expect(xml).toContain('từ 01/01/2022 đến 31/12/2030');
  });

  it('protects a sheet without a password, leaving selection, resizing, sorting and filtering open', async () => {
    const xml = await readSheetPart(file, 'Nhiệm vụ');
    const protection = /<sheetProtection [^>]*\/>/.exec(xml)?.[0] ?? '';
    expect(protection).toBe('<sheetProtection sheet="1" formatColumns="0" formatRows="0" sort="0" autoFilter="0" objects="1" scenarios="1"/>');
    expect(protection).not.toMatch(/password|hashValue|saltValue|algorithmName/);
    expect((await workbook.readSheet('Nhiệm vụ'))?.protected).toBe(true);
    expect((await workbook.readSheet('Phụ lục'))?.protected).toBe(false);
  });

  it('freezes the header row and colours the tab', async () => {
    const xml = await readSheetPart(file, 'Nhiệm vụ');
    expect(xml).toContain('<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>');
    expect(xml).toContain('<tabColor rgb="FF1F4E79"/>');
  });

  it('merges cells and reads the covered cells as null', async () => {
    const grid = await workbook.readSheet('Phụ lục');
    expect(grid?.rows[0].slice(0, 3)).toEqual([{ value: 'UBND TỈNH KIÊN GIANG', locked: true }, null, null]);
    expect(grid?.rows[6][1]?.value).toBe('PHÁT TRIỂN CÁC KHU, CỤM CÔNG NGHIỆP');
    expect(grid?.rows[6].slice(2)).toEqual([null, null, null, null]);
    expect(await readSheetPart(file, 'Phụ lục')).toContain(
      '<mergeCells count="5"><mergeCell ref="A1:C1"/><mergeCell ref="A2:F2"/><mergeCell ref="A3:F3"/><mergeCell ref="A4:F4"/><mergeCell ref="B7:F7"/></mergeCells>',
    );
  });

  it('sets up printing: A4 landscape, margins in inches, one page wide, header rows repeated', async () => {
    const xml = await readSheetPart(file, 'Phụ lục');
    expect(xml).toContain('<pageSetUpPr fitToPage="1"/>');
    expect(xml).toMatch(/<pageSetup paperSize="9" orientation="landscape" [^>]*fitToWidth="1" fitToHeight="0"\/>/);
    const margins = /<pageMargins ([^/]*)\/>/.exec(xml)?.[1] ?? '';
    const inches = Object.fromEntries([...margins.matchAll(/(\w+)="([\d.]+)"/g)].map((m) => [m[1], Number(m[2])]));
    expect(inches.top).toBeCloseTo(2 / 2.54, 6);
    expect(inches.left).toBeCloseTo(3 / 2.54, 6);
    expect(inches.right).toBeCloseTo(1.5 / 2.54, 6);
    expect(await readPart(file, 'xl/workbook.xml')).toContain(
      '<definedName name="_xlnm.Print_Titles" localSheetId="2">&apos;Phụ lục&apos;!$5:$6</definedName>',
    );
  });

  it('gives the used range as a dense grid trimmed of empty trailing rows', async () => {
    const grid = await workbook.readSheet('Phụ lục');
    expect(grid?.rows).toHaveLength(48);
    expect(new Set(grid?.rows.map((r) => r.length))).toEqual(new Set([6]));
    expect(await workbook.readSheet('Không có')).toBeNull();
  });

  it('asks Excel to calculate formulas on open, since they are written without results', async () => {
    expect(await readPart(file, 'xl/workbook.xml')).toMatch(/<calcPr [^>]*fullCalcOnLoad="1"/);
  });
});

describe('writeSheets on an existing workbook', () => {
  it('replaces a sheet in place, keeping its position in the tab bar', async () => {
    const workbook = await reopened();
    await workbook.writeSheets([
      tasksSheet({ ...tasksTable(), rows: [['II.1', 'Nhiệm vụ mới']] }, 'B3'),
      { name: 'Tổng hợp', blocks: [{ kind: 'cells', at: 'A1', rows: [[{ value: 'mới' }]] }] },
    ]);
    const again = await openXlsx(await workbook.toArrayBuffer());
    expect((await again.listSheets()).map((s) => s.name)).toEqual([
      'Hướng dẫn',
      'Nhiệm vụ',
      'Phụ lục',
      '_meta',
      'Tham số',
      'Tổng hợp',
      '_lists',
    ]);
    const { tblTasks } = await again.readTables(['tblTasks']);
    expect(tblTasks?.at).toBe('B3');
    expect(tblTasks?.rows).toEqual([['II.1', 'Nhiệm vụ mới', null, null, null, null, null, null]]);
    expect((await again.readSheet('Nhiệm vụ'))?.rows[0]).toEqual(Array(9).fill(null));
  });

  it('reuses a list already on the _lists sheet, and its name, instead of adding it again', async () => {
    const workbook = await reopened();
    await workbook.writeSheets([tasksSheet()]);
    const file = await workbook.toArrayBuffer();
    expect((await (await openXlsx(file)).readSheet('_lists'))?.rows[0]).toHaveLength(2);
    expect((await readPart(file, 'xl/workbook.xml')).match(/<definedName name="_lists_\d+">/g)).toHaveLength(2);
    expect(await readSheetPart(file, 'Nhiệm vụ')).toContain('<formula1>_lists_2</formula1>');
  });

  it('removes sheets, with the names that pointed into them', async () => {
    const source = new ExcelJS.Workbook();
    source.addWorksheet('Hướng dẫn').getCell('A1').value = 'x';
    source.addWorksheet('Tham số').getCell('B1').value = '2022';
    source.definedNames.add("'Tham số'!$B$1", 'reportPeriod');
    source.definedNames.add("'Hướng dẫn'!$A$1", 'guideTitle');
    const workbook = await openXlsx(toArrayBuffer(await source.xlsx.writeBuffer()));
    await workbook.writeSheets([], ['Tham số', 'Không có']);
    const file = await workbook.toArrayBuffer();
    expect((await (await openXlsx(file)).listSheets()).map((s) => s.name)).toEqual(['Hướng dẫn']);
    const xml = await readPart(file, 'xl/workbook.xml');
    expect(xml).not.toContain('reportPeriod');
    expect(xml).toContain('guideTitle');
  });

  it('opens on the first visible sheet, with only its tab selected', async () => {
    const file = await written([metaSheet(), hiddenSheet(), guideSheet()]);
    expect(await readPart(file, 'xl/workbook.xml')).toContain('activeTab="2"');
    expect(await readSheetPart(file, 'Hướng dẫn')).toContain('tabSelected="1"');
    expect(await readSheetPart(file, '_meta')).not.toContain('tabSelected="1"');
  });

  it('writes an empty table with one empty row, as Excel does, and reads it as no rows', async () => {
    const file = await written([tasksSheet({ ...tasksTable(), rows: [] })]);
    expect(await readPart(file, 'xl/tables/table1.xml')).toContain('ref="A1:H2"');
    expect((await (await openXlsx(file)).readTables(['tblTasks'])).tblTasks?.rows).toEqual([]);
  });
});

describe('writeSheets refuses specs Excel would repair, and writes nothing', () => {
  const tableSheet = (patch: Partial<TableSpec>): SheetSpec => tasksSheet({ ...tasksTable(), ...patch });

  it.each<[string, SheetSpec[]]>([
    ['repeated headers (Excel ignores case)', [tableSheet({ columns: [{ header: 'Mã' }, { header: 'MÃ' }], rows: [] })]],
    ['a header with a line break', [tableSheet({ columns: [{ header: 'Kết quả\nthực hiện' }], rows: [] })]],
    ['an empty header', [tableSheet({ columns: [{ header: ' ' }], rows: [] })]],
    ['a table name with a space', [tableSheet({ name: 'tbl Tasks' })]],
    ['a table name that is a cell reference', [tableSheet({ name: 'TBL1' })]],
    ['an R1C1-like table name', [tableSheet({ name: 'R1C1' })]],
    ['an unknown table style', [tableSheet({ style: 'TableStyleMedium99' })]],
    ['a row longer than the columns', [tableSheet({ columns: [{ header: 'Mã' }], rows: [['a', 'b']] })]],
    ['a number that is not finite', [tableSheet({ rows: [[Number.NaN]] })]],
    ['a date that does not exist', [tableSheet({ rows: [[{ date: '2022-02-30' }]] })]],
    ['a list validation without values', [tableSheet({ columns: [{ header: 'Mã', validation: { type: 'list', values: [] } }], rows: [] })]],
    ['a number validation with min above max', [tableSheet({ columns: [{ header: 'Mã', validation: { type: 'decimal', min: 5, max: 1 } }], rows: [] })]],
    ['the same table name on two sheets', [tasksSheet(), { ...tasksSheet(), name: 'Nhiệm vụ 2' }]],
    ['a sheet name longer than 31 characters', [{ ...guideSheet(), name: 'Báo cáo kết quả thực hiện nhiệm vụ năm 2022' }]],
    ["a sheet name with an apostrophe", [{ ...guideSheet(), name: "Sở's" }]],
    ['the reserved _lists name', [{ ...guideSheet(), name: '_lists' }]],
    ['the same sheet twice', [guideSheet(), guideSheet()]],
    ['hiding the last visible sheet', [{ ...guideSheet(), state: 'hidden' }]],
    [
      'a table under merged cells',
      [{ ...tasksSheet(), blocks: [...tasksSheet().blocks, { kind: 'cells', at: 'J1', rows: [[{ value: 'x' }]], merges: ['A1:B1'] }] }],
    ],
    [
      'overlapping blocks',
      [{ ...tasksSheet(), blocks: [...tasksSheet().blocks, { kind: 'cells', at: 'C2', rows: [[{ value: 'x' }]] }] }],
    ],
    [
      'overlapping merges',
      [{ name: 'Phụ lục', blocks: [{ kind: 'cells', at: 'A1', rows: [[{ value: 'x' }]], merges: ['A1:C1', 'C1:D2'] }] }],
    ],
    ['a link to no cell', [{ name: 'Phụ lục', blocks: [{ kind: 'cells', at: 'A1', rows: [[{ value: 'x', link: 'Nhiệm vụ' }]] }] }]],
    ['a colour that is not RRGGBB', [{ ...guideSheet(), tabColor: 'blue' }]],
  ])('refuses %s', async (_, specs) => {
    const workbook = await reopened([guideSheet()]);
    const before = await workbook.listSheets();
    await expect(workbook.writeSheets(specs)).rejects.toBeInstanceOf(WorkbookSpecError);
    expect(await workbook.listSheets()).toEqual(before);
  });

  it('refuses to remove the _lists sheet that validations read from', async () => {
    const workbook = await reopened();
    await expect(workbook.writeSheets([], ['_lists'])).rejects.toBeInstanceOf(WorkbookSpecError);
  });

  it('refuses to save a workbook that has no sheet yet', async () => {
    await expect(createXlsx().toArrayBuffer()).rejects.toBeInstanceOf(WorkbookSpecError);
  });
});

describe('openXlsx', () => {
  it('accepts a Uint8Array as well as an ArrayBuffer, and returns a standalone ArrayBuffer', async () => {
    const file = await written([guideSheet()]);
    const bytes = new Uint8Array(file.byteLength + 8);
    bytes.set(new Uint8Array(file), 8);
    const workbook = await openXlsx(bytes.subarray(8));
    const out = await workbook.toArrayBuffer();
    expect(Object.prototype.toString.call(out)).toBe('[object ArrayBuffer]');
    expect([...new Uint8Array(out, 0, 2)]).toEqual([0x50, 0x4b]);
    expect((await workbook.listSheets()).map((s) => s.name)).toEqual(['Hướng dẫn']);
  });

  it('opens and saves a workbook without views or calculation settings, as some programs write it', async () => {
    const bare = await rewriteParts(await written([guideSheet(), tasksSheet()]), (_, xml) =>
      xml.replace(/<bookViews>.*?<\/bookViews>|<sheetViews>.*?<\/sheetViews>|<calcPr [^>]*\/>/g, ''),
    );
    const workbook = await openXlsx(bare);
    await workbook.writeSheets([hiddenSheet()]);
    const xml = await readPart(await workbook.toArrayBuffer(), 'xl/workbook.xml');
    expect(xml).toContain('activeTab="0"');
    expect(xml).toMatch(/<calcPr [^>]*fullCalcOnLoad="1"/);
  });

  it.each<[string, Uint8Array]>([
    ['empty bytes', new Uint8Array()],
    ['text', new TextEncoder().encode('Mã,Nội dung\nI.1,Rà soát')],
    ['a truncated zip', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5, 6, 7, 8])],
    ['random bytes', Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919) % 251)],
  ])('rejects %s with WorkbookReadError', async (_, bytes) => {
    const error = await openXlsx(bytes).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WorkbookReadError);
    expect(error).toMatchObject({ code: 'file-unreadable', message_vi: expect.stringContaining('Đề nghị') });
  });

  it('rejects a zip that is not a workbook', async () => {
    const zip = new JSZip();
    zip.file('word/document.xml', '<document/>');
    const bytes = await zip.generateAsync({ type: 'uint8array' });
    await expect(openXlsx(bytes)).rejects.toBeInstanceOf(WorkbookReadError);
  });

  it('says so when the file is password-protected or an old .xls', async () => {
    const ole = new Uint8Array(512);
    ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    await expect(openXlsx(ole)).rejects.toMatchObject({
      name: 'WorkbookReadError',
      message_vi: expect.stringContaining('mật khẩu'),
    });
  });
});

describe('size limits', () => {
  let file: ArrayBuffer;
  beforeAll(async () => {
    file = await written();
  });

  it.each<[string, object, string, number]>([
    ['rows', { maxRows: 47 }, 'rows', 48],
    ['columns', { maxColumns: 5 }, 'columns', 6],
    ['cells', { maxCells: 287 }, 'cells', 288],
  ])('stops reading a sheet with too many %s', async (_, limits, limit, found) => {
    const workbook = await openXlsx(file, { limits });
    const error = await workbook.readSheet('Phụ lục').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WorkbookLimitError);
    expect(error).toMatchObject({ code: 'file-too-large', sheet: 'Phụ lục', limit, found });
  });

  it('reads a sheet exactly at the limits', async () => {
    const workbook = await openXlsx(file, { limits: { maxRows: 48, maxColumns: 6, maxCells: 288 } });
    expect((await workbook.readSheet('Phụ lục'))?.rows).toHaveLength(48);
  });

  it('applies the limits to tables too', async () => {
    const workbook = await openXlsx(file, { limits: { maxRows: 2 } });
    await expect(workbook.readTables(['tblTasks'])).rejects.toBeInstanceOf(WorkbookLimitError);
  });
});

function toArrayBuffer(bytes: ArrayBuffer | Uint8Array): ArrayBuffer {
  const view = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  return view.slice().buffer;
}
