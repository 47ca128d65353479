import { ComplianceStatus } from '../../../src/rules/compute';
import { complianceSheet } from '../../../src/layout/report/compliance';
import { kg40Tables, reportContext } from './fixtures';
import { cellAt, rowValues, rowsWith, valueAt } from './sheetCells';

const tables = kg40Tables();
const { compliance } = tables;
const spec = complianceSheet(compliance, reportContext());
const [groupHeader, leadHeader, cooperatingHeader] = rowsWith(spec, 2, 'Nhóm nhiệm vụ').concat(rowsWith(spec, 2, 'Cơ quan')) as [number, number, number];
const totals = rowsWith(spec, 2, 'Tổng cộng');

describe('complianceSheet', () => {
  it('is the sheet "Tuân thủ", titled, naming the plan, the period and the cut-off date', () => {
    expect(spec.name).toBe('Tuân thủ');
    expect(valueAt(spec, 'A1')).toBe('TÌNH HÌNH THỰC HIỆN NHIỆM VỤ / Task compliance');
    expect(valueAt(spec, 'A2')).toBe(
      'Theo Kế hoạch số 40/KH-UBND ngày 23/02/2022 của Ủy ban nhân dân tỉnh Kiên Giang. Kỳ báo cáo: năm 2022; số liệu tính đến ngày 14/12/2022.',
    );
    expect(valueAt(spec, 'A3')).toBe('Plan kg-40-kh-ubnd. Reporting period 2022; figures as of 2022-12-14.');
  });

  it('puts the English header under the Vietnamese one', () => {
    expect(rowValues(spec, groupHeader + 1).slice(0, 3)).toEqual(['No.', 'Group of tasks', 'Done on time']);
  });

  it('has one row per group with its counts as numbers, in the layout’s format', () => {
    const first = groupHeader + 2;
    expect(rowValues(spec, first).slice(0, 9)).toEqual([
      'I',
      compliance.sections[0]?.title,
      ...ComplianceStatus.options.map((status) => compliance.sections[0]?.counts[status]),
    ]);
    expect(cellAt(spec, `C${first}`)?.style).toMatchObject({ numberFormat: '#,##0', horizontal: 'right' });
  });

  it('works the row total and the rates out by formula', () => {
    const row = groupHeader + 2;
    expect(valueAt(spec, `J${row}`)).toEqual({ formula: `SUM(C${row}:I${row})` });
    expect(valueAt(spec, `K${row}`)).toEqual({ formula: `IF(N(J${row})=0,"",(C${row}+D${row})/J${row})` });
    expect(valueAt(spec, `L${row}`)).toEqual({ formula: `IF(N(J${row})=0,"",C${row}/J${row})` });
    expect(cellAt(spec, `K${row}`)?.style).toMatchObject({ numberFormat: '0.0%' });
  });

  it('sums every count column over exactly the group rows, the total row being the whole plan', () => {
    const total = totals[0] as number;
    const first = groupHeader + 2;
    expect(total - first).toBe(compliance.sections.length);
    for (const column of ['C', 'D', 'E', 'F', 'G', 'H', 'I', 'J']) {
      expect(valueAt(spec, `${column}${total}`)).toEqual({ formula: `SUM(${column}${first}:${column}${total - 1})` });
    }
    expect(valueAt(spec, `K${total}`)).toEqual({ formula: `IF(N(J${total})=0,"",(C${total}+D${total})/J${total})` });
    const summed = ComplianceStatus.options.map((status) => compliance.sections.reduce((sum, section) => sum + section.counts[status], 0));
    expect(summed).toEqual(ComplianceStatus.options.map((status) => compliance.overall.counts[status]));
  });

  it('tallies lead and cooperating agencies in their own tables, each with a total row', () => {
    const leads = compliance.agencies.filter((row) => row.role === 'lead');
    expect(valueAt(spec, `B${leadHeader + 2}`)).toBe(leads[0]?.displayName);
    expect(totals).toHaveLength(3);
    expect(totals[1]).toBe(leadHeader + 2 + leads.length);
    expect(valueAt(spec, `C${totals[1]}`)).toEqual({ formula: `SUM(C${leadHeader + 2}:C${(totals[1] as number) - 1})` });
    expect(cooperatingHeader).toBeGreaterThan(totals[1] as number);
  });

  it('lists the agencies that reported late or not at all', () => {
    const inGaps = (name: string): number[] => rowsWith(spec, 2, name).filter((row) => row > (totals[2] as number));
    const [late] = inGaps('Sở Kế hoạch và Đầu tư') as [number];
    expect(rowValues(spec, late).slice(2)).toEqual(['Báo cáo trễ hạn', 1, 0, { date: '2022-12-20' }]);
    const [silent] = inGaps('Sở Xây dựng') as [number];
    expect(valueAt(spec, `C${silent}`)).toBe('Chưa báo cáo');
    expect(inGaps('Sở Nội vụ')).toEqual([]);
  });

  it('prints on A4 landscape fitted to the width', () => {
    expect(spec.print).toMatchObject({ orientation: 'landscape', paperSize: 'A4', fitToWidth: true });
  });
});

describe('complianceSheet with nothing to list', () => {
  it('says "Không có" across a table without rows, and writes no total row under it', () => {
    const quiet = complianceSheet({ ...compliance, reportingGaps: [] }, reportContext());
    const header = rowsWith(quiet, 3, 'Tình trạng báo cáo')[0] as number;
    expect(rowValues(quiet, header + 2)).toEqual([null, 'Không có', null, null, null, null]);
    const block = quiet.blocks[0];
    expect(block?.kind === 'cells' && block.merges).toContain(`B${header + 2}:F${header + 2}`);
    expect(rowValues(quiet, header + 3)).toEqual([]);
  });
});
