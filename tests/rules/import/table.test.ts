import { TASK_COLUMNS, TASK_NUMBER, TaskColumn } from '../../../src/rules/import/columns';
import { isArabicNumber, isRomanNumeral, readTable, TableSpec } from '../../../src/rules/import/table';

const spec: TableSpec<TaskColumn> = { number: TASK_NUMBER, columns: TASK_COLUMNS, title: 'content', source: 'Phụ lục 1' };
const HEADER = 'STT\tNội dung\tCơ quan chủ trì\tCơ quan phối hợp\tThời gian thực hiện';
const rowsOf = (text: string) => readTable(text, spec).lines;

describe('isRomanNumeral', () => {
  it('accepts the group numerals I to XXX', () => {
    for (const n of ['I', 'II', 'IV', 'VIII', 'IX', 'XIV', 'XXX', 'III.']) expect(isRomanNumeral(n)).toBe(true);
  });
  it('rejects Arabic numbers, letters and malformed numerals', () => {
    for (const n of ['1', 'a', 'IIII', 'VX', '', 'i']) expect(isRomanNumeral(n)).toBe(false);
  });
});

describe('isArabicNumber', () => {
  it('accepts 1, 12, 3a and 4.', () => {
    for (const n of ['1', '12', '3a', '4.']) expect(isArabicNumber(n)).toBe(true);
  });
  it('rejects words', () => {
    for (const n of ['Tổng', 'a', '-', '']) expect(isArabicNumber(n)).toBe(false);
  });
});

