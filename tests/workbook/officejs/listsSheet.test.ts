import { OfficeListsSheet } from '../../../src/workbook/officejs/listsSheet';

describe('OfficeListsSheet', () => {
  it('appends a new list in the next free column, from row 1', () => {
    const lists = new OfficeListsSheet(null);
    expect(lists.rangeFor(['a', 'b'])).toBe("'_lists'!$A$1:$A$2");
    expect(lists.rangeFor(['c'])).toBe("'_lists'!$B$1");
    expect(lists.newLists).toEqual([
      { col: 1, values: ['a', 'b'] },
      { col: 2, values: ['c'] },
    ]);
  });

  it('reuses a list already on the sheet and appends after the last used column', () => {
    const lists = new OfficeListsSheet({
      values: [
        ['a', 'x'],
        ['b', ''],
      ],
      rowIndex: 0,
      columnIndex: 0,
    });
    expect(lists.rangeFor(['a', 'b'])).toBe("'_lists'!$A$1:$A$2");
    expect(lists.rangeFor(['x'])).toBe("'_lists'!$B$1");
    expect(lists.rangeFor(['y'])).toBe("'_lists'!$C$1");
    expect(lists.newLists).toEqual([{ col: 3, values: ['y'] }]);
  });

  it('gives the same list the same range within one write', () => {
    const lists = new OfficeListsSheet(null);
    expect(lists.rangeFor(['a'])).toBe(lists.rangeFor(['a']));
    expect(lists.newLists).toHaveLength(1);
  });
});
