import { displayWidth, renderTable } from '../../src/cli/format';

describe('displayWidth', () => {
  it('counts a composed Vietnamese letter as one column', () => {
    expect(displayWidth('Nhiệm vụ')).toBe(8);
  });

  it('counts a letter written with combining accents as one column', () => {
    const decomposed = 'Nhiệm vụ'.normalize('NFD');
    expect(decomposed.length).toBeGreaterThan(8);
    expect(displayWidth(decomposed)).toBe(8);
  });

  it('counts East Asian wide characters as two columns', () => {
    expect(displayWidth('工业')).toBe(4);
  });
});

describe('renderTable', () => {
  it('aligns columns by what the terminal shows, under a rule, with right-aligned numbers', () => {
    const table = renderTable(
      ['Cơ quan', 'Nhiệm vụ'],
      [
        ['Sở Công Thương', '12'],
        ['Sở Kế hoạch và Đầu tư'.normalize('NFD'), '3'],
      ],
      ['left', 'right'],
    );
    expect(table).toBe(
      [
        'Cơ quan                Nhiệm vụ',
        '---------------------  --------',
        'Sở Công Thương               12',
        'Sở Kế hoạch và Đầu tư         3',
        '',
      ].join('\n'),
    );
  });

  it('fills missing cells, keeps each cell on one line and trims trailing spaces', () => {
    const table = renderTable(['Tên', 'Quy mô', 'Ghi chú'], [['Nhà máy', '10 ha\n200 tỷ đồng']]);
    expect(table.split('\n')).toEqual([
      'Tên      Quy mô             Ghi chú',
      '-------  -----------------  -------',
      'Nhà máy  10 ha 200 tỷ đồng',
      '',
    ]);
  });
});
