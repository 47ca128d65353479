import { createOfficeWorkbook } from '../../../src/workbook/officejs/officeWorkbook';
import { compareVersions, detectFeatures, minimumExcelOnly } from '../../../src/workbook/officejs/requirements';
import { FakeExcel } from '../../support/fakeExcel';
import { appendixSheet, masterSpecs } from './fixtures';

describe('compareVersions', () => {
  it('orders 1.10 after 1.9', () => {
    expect(compareVersions('1.10', '1.9')).toBe(1);
    expect(compareVersions('1.7', '1.7')).toBe(0);
    expect(compareVersions('1.2', '1.18')).toBe(-1);
  });
});

describe('detectFeatures', () => {
  const at = (version: string) => detectFeatures(new FakeExcel({ apiVersion: version }).isSetSupported);

  it('on ExcelApi 1.7 (Office 2019) uses nothing newer', () => {
    expect(at('1.7')).toEqual({ suspendCalculation: true, dataValidation: false, suspendScreenUpdating: false, pageLayout: false, notes: null });
  });

  it('assumes only ExcelApi 1.7 when nothing tells it more', () => {
    expect(detectFeatures(minimumExcelOnly)).toEqual(at('1.7'));
  });

  it('writes notes as threaded comments from ExcelApi 1.10 and as notes from ExcelApi 1.18', () => {
    expect(at('1.10').notes).toBe('comments');
    expect(at('1.18').notes).toBe('notes');
  });

  it('turns on validation at 1.8, and page layout and screen suspension at 1.9', () => {
    expect(at('1.8')).toMatchObject({ dataValidation: true, pageLayout: false });
    expect(at('1.9')).toMatchObject({ pageLayout: true, suspendScreenUpdating: true });
  });
});

describe('the adapter on older Excel', () => {
  const write = async (apiVersion: string) => {
    const fake = new FakeExcel({ apiVersion });
    const messages: [string, string][] = [];
    const port = createOfficeWorkbook(fake.run, {
      isSetSupported: fake.isSetSupported,
      onDegraded: (vi, en) => messages.push([vi, en]),
    });
    await port.writeSheets([...masterSpecs(5), appendixSheet(3)]);
    return { fake, messages };
  };

  it('on ExcelApi 1.7 writes everything it can, without any API the host lacks', async () => {
    const { fake } = await write('1.7');
    expect(fake.sheet('Nhiệm vụ')?.validations).toEqual([]);
    expect(fake.sheet('Phụ lục')?.notes).toEqual([]);
    expect(fake.sheet('Phụ lục')?.pageLayout).toEqual({});
    expect(fake.sheet('Nhiệm vụ')?.protection.protected).toBe(true);
    expect(fake.sheet('Nhiệm vụ')?.frozenRows).toBe(1);
    expect(fake.sheet('Phụ lục')?.cell('D4')?.hyperlink).toBeTruthy();
  });

  it('tells the officer once per left-out feature, in Vietnamese and English, naming the sheets', async () => {
    const { messages } = await write('1.7');
    expect(messages).toHaveLength(3);
    const [validation, notes, print] = messages;
    expect(validation[0]).toMatch(/^Phiên bản Excel này chưa hỗ trợ danh sách thả xuống.*"Nhiệm vụ", "Dự án", "Nguồn vốn", "Báo cáo nhiệm vụ"/);
    expect(validation[1]).toMatch(/drop-down lists/);
    expect(notes[0]).toMatch(/ghi chú.*"Phụ lục"/);
    expect(print[1]).toMatch(/Page Layout/);
  });

  it('on ExcelApi 1.10 writes notes as threaded comments and reports nothing left out', async () => {
    const { fake, messages } = await write('1.10');
    expect(fake.sheet('Phụ lục')?.notes).toEqual([{ address: 'A2', content: 'Số liệu chốt đến 14/12/2022', kind: 'comment' }]);
    expect(messages).toEqual([]);
  });
});
