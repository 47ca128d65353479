import { FindingCode } from '../../../src/domain/finding';
import { findingCodeName } from '../../../src/taskpane/i18n/findingCodes';

describe('findingCodeName', () => {
  it('names every finding code in both languages', () => {
    for (const code of FindingCode.options) {
      const name = findingCodeName(code);
      expect(name.vi).not.toBe(code);
      expect(name.en).not.toBe(code);
    }
  });

  it('names the codes of the file gate', () => {
    expect(findingCodeName('encrypted')).toEqual({ vi: 'Tệp có mật khẩu', en: 'Password-protected file' });
  });

  it('shows a code it does not know as it is', () => {
    expect(findingCodeName('some-new-code')).toEqual({ vi: 'some-new-code', en: 'some-new-code' });
  });
});
