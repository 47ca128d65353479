import { OfficeWorkbookError, toWorkbookError } from '../../../src/workbook/officejs/officeErrors';
import { WorkbookSpecError } from '../../../src/workbook/errors';
import { FakeOfficeError } from '../../support/fakeExcel';

describe('toWorkbookError', () => {
  it('turns an Office error into OfficeWorkbookError with its code, advice in Vietnamese and English, and Office’s detail', () => {
    const error = toWorkbookError(new FakeOfficeError('ItemNotFound', 'The requested resource doesn’t exist.', 'Worksheet.getItem'));
    expect(error).toBeInstanceOf(OfficeWorkbookError);
    expect(error).toMatchObject({
      code: 'ItemNotFound',
      message_vi: expect.stringMatching(/^Không tìm thấy trang tính hoặc bảng/),
      message_en: expect.stringMatching(/^A sheet or table that is needed was not found/),
      detail: 'The requested resource doesn’t exist. at Worksheet.getItem',
    });
  });

  it('still tells the officer what to do for a code it does not know', () => {
    expect(toWorkbookError(new FakeOfficeError('SomethingNew', 'x'))).toMatchObject({
      code: 'SomethingNew',
      message_vi: expect.stringMatching(/mã lỗi SomethingNew.*bộ phận hỗ trợ/),
    });
  });

  it('passes our own errors and programming errors through unchanged', () => {
    const spec = new WorkbookSpecError('A', 'bad');
    const bug = new TypeError('x');
    const office = new OfficeWorkbookError('ItemNotFound', 'vi', 'en');
    expect(toWorkbookError(spec)).toBe(spec);
    expect(toWorkbookError(bug)).toBe(bug);
    expect(toWorkbookError(office)).toBe(office);
  });
});
