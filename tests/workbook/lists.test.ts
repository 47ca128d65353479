import { ListColumns, listCells, type ListColumn } from '../../src/workbook/lists';

describe('ListColumns', () => {
  it('reuses a list found on the sheet and appends a new one after the last used column', () => {
    const appended: ListColumn[] = [];
    const lists = new ListColumns([['Chủ trì', 'Phối hợp'], [], ['Có']], (list) => appended.push(list));
    expect(lists.columnFor(['Chủ trì', 'Phối hợp'])).toEqual({ col: 1, values: ['Chủ trì', 'Phối hợp'] });
    expect(lists.columnFor(['Hoàn thành']).col).toBe(4);
    expect(lists.columnFor(['Hoàn thành']).col).toBe(4);
    expect(appended).toEqual([{ col: 4, values: ['Hoàn thành'] }]);
  });

  it('starts a sheet without lists in column A', () => {
    const lists = new ListColumns([], () => undefined);
    expect(lists.columnFor(['a']).col).toBe(1);
    expect(lists.columnFor(['b']).col).toBe(2);
  });
});

describe('listCells', () => {
  it('names the cells of a list from row 1, in the absolute form', () => {
    expect(listCells({ col: 2, values: ['a', 'b', 'c'] })).toBe("'_lists'!$B$1:$B$3");
    expect(listCells({ col: 3, values: ['a'] })).toBe("'_lists'!$C$1");
  });
});
