import { WorkbookReadError } from '../../../src/workbook/errors';
import { PaneError, cancelledError, describeError } from '../../../src/taskpane/jobs/describeError';

describe('describeError', () => {
  it('shows a typed error of an adapter in its own words, with its code', () => {
    const error = new WorkbookReadError('Tệp không phải là bảng tính Excel.', 'The file is not an Excel workbook.', 'zip');
    expect(describeError(error)).toEqual({
      kind: 'told',
      message: { vi: 'Tệp không phải là bảng tính Excel.', en: 'The file is not an Excel workbook.' },
      code: 'file-unreadable',
    });
  });

  it("shows a parser's rejection reason", () => {
    expect(describeError({ ok: false, reason_vi: 'Không đọc được kỳ báo cáo.', reason_en: 'Cannot read the period.' })).toEqual({
      kind: 'told',
      message: { vi: 'Không đọc được kỳ báo cáo.', en: 'Cannot read the period.' },
    });
  });

  it("shows the pane's own errors", () => {
    expect(describeError(new PaneError('Chưa có sổ.', 'No workbook.'))).toMatchObject({ kind: 'told', message: { vi: 'Chưa có sổ.' } });
  });

  it('tells a stop apart from a failure', () => {
    expect(describeError(cancelledError())).toEqual({ kind: 'cancelled' });
    const controller = new AbortController();
    controller.abort();
    expect(describeError(controller.signal.reason)).toEqual({ kind: 'cancelled' });
  });

  it('keeps the technical detail of anything else, for support', () => {
    expect(describeError(new TypeError('x is undefined'))).toEqual({ kind: 'unexpected', detail: 'TypeError: x is undefined' });
    expect(describeError('odd')).toEqual({ kind: 'unexpected', detail: 'odd' });
  });

  it('does not take a half-translated message for an officer-facing one', () => {
    expect(describeError({ message_vi: 'Chỉ tiếng Việt', message_en: '' })).toMatchObject({ kind: 'unexpected' });
  });
});
