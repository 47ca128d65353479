import { readFileSync } from 'fs';
import { join } from 'path';
import { parsePeriod } from '../../../src/domain/period';
import { Plan } from '../../../src/domain/plan';
import { Reports } from '../../../src/domain/report';
import { computeReport } from '../../../src/app/report';
import { taskAppendix } from '../../../src/layout/report/appendixTasks';
import type { SheetSpec } from '../../../src/workbook/port';
import { appendixContext, AS_OF, kg40, kg40Reports, kg40Tables, layouts, year2022 } from './fixtures';
import { address, cellAt, columnWith, rowValues, rowWith, rowsWith, sheetRows, valueAt } from './sheetCells';

const layout = layouts().tasks;

function appendix(options = {}, reports = kg40Reports(), tables = kg40Tables()): SheetSpec {
  return taskAppendix({ plan: kg40(), reports, compliance: tables.compliance }, appendixContext(options, tables), layout);
}

const headerRow = (spec: SheetSpec): number => rowWith(spec, 1, 'STT');
const merges = (spec: SheetSpec): readonly string[] => (spec.blocks[0]?.kind === 'cells' ? (spec.blocks[0].merges ?? []) : []);
const taskRow = (spec: SheetSpec, content: string): number => rowWith(spec, 2, content);
const TASK_I1 = 'Xây dựng và hoàn chỉnh phương án phát triển công nghiệp để tích hợp vào quy hoạch tỉnh thời kỳ 2021-2030, tầm nhìn đến năm 2050.';

describe('taskAppendix: the frame of Nghị định 30/2020', () => {
  const spec = appendix();

  it('puts the issuing body in bold capitals at the top left, its province on the second line', () => {
    const heading = cellAt(spec, 'A1');
    expect(heading?.value).toBe('ỦY BAN NHÂN DÂN\nTỈNH KIÊN GIANG');
    expect(heading?.style).toMatchObject({ bold: true, horizontal: 'center', wrap: true, fontName: 'Times New Roman', fontSize: 13 });
    expect(merges(spec)).toContain('A1:C1');
  });

  it('centres "Phụ lục I" in bold on a line of its own, across the table', () => {
    const row = rowWith(spec, 1, 'Phụ lục I');
    expect(cellAt(spec, address(1, row))?.style).toMatchObject({ bold: true, horizontal: 'center', fontSize: 14 });
    expect(merges(spec)).toContain(`A${row}:G${row}`);
  });

  it('numbers the appendix in Arabic figures when the layout says so', () => {
    const arabic = { ...layouts().report, appendix: { ...layouts().report.appendix, numbering: 'arabic' as const } };
    const context = { ...appendixContext(), layout: arabic };
    const spec2 = taskAppendix({ plan: kg40(), reports: kg40Reports(), compliance: kg40Tables().compliance }, context, layout);
    expect(rowsWith(spec2, 1, 'Phụ lục 1')).toHaveLength(1);
  });

  it('writes the caption in bold capitals under it, naming the period and the plan', () => {
    const row = rowWith(spec, 1, 'Phụ lục I') + 1;
    expect(valueAt(spec, `A${row}`)).toBe(
      'KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ CỤ THỂ NĂM 2022\nTHEO KẾ HOẠCH SỐ 40/KH-UBND NGÀY 23/02/2022 CỦA ỦY BAN NHÂN DÂN TỈNH KIÊN GIANG',
    );
    expect(cellAt(spec, `A${row}`)?.style).toMatchObject({ bold: true, horizontal: 'center', wrap: true });
  });

  it('leaves the report number and date dotted in the italic "Kèm theo" line when they are not given', () => {
    const row = rowWith(spec, 1, 'Phụ lục I') + 2;
    expect(valueAt(spec, `A${row}`)).toBe('(Kèm theo Báo cáo số …/BC-UBND ngày … tháng … năm … của Ủy ban nhân dân tỉnh Kiên Giang)');
    expect(cellAt(spec, `A${row}`)?.style).toMatchObject({ italic: true, horizontal: 'center' });
  });

  it('fills the "Kèm theo" line with the report number and the date in words', () => {
    const withOptions = appendix({ reportNumber: '215', reportDate: '2022-02-05' });
    const row = rowWith(withOptions, 1, 'Phụ lục I') + 2;
    expect(valueAt(withOptions, `A${row}`)).toBe(
      '(Kèm theo Báo cáo số 215/BC-UBND ngày 05 tháng 02 năm 2022 của Ủy ban nhân dân tỉnh Kiên Giang)',
    );
  });

  it('keeps a full report number as written and names another issuer when told', () => {
    const other = appendix({ reportNumber: '31/BC-SCT', reportDate: '2022-12-16', issuer: 'Sở Công Thương tỉnh Kiên Giang' });
    const row = rowWith(other, 1, 'Phụ lục I') + 2;
    expect(valueAt(other, `A${row}`)).toBe('(Kèm theo Báo cáo số 31/BC-SCT ngày 16 tháng 12 năm 2022 của Sở Công Thương tỉnh Kiên Giang)');
    expect(valueAt(other, 'A1')).toBe('SỞ CÔNG THƯƠNG\nTỈNH KIÊN GIANG');
  });

  it('takes the lines at the top left as given', () => {
    expect(valueAt(appendix({ issuerHeading: ['UBND TỈNH KIÊN GIANG', 'SỞ CÔNG THƯƠNG'] }), 'A1')).toBe('UBND TỈNH KIÊN GIANG\nSỞ CÔNG THƯƠNG');
  });

  it('has the header row of the form, in bold with borders', () => {
    const row = headerRow(spec);
    expect(rowValues(spec, row)).toEqual([
      'STT',
      'Nội dung nhiệm vụ',
      'Cơ quan chủ trì',
      'Cơ quan phối hợp',
      'Thời gian thực hiện',
      'Kết quả thực hiện',
      'Đánh giá',
    ]);
    for (const cell of sheetRows(spec)[row - 1] ?? []) expect(cell?.style).toMatchObject({ bold: true, border: true, wrap: true });
  });

  it('prints on A4 landscape with the decree’s margins, fitted to the width, the header row on every page', () => {
    expect(spec.print).toEqual({
      orientation: 'landscape',
      paperSize: 'A4',
      marginsCm: { top: 2, bottom: 2, left: 3, right: 2 },
      fitToWidth: true,
      repeatRows: { from: headerRow(spec), to: headerRow(spec) },
    });
    expect(spec.columnWidths).toEqual(layout.columns.map((column) => column.width));
  });

  it('sets every table cell in Times New Roman 12, wrapped, top-aligned, with borders', () => {
    const first = headerRow(spec) + 1;
    for (const row of sheetRows(spec).slice(first - 1)) {
      for (const cell of row) expect(cell?.style).toMatchObject({ fontName: 'Times New Roman', fontSize: 12, wrap: true, vertical: 'top', border: true });
    }
  });
});

