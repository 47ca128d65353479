/**
 * Load-before-read and sync-before-use, checked with Microsoft's own mock (office-addin-mock): a
 * property read before `load` gives "property was not loaded", one read after `load` but before
 * `context.sync()` gives "context.sync() was not called" — either would show in the result.
 */
import { OfficeMockObject } from 'office-addin-mock';
import { createOfficeWorkbook } from '../../../src/workbook/officejs/officeWorkbook';

// office-addin-mock needs only the host names of office-addin-manifest, whose dependencies ship
// as ES modules that Jest does not load from node_modules.
jest.mock('office-addin-manifest', () => ({
  OfficeApp: {
    Excel: 'excel',
    OneNote: 'onenote',
    Outlook: 'outlook',
    PowerPoint: 'powerpoint',
    Project: 'project',
    Word: 'word',
  },
}));

const mockData = () => ({
  context: {
    workbook: {
      worksheets: {
        sheet: {
          name: 'Nhiệm vụ',
          visibility: 'Visible',
          protection: { protected: true },
          usedRange: {
            values: [['Mã', 'Tỷ lệ (%)'], ['I.1', 50]],
            formulas: [['Mã', 'Tỷ lệ (%)'], ['I.1', '=25*2']],
            numberFormat: [['@', '@'], ['@', '0.0']],
            rowIndex: 0,
            columnIndex: 0,
          },
          getUsedRangeOrNullObject(this: { usedRange: unknown }) {
            return this.usedRange;
          },
        },
        getItemOrNullObject(this: { sheet: unknown }) {
          return this.sheet;
        },
      },
    },
  },
});

describe('readSheet under office-addin-mock', () => {
  it('loads what it reads and syncs before using it', async () => {
    const mock = new OfficeMockObject(mockData());
    const context = mock.context;
    // The mock knows null objects only as set here; everything else must be loaded and synced.
    context.workbook.worksheets.sheet.isNullObject = false;
    context.workbook.worksheets.sheet.usedRange.isNullObject = false;
    expect(context.workbook.worksheets.sheet.name).toBe('Error, property was not loaded');

    const port = createOfficeWorkbook((batch) => batch(context as unknown as Excel.RequestContext));
    expect(await port.readSheet('Nhiệm vụ')).toEqual({
      name: 'Nhiệm vụ',
      state: 'visible',
      protected: true,
      rows: [
        [
          { value: 'Mã', numberFormat: '@' },
          { value: 'Tỷ lệ (%)', numberFormat: '@' },
        ],
        [
          { value: 'I.1', numberFormat: '@' },
          { value: 50, formula: '25*2', numberFormat: '0.0' },
        ],
      ],
    });
  });
});