describe('readTable', () => {
  it('skips the title lines before the header and reads groups and rows', () => {
    const text = ['Phụ lục 1', 'DANH MỤC', '', HEADER, 'I\tNhóm một\t\t\t', '1\tViệc một\tSở Công Thương\tSở Tài chính\t2022'].join('\n');
    expect(rowsOf(text)).toEqual([
      { kind: 'group', number: 'I', title: 'Nhóm một', line: 5 },
      {
        kind: 'row',
        number: '1',
        cells: { number: '1', content: 'Việc một', lead: 'Sở Công Thương', cooperating: 'Sở Tài chính', timeFrame: '2022' },
        lines: [6],
      },
    ]);
  });

  it('drops the header row Word repeats at every page break, and blank lines', () => {
    const text = [HEADER, '1\tA\tX\tY\t2022', '', HEADER, '2\tB\tX\tY\t2023'].join('\n');
    const table = readTable(text, spec);
    expect(table.lines.map((l) => l.number)).toEqual(['1', '2']);
    expect(table.findings).toEqual([]);
  });

  it('finds columns by header text in any order, with an unnamed STT column (Kế hoạch 157)', () => {
    const text = ['\tNội dung công việc\tThời gian thực hiện\tCơ quan chủ trì\tCơ quan phối hợp', '1\tViệc\t2021-2030\tSở Nội vụ\tSở Công Thương'].join(
      '\n',
    );
    const [row] = rowsOf(text);
    expect(row).toMatchObject({
      cells: { number: '1', content: 'Việc', timeFrame: '2021-2030', lead: 'Sở Nội vụ', cooperating: 'Sở Công Thương' },
    });
  });

  it('matches header text whatever its case, accents and spacing', () => {
    const text = ['stt\tNOI DUNG\tco quan  chu tri\tCơ quan phối hợp\tThời gian thực hiện', '1\tA\tX\tY\t2022'].join('\n');
    expect(rowsOf(text)).toHaveLength(1);
  });

  it('reads a short row as empty cells, never as its neighbour’s values', () => {
    const text = [HEADER, '1\tA\tX\tY\t2022', '2\tB'].join('\n');
    expect(rowsOf(text)[1]).toMatchObject({ cells: { content: 'B', lead: '', cooperating: '', timeFrame: '' } });
  });

  it('joins a line without STT to the row above it (a row broken across a page) and warns', () => {
    const text = [HEADER, '1\tXây dựng đề án\tSở Công Thương\t\t', '', HEADER, '\tphát triển công nghiệp\t\tSở Tài chính\t2022'].join('\n');
    const table = readTable(text, spec);
    expect(table.lines).toEqual([
      {
        kind: 'row',
        number: '1',
        cells: {
          number: '1',
          content: 'Xây dựng đề án phát triển công nghiệp',
          lead: 'Sở Công Thương',
          cooperating: 'Sở Tài chính',
          timeFrame: '2022',
        },
        lines: [2, 5],
      },
    ]);
    expect(table.findings).toEqual([
      expect.objectContaining({ code: 'empty-required', severity: 'warning', where: 'Phụ lục 1, dòng thứ 5 của bản dán', expected: '1' }),
    ]);
  });

  it('joins a plain line inside the table to the content of the row above', () => {
    const text = [HEADER, '1\tXây dựng đề án\tSở Công Thương\tSở Tài chính\t2022', 'về công nghiệp', '2\tB\tX\tY\t2023'].join('\n');
    expect(rowsOf(text)[0]).toMatchObject({ cells: { content: 'Xây dựng đề án về công nghiệp' }, lines: [2, 3] });
  });

  it('joins the rest of a broken group title to the group', () => {
    const text = [HEADER, 'I\tThực hiện tốt\t\t\t', '\tcông tác quy hoạch\t\t\t'].join('\n');
    expect(rowsOf(text)).toEqual([{ kind: 'group', number: 'I', title: 'Thực hiện tốt công tác quy hoạch', line: 2 }]);
  });

  it('ignores plain lines after the last table line (signature, next title)', () => {
    const text = [HEADER, '1\tA\tX\tY\t2022', '', '**ỦY BAN NHÂN DÂN', 'Phụ lục 2'].join('\n');
    const table = readTable(text, spec);
    expect(table.lines).toHaveLength(1);
    expect(table.findings).toEqual([]);
  });

  it('reads a Roman-numbered row as a group even with figures in it, and warns that they are not imported', () => {
    const table = readTable([HEADER, 'II\tNhóm hai\t\t\t2022-2025'].join('\n'), spec);
    expect(table.lines).toEqual([{ kind: 'group', number: 'II', title: 'Nhóm hai', line: 2 }]);
    expect(table.findings).toEqual([
      expect.objectContaining({ code: 'missing-column', severity: 'warning', rowId: 'II', column: 'Thời gian thực hiện', found: '2022-2025' }),
    ]);
  });

  it('reports a missing header instead of throwing', () => {
    const table = readTable('1\tA\tX\tY\t2022', spec);
    expect(table.lines).toEqual([]);
    expect(table.findings).toEqual([expect.objectContaining({ code: 'missing-column', severity: 'error' })]);
  });

  it('reports a header without a required column', () => {
    const table = readTable(['STT\tNội dung\tCơ quan phối hợp', '1\tA\tY'].join('\n'), spec);
    expect(table.lines).toEqual([]);
    expect(table.findings).toEqual([expect.objectContaining({ code: 'missing-column', column: 'Cơ quan chủ trì', severity: 'error' })]);
  });

  it('warns about an optional column the header lacks and reads its cells as empty', () => {
    const table = readTable(['STT\tNội dung\tCơ quan chủ trì', '1\tA\tX'].join('\n'), spec);
    expect(table.lines[0]).toMatchObject({ cells: { cooperating: '', timeFrame: '' } });
    expect(table.findings.map((f) => [f.code, f.severity, f.column])).toEqual([
      ['missing-column', 'warning', 'Cơ quan phối hợp'],
      ['missing-column', 'warning', 'Thời gian thực hiện'],
    ]);
  });

  it('reports a cell outside every column', () => {
    const table = readTable(['STT\tNội dung\tCơ quan chủ trì\tCơ quan phối hợp\tThời gian thực hiện', '1\tA\tX\tY\t2022\tthừa'].join('\n'), spec);
    expect(table.findings).toEqual([expect.objectContaining({ code: 'missing-column', found: 'thừa', severity: 'warning' })]);
  });

  it('rejects an STT it cannot read, and a first line without STT', () => {
    const table = readTable([HEADER, '\tA\tX\tY\t2022', 'Tổng\tB\tX\tY\t2022'].join('\n'), spec);
    expect(table.lines).toEqual([]);
    expect(table.findings.map((f) => [f.code, f.severity])).toEqual([
      ['empty-required', 'error'],
      ['invalid-number', 'error'],
    ]);
  });
});