describe('taskAppendix: groups and rows', () => {
  const spec = appendix();
  const plan = kg40();
  const groupRows = sheetRows(spec).flatMap((row, index) => (row[0]?.style?.bold === true && index + 1 > headerRow(spec) ? [index + 1] : []));

  it('numbers the groups I, II … in bold, their titles across the other columns', () => {
    expect(groupRows.map((row) => valueAt(spec, `A${row}`))).toEqual(['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII']);
    expect(groupRows.map((row) => valueAt(spec, `B${row}`))).toEqual(plan.sections.map((section) => section.title));
    for (const row of groupRows) expect(merges(spec)).toContain(`B${row}:G${row}`);
  });

  it('restarts STT in each group', () => {
    const numbersAfter = (groupIndex: number): unknown[] => {
      const from = (groupRows[groupIndex] ?? 0) + 1;
      const to = groupRows[groupIndex + 1] ?? sheetRows(spec).length + 1;
      return Array.from({ length: to - from }, (_, offset) => valueAt(spec, `A${from + offset}`));
    };
    expect(numbersAfter(0)).toEqual([1, 2, 3, 4]);
    expect(numbersAfter(1)).toEqual([1, 2, 3, 4, 5]);
    expect(numbersAfter(7)).toEqual([1]);
  });

  it('lists every task of the plan once, with its agencies and time frame as the plan writes them', () => {
    expect(plan.tasks.every((task) => rowsWith(spec, 2, task.content).length === 1)).toBe(true);
    const row = rowWith(spec, 2, 'Rà soát, điều chỉnh định hướng phát triển các khu, cụm công nghiệp.');
    expect(rowValues(spec, row).slice(2, 5)).toEqual(['Sở Công Thương; BQL Khu kinh tế tỉnh', 'Sở Kế hoạch và Đầu tư', '2022']);
  });

  it('writes what the agency reported, and the assessment in words', () => {
    const row = taskRow(spec, TASK_I1);
    const result = columnWith(spec, headerRow(spec), 'Kết quả thực hiện');
    const assessment = columnWith(spec, headerRow(spec), 'Đánh giá');
    expect(valueAt(spec, address(result, row))).toBe(
      'Hoàn thành ngày 20/11/2022. Đã hoàn thành phương án phát triển công nghiệp, gửi Sở Kế hoạch và Đầu tư tích hợp vào quy hoạch tỉnh.',
    );
    expect(valueAt(spec, address(assessment, row))).toBe('Hoàn thành đúng hạn');
  });

  it('gives the percentage of a task in progress, and the obstacles on a line of their own', () => {
    const row = taskRow(spec, 'Xây dựng các chính sách hỗ trợ phát triển các ngành công nghiệp, sản phẩm công nghiệp chủ lực.');
    expect(valueAt(spec, `F${row}`)).toBe('Đang triển khai (đạt 30%)\nKhó khăn, vướng mắc: Chưa bố trí được kinh phí xây dựng chính sách.');
    expect(valueAt(spec, `G${row}`)).toBe('Đang thực hiện, đúng tiến độ');
  });

  it('names each agency when several reported on one task', () => {
    const reports = Reports.parse({
      ...kg40Reports(),
      tasks: [
        ...kg40Reports().tasks,
        { taskId: 'I.3', agencyId: 'kg.bqlkkt', period: '2022', role: 'lead', status: 'done', percent: 100, completedOn: '2022-11-01', submissionId: 'bql' },
      ],
    });
    const tables = computeReport(kg40(), reports, year2022(), AS_OF);
    const spec2 = appendix({}, reports, tables);
    const row = taskRow(spec2, 'Rà soát, điều chỉnh định hướng phát triển các khu, cụm công nghiệp.');
    expect(valueAt(spec2, `F${row}`)).toBe(
      'Sở Công Thương: Hoàn thành ngày 05/10/2022. Đã rà soát định hướng phát triển các cụm công nghiệp.\n' +
        'Ban Quản lý Khu kinh tế tỉnh: Hoàn thành ngày 01/11/2022',
    );
    expect(valueAt(spec2, `G${row}`)).toBe('Hoàn thành đúng hạn');
  });

  it('leaves the result empty and says "Chưa báo cáo" when nobody reported', () => {
    const row = taskRow(spec, 'Xây dựng Đề án phát triển nguồn nguyên liệu phục vụ cho nhu cầu sản xuất công nghiệp.');
    expect(valueAt(spec, `F${row}`)).toBeNull();
    expect(valueAt(spec, `G${row}`)).toBe('Chưa báo cáo');
  });

  it('shows a merged agency with the one that holds its duties now', () => {
    const period = parsePeriod('2025');
    if (!period.ok) throw new Error(period.reason_en);
    const tables = computeReport(kg40(), Reports.parse({}), period.value, '2025-12-14');
    const spec2 = appendix({}, Reports.parse({}), tables);
    const row = taskRow(spec2, TASK_I1);
    expect(rowValues(spec2, row).slice(2, 4)).toEqual([
      'Sở Công Thương (nay là Sở Công Thương tỉnh An Giang)',
      'Sở Kế hoạch và Đầu tư (nay là Sở Tài chính tỉnh An Giang)',
    ]);
  });
});

