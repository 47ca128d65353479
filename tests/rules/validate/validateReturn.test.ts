import { Plan } from '../../../src/domain/plan';
import { samplePlanInput } from '../../layout/fixtures';
import {
  type Edit,
  codes,
  edited,
  fillValid,
  plainRange,
  sentFile,
  setRow,
  sheetOf,
  validated,
  validatedEdit,
} from './returns';

/** The one finding with this code (fails when there is none or several). */
function only(result: Awaited<ReturnType<typeof validated>>, code: string) {
  const found = result.findings.filter((finding) => finding.code === code);
  expect(found).toHaveLength(1);
  return found[0];
}

const setMeta =
  (key: string, value: string): Edit =>
  (book) => {
    const meta = sheetOf(book, '_meta');
    meta.eachRow((row) => {
      if (row.getCell(1).text === key) row.getCell(2).value = value;
    });
  };

describe('validateReturn', () => {
  it('finds nothing wrong in a workbook filled in as asked, and reads every row', async () => {
    const result = await validatedEdit(fillValid);
    expect(result.findings).toEqual([]);
    expect(result.rejected).toBe(false);
    expect(result.rows.map((row) => `${row.sheet}!${row.row} ${row.rowId}`)).toEqual([
      'Nhiệm vụ!4 I.1',
      'Nhiệm vụ!5 I.2',
      'Nhiệm vụ!6 II.3',
      'Dự án!4 DA-02',
      'Chỉ tiêu!4 CT-01',
      'Chỉ tiêu!5 CT-02',
    ]);
    expect(result.rows[1].answer).toEqual({
      entity: 'tasks',
      record: {
        taskId: 'I.2',
        agencyId: 'kg.sct',
        period: '2022',
        role: 'cooperating',
        status: 'in-progress',
        percent: 60,
        completedOn: null,
        result: 'Đã tổ chức 2 hội nghị.',
        obstacles: 'Thiếu kinh phí.',
        proposals: 'Bổ sung kinh phí năm 2023.',
      },
    });
  });

  describe('the file as a whole', () => {
    it('not-a-template: a workbook without _meta', async () => {
      const result = await validatedEdit(fillValid, (book) => book.removeWorksheet(sheetOf(book, '_meta').id));
      const finding = only(result, 'not-a-template');
      expect(finding).toMatchObject({ severity: 'error', file: '2022_SCT.xlsx' });
      expect(finding.cell).toBeUndefined();
      expect(result.rejected).toBe(true);
      expect(result.agencyId).toBeNull();
    });

    it('wrong-plan: a form of another plan', async () => {
      const result = await validatedEdit(fillValid, setMeta('planId', 'kg-khac'));
      expect(only(result, 'wrong-plan')).toMatchObject({ severity: 'error', found: 'kg-khac', expected: 'kg-test' });
      expect(result.rejected).toBe(true);
    });

    it('wrong-agency: _meta names an agency the plan does not have', async () => {
      const result = await validatedEdit(fillValid, setMeta('agencyId', 'kg.so-khac'));
      expect(only(result, 'wrong-agency')).toMatchObject({ severity: 'error', found: 'kg.so-khac' });
      expect(result.rejected).toBe(true);
    });

    it('wrong-agency: the file name points to another agency than _meta', async () => {
      const sent = await sentFile();
      const result = await validated(await edited(sent.bytes, fillValid), 'Bao cao 2022_STC (ban cuoi).xlsx');
      expect(only(result, 'wrong-agency')).toMatchObject({ found: 'Sở Tài chính', expected: 'Sở Công Thương' });
    });

    it('accepts a renamed file whose name points to no agency or to its own', async () => {
      const sent = await sentFile();
      const bytes = await edited(sent.bytes, fillValid);
      expect(codes(await validated(bytes, 'bao cao nam 2022.xlsx'))).toEqual([]);
      expect(codes(await validated(bytes, 'SCT - bao cao 2022 (final).xlsx'))).toEqual([]);
    });

    it('wrong-period: the file reports another period than the one being consolidated', async () => {
      const sent = await sentFile();
      const result = await validated(await edited(sent.bytes, fillValid), sent.fileName, { period: '2023' });
      expect(only(result, 'wrong-period')).toMatchObject({ severity: 'error', found: '2022', expected: '2023' });
      expect(result.rejected).toBe(true);
    });

    it('stale-template: an older template version with the same plan rows is a warning only', async () => {
      const result = await validatedEdit(fillValid, setMeta('templateVersion', '0.9'));
      expect(only(result, 'stale-template')).toMatchObject({ severity: 'warning', found: '0.9', expected: '1.0' });
      expect(result.rejected).toBe(false);
      expect(result.rows.every((row) => row.answer !== null)).toBe(true);
    });

    it('stale-template: a form made before the plan rows changed is an error', async () => {
      const input = samplePlanInput();
      const changed = Plan.parse({ ...input, tasks: (input.tasks ?? []).map((task) => (task.id === 'I.1' ? { ...task, content: 'Nội dung đã điều chỉnh.' } : task)) });
      const sent = await sentFile();
      const result = await validated(await edited(sent.bytes, fillValid), sent.fileName, { plan: changed });
      expect(only(result, 'stale-template')).toMatchObject({ severity: 'error' });
      expect(result.rejected).toBe(true);
      // The old rows are not compared with the new plan: the agency must fill in the new form.
      expect(codes(result)).toEqual(['stale-template']);
    });

    it('missing-sheet: a data sheet of the form was deleted', async () => {
      const result = await validatedEdit(fillValid, (book) => book.removeWorksheet(sheetOf(book, 'Dự án').id));
      expect(only(result, 'missing-sheet')).toMatchObject({ severity: 'error', sheet: 'Dự án', expected: 'Dự án' });
      expect(result.rejected).toBe(true);
    });

    it('missing-column: an answer column whose header was overwritten', async () => {
      const result = await validatedEdit(fillValid, (book) => {
        sheetOf(book, 'Nhiệm vụ').getCell('E3').value = 'Ghi chú riêng';
      });
      expect(only(result, 'missing-column')).toMatchObject({ severity: 'error', sheet: 'Nhiệm vụ', cell: 'A3', column: 'Tình trạng' });
      expect(result.rejected).toBe(true);
    });

    it('missing-column: a plan column gone is only a warning', async () => {
      const result = await validatedEdit(fillValid, (book) => {
        sheetOf(book, 'Nhiệm vụ').getCell('D3').value = null;
      });
      expect(only(result, 'missing-column')).toMatchObject({ severity: 'warning', cell: 'A3', column: 'Thời gian thực hiện' });
      expect(result.rejected).toBe(false);
    });
  });

  describe('rows', () => {
    it('duplicate-id: the same id on two rows, each flagged at its id cell', async () => {
      const result = await validatedEdit(fillValid, (book) => {
        sheetOf(book, 'Nhiệm vụ').getCell('A5').value = 'I.1';
      });
      const found = result.findings.filter((finding) => finding.code === 'duplicate-id');
      expect(found.map((finding) => finding.cell)).toEqual(['A4', 'A5']);
      expect(found[0]).toMatchObject({ sheet: 'Nhiệm vụ', rowId: 'I.1', severity: 'error' });
      expect(result.rows.filter((row) => row.rowId === 'I.1').every((row) => row.answer === null)).toBe(true);
    });

    it('unknown-id: an invented row below the table', async () => {
      const result = await validatedEdit(fillValid, (book) => {
        const sheet = sheetOf(book, 'Nhiệm vụ');
        sheet.getCell('A7').value = 'I.9';
        sheet.getCell('B7').value = 'Nhiệm vụ tự thêm';
        sheet.getCell('E7').value = 'Hoàn thành';
      });
      expect(only(result, 'unknown-id')).toMatchObject({ sheet: 'Nhiệm vụ', cell: 'A7', rowId: 'I.9', found: 'I.9', severity: 'error' });
      expect(result.rejected).toBe(false);
    });

    it('missing-row: a deleted row, pointed to where it belongs', async () => {
      const result = await validatedEdit(fillValid, plainRange('Nhiệm vụ'), (book) => {
        sheetOf(book, 'Nhiệm vụ').spliceRows(5, 1);
      });
      expect(only(result, 'missing-row')).toMatchObject({ sheet: 'Nhiệm vụ', cell: 'A5', rowId: 'I.2', expected: 'I.2', severity: 'error' });
      expect(result.rows.map((row) => row.rowId)).toEqual(['I.1', 'II.3', 'DA-02', 'CT-01', 'CT-02']);
    });

    it('altered-locked-cell: the plan text of a row was changed', async () => {
      const result = await validatedEdit(fillValid, setRow('Nhiệm vụ', 'I.1', { 'Nội dung nhiệm vụ': 'Tuyên truyền (đã sửa).' }));
      expect(only(result, 'altered-locked-cell')).toMatchObject({
        sheet: 'Nhiệm vụ',
        cell: 'B4',
        rowId: 'I.1',
        column: 'Nội dung nhiệm vụ',
        found: 'Tuyên truyền (đã sửa).',
        expected: 'Tuyên truyền chủ trương phát triển công nghiệp.',
      });
    });

    it('does not take re-wrapped plan text for an altered cell', async () => {
      const result = await validatedEdit(fillValid, setRow('Nhiệm vụ', 'I.1', { 'Nội dung nhiệm vụ': 'Tuyên truyền  chủ trương\nphát triển công nghiệp. ' }));
      expect(codes(result)).toEqual([]);
    });
  });

  describe('answer cells', () => {
    it('invalid-enum: a status that means none of the list', async () => {
      const result = await validatedEdit(fillValid, setRow('Nhiệm vụ', 'I.2', { 'Tình trạng': 'Tốt' }));
      const finding = only(result, 'invalid-enum');
      expect(finding).toMatchObject({ sheet: 'Nhiệm vụ', cell: 'E5', rowId: 'I.2', column: 'Tình trạng', found: 'Tốt' });
      expect(finding.expected).toContain('Đang triển khai');
      expect(finding.message_vi).toContain('Hãy chọn');
    });

    it.each([
      ['Đã hoàn thành', 'done'],
      ['hoan thanh', 'done'],
      ['HT', 'done'],
      ['Hoàn thành.', 'done'],
      ['đang thực hiện', 'in-progress'],
      ['Đang TH', 'in-progress'],
      ['  CHƯA TRIỂN KHAI ', 'not-started'],
    ])('reads the status "%s" as %s', async (typed, status) => {
      const result = await validatedEdit(
        fillValid,
        setRow('Nhiệm vụ', 'I.1', { 'Tình trạng': typed, 'Tỷ lệ hoàn thành (%)': status === 'done' ? 100 : 0, 'Ngày hoàn thành': status === 'done' ? '15/11/2022' : null }),
      );
      expect(codes(result)).toEqual([]);
      expect(result.rows[0].answer).toMatchObject({ record: { status } });
    });

    it('invalid-number: a share written in words', async () => {
      const result = await validatedEdit(fillValid, setRow('Nhiệm vụ', 'I.1', { 'Tỷ lệ hoàn thành (%)': 'năm mươi' }));
      expect(only(result, 'invalid-number')).toMatchObject({ cell: 'F4', rowId: 'I.1', found: 'năm mươi' });
    });

    it.each([
      ['50%', 50],
      ['45,5', 45.5],
      ['45.5', 45.5],
    ])('reads the share typed as text "%s" as %d', async (typed, percent) => {
      const result = await validatedEdit(fillValid, setRow('Nhiệm vụ', 'I.1', { 'Tỷ lệ hoàn thành (%)': typed }));
      expect(codes(result)).toEqual([]);
      expect(result.rows[0].answer).toMatchObject({ record: { percent } });
    });

    it('reads 0.5 formatted as percent as 50', async () => {
      const result = await validatedEdit(fillValid, (book) => {
        const cell = sheetOf(book, 'Nhiệm vụ').getCell('F4');
        cell.value = 0.5;
        cell.numFmt = '0%';
      });
      expect(result.rows[0].answer).toMatchObject({ record: { percent: 50 } });
    });

    it.each([
      ['1.234,5', 1234.5],
      ['1,234.5', 1234.5],
      ['96,71', 96.71],
    ])('reads capital typed as text "%s" in either locale', async (typed, disbursed) => {
      const result = await validatedEdit(fillValid, setRow('Dự án', 'DA-02', { 'Vốn đã giải ngân lũy kế (tỷ đồng)': typed }));
      expect(codes(result)).toEqual([]);
      expect(result.rows.find((row) => row.rowId === 'DA-02')?.answer).toMatchObject({ record: { disbursed } });
    });

    it('invalid-number: an ambiguous 1,234 is not guessed', async () => {
      const result = await validatedEdit(fillValid, setRow('Dự án', 'DA-02', { 'Vốn đã giải ngân lũy kế (tỷ đồng)': '1,234' }));
      expect(only(result, 'invalid-number')).toMatchObject({ sheet: 'Dự án', cell: 'F4', found: '1,234' });
    });

    it('out-of-range: a share above 100', async () => {
      const result = await validatedEdit(fillValid, setRow('Nhiệm vụ', 'I.1', { 'Tỷ lệ hoàn thành (%)': 150 }));
      expect(only(result, 'out-of-range')).toMatchObject({ severity: 'error', cell: 'F4', found: '150', expected: '0–100' });
    });

    it('out-of-range: negative capital', async () => {
      const result = await validatedEdit(fillValid, setRow('Dự án', 'DA-02', { 'Vốn đã giải ngân lũy kế (tỷ đồng)': -5 }));
      const finding = only(result, 'out-of-range');
      expect(finding).toMatchObject({ severity: 'error', sheet: 'Dự án', cell: 'F4' });
      expect(finding.message_vi).toContain('không được âm');
    });

    it('out-of-range: capital disbursed above the total investment is a warning', async () => {
      const sent = await sentFile('kg.bqlkkt');
      const bytes = await edited(sent.bytes, fillValid, setRow('Dự án', 'DA-01', { 'Vốn đã giải ngân lũy kế (tỷ đồng)': 1300 }));
      const result = await validated(bytes, sent.fileName);
      expect(only(result, 'out-of-range')).toMatchObject({ severity: 'warning', sheet: 'Dự án', cell: 'F4', rowId: 'DA-01', expected: '≤ 1.250,5' });
      expect(result.rows[0].answer).toMatchObject({ record: { disbursed: 1300 } });
    });

    it.each([
      ['a date object', { date: true }],
      ['an Excel serial', 44880],
      ['dd/mm/yyyy text', '15/11/2022'],
      ['ISO text', '2022-11-15'],
    ])('reads a completion date given as %s', async (_, given) => {
      const value = typeof given === 'object' ? new Date(Date.UTC(2022, 10, 15)) : given;
      const result = await validatedEdit(fillValid, setRow('Nhiệm vụ', 'I.1', { 'Tình trạng': 'Hoàn thành', 'Tỷ lệ hoàn thành (%)': 100, 'Ngày hoàn thành': value }));
      expect(codes(result)).toEqual([]);
      expect(result.rows[0].answer).toMatchObject({ record: { completedOn: '2022-11-15' } });
    });

    it('invalid-date: a day that does not exist', async () => {
      const result = await validatedEdit(fillValid, setRow('Nhiệm vụ', 'I.1', { 'Tình trạng': 'Hoàn thành', 'Tỷ lệ hoàn thành (%)': 100, 'Ngày hoàn thành': '31/02/2022' }));
      expect(only(result, 'invalid-date')).toMatchObject({ severity: 'error', cell: 'G4', found: '31/02/2022', expected: 'dd/mm/yyyy' });
    });

    it('invalid-date: a completion date after the period (and its grace) is an error', async () => {
      const result = await validatedEdit(fillValid, setRow('Nhiệm vụ', 'I.1', { 'Tình trạng': 'Hoàn thành', 'Tỷ lệ hoàn thành (%)': 100, 'Ngày hoàn thành': '15/03/2023' }));
      expect(only(result, 'invalid-date')).toMatchObject({ severity: 'error', cell: 'G4', found: '15/03/2023' });
    });

    it('invalid-date: a completion date before the plan was issued is a warning', async () => {
      const result = await validatedEdit(fillValid, setRow('Nhiệm vụ', 'I.1', { 'Tình trạng': 'Hoàn thành', 'Tỷ lệ hoàn thành (%)': 100, 'Ngày hoàn thành': '10/01/2022' }));
      expect(only(result, 'invalid-date')).toMatchObject({ severity: 'warning', cell: 'G4', expected: '≥ 23/02/2022' });
    });

    it('inconsistent-status: done at 40 %', async () => {
      const result = await validatedEdit(fillValid, setRow('Nhiệm vụ', 'I.1', { 'Tình trạng': 'Hoàn thành', 'Tỷ lệ hoàn thành (%)': 40, 'Ngày hoàn thành': '15/11/2022' }));
      expect(only(result, 'inconsistent-status')).toMatchObject({ severity: 'error', cell: 'E4', found: 'Hoàn thành; 40%' });
    });

    it('inconsistent-status: 100 % not started', async () => {
      const result = await validatedEdit(fillValid, setRow('Nhiệm vụ', 'I.2', { 'Tình trạng': 'Chưa triển khai', 'Tỷ lệ hoàn thành (%)': 100 }));
      expect(only(result, 'inconsistent-status')).toMatchObject({ severity: 'error', cell: 'E5' });
    });

    it('inconsistent-status: a completion date for a task in progress is a warning', async () => {
      const result = await validatedEdit(fillValid, setRow('Nhiệm vụ', 'I.2', { 'Ngày hoàn thành': '01/12/2022' }));
      expect(only(result, 'inconsistent-status')).toMatchObject({ severity: 'warning', cell: 'G5' });
    });

    it('formula-injection: a formula in an answer cell is an error and its result is not taken', async () => {
      const result = await validatedEdit(fillValid, setRow('Nhiệm vụ', 'I.1', { 'Tỷ lệ hoàn thành (%)': { formula: '30+30', result: 60 } }));
      expect(only(result, 'formula-injection')).toMatchObject({ severity: 'error', cell: 'F4', found: '=30+30' });
      expect(result.rows[0].answer).toBeNull();
    });

    it('formula-injection: text that would run as a formula is a warning and stays text', async () => {
      const text = '=HYPERLINK("http://example.com","Xem")';
      const result = await validatedEdit(fillValid, setRow('Nhiệm vụ', 'I.1', { 'Kết quả thực hiện': text }));
      expect(only(result, 'formula-injection')).toMatchObject({ severity: 'warning', cell: 'H4', found: text });
      expect(result.rows[0].answer).toMatchObject({ record: { result: text } });
    });

    it('leaves a genuine negative number alone', async () => {
      const result = await validatedEdit(fillValid, setRow('Chỉ tiêu', 'CT-01', { 'Thực hiện': '-1,5' }));
      expect(codes(result)).toEqual([]);
      expect(result.rows.find((row) => row.rowId === 'CT-01')?.answer).toMatchObject({ record: { actual: -1.5 } });
    });

    it('empty-required: a row whose status was left empty', async () => {
      const result = await validatedEdit(fillValid, setRow('Nhiệm vụ', 'II.3', { 'Tình trạng': null }));
      expect(only(result, 'empty-required')).toMatchObject({ severity: 'error', cell: 'E6', rowId: 'II.3', column: 'Tình trạng' });
    });

    it('empty-required: a done task without its date is a warning', async () => {
      const result = await validatedEdit(fillValid, setRow('Nhiệm vụ', 'I.1', { 'Tình trạng': 'Hoàn thành', 'Tỷ lệ hoàn thành (%)': 100 }));
      expect(only(result, 'empty-required')).toMatchObject({ severity: 'warning', cell: 'G4' });
      expect(result.rows[0].answer).not.toBeNull();
    });
  });

  describe('forgiving reading', () => {
    it('finds columns by their header wherever they were moved', async () => {
      const result = await validatedEdit(fillValid, plainRange('Nhiệm vụ'), (book) => {
        const sheet = sheetOf(book, 'Nhiệm vụ');
        for (let row = 3; row <= 6; row++) {
          const status = sheet.getCell(row, 5).value;
          sheet.getCell(row, 5).value = sheet.getCell(row, 8).value;
          sheet.getCell(row, 8).value = status;
        }
        sheet.getCell('B3').value = 'NỘI DUNG  NHIỆM VỤ';
        sheet.getCell('F3').value = 'Ty le hoan thanh %';
      });
      expect(codes(result)).toEqual([]);
      expect(result.rows[0].answer).toMatchObject({ record: { status: 'in-progress', percent: 60, result: 'Đã tổ chức 2 hội nghị.' } });
    });

    it('finds a renamed sheet by its headers, and a header row moved down', async () => {
      const result = await validatedEdit(fillValid, (book) => {
        sheetOf(book, 'Chỉ tiêu').name = 'Chi tieu (2)';
        sheetOf(book, 'Dự án').spliceRows(1, 0, ['Kính gửi: Sở Công Thương']);
      });
      expect(codes(result)).toEqual([]);
      expect(result.rows.map((row) => `${row.sheet}!${row.row}`)).toContain('Chi tieu (2)!5');
      expect(result.rows.map((row) => `${row.sheet}!${row.row}`)).toContain('Dự án!5');
    });
  });

  it('reads every non-empty row below the header as an input row, whatever it holds', async () => {
    const sent = await sentFile();
    const bytes = await edited(sent.bytes, fillValid, (book) => {
      sheetOf(book, 'Nhiệm vụ').getCell('A9').value = 'Người lập biểu';
    });
    const result = await validated(bytes, sent.fileName);
    expect(result.rows).toHaveLength(7);
    expect(only(result, 'unknown-id')).toMatchObject({ cell: 'A9', found: 'Người lập biểu' });
  });
});