describe('taskAppendix: a plan that groups only some of its tasks', () => {
  const notice = Plan.parse(JSON.parse(readFileSync(join(__dirname, '..', '..', '..', 'seeds', 'kg-670-tb-vp.json'), 'utf8')));
  const tables = computeReport(notice, Reports.parse({}), year2022(), AS_OF);
  const spec = taskAppendix({ plan: notice, reports: Reports.parse({}), compliance: tables.compliance }, appendixContext({}, tables, notice), layout);
  const numbers = sheetRows(spec)
    .slice(headerRow(spec))
    .map((row) => row[0]?.value);

  it('keeps the plan’s order: the items before any heading without a group row, then each heading as a group', () => {
    expect(numbers).toEqual([1, 2, 3, 4, 5, 'I', 1, 'II', 1]);
    expect(valueAt(spec, `B${headerRow(spec) + 6}`)).toBe('Đối với Dự án Khu nhà ở công nhân Thạnh Lộc');
    expect(valueAt(spec, `B${headerRow(spec) + 8}`)).toBe('Nhiệm vụ khác');
  });

  it('names the notice in the caption and its issuer at the top left', () => {
    expect(valueAt(spec, 'A1')).toBe('VĂN PHÒNG UBND\nTỈNH KIÊN GIANG');
    expect(rowsWith(spec, 1, 'KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ CỤ THỂ NĂM 2022\nTHEO THÔNG BÁO SỐ 670/TB-VP NGÀY 25/07/2022 CỦA VĂN PHÒNG UBND TỈNH KIÊN GIANG')).toHaveLength(1);
  });
});
