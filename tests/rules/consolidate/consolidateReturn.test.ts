import { Reports } from '../../../src/domain/report';
import { type Receipt, consolidateReturn } from '../../../src/rules/consolidate/consolidateReturn';
import type { ValidatedReturn } from '../../../src/rules/validate/model';
import { samplePlan } from '../../layout/fixtures';
import { type Edit, edited, fillValid, sentFile, setRow, sheetOf, validated } from '../validate/returns';

const plan = samplePlan();
const empty = Reports.parse({});

const receipt = (sha256: string, receivedAt = '2022-12-01T02:00:00.000Z', fileName = '2022_SCT.xlsx'): Receipt => ({
  sha256,
  fileName,
  receivedAt,
});

async function returnOf(agencyId: string, ...edits: readonly Edit[]): Promise<ValidatedReturn> {
  const sent = await sentFile(agencyId);
  return validated(await edited(sent.bytes, fillValid, ...edits), sent.fileName);
}

/** Every input row is accounted for: in the report tables or in the quarantine, once. */
function expectAllRowsAccounted(result: ReturnType<typeof consolidateReturn>, input: ValidatedReturn) {
  const { submission } = result;
  expect(submission.rowsAccepted + submission.rowsQuarantined).toBe(input.rows.length);
  const stored = (rows: readonly { submissionId: string }[]) => rows.filter((row) => row.submissionId === submission.id).length;
  const { reports } = result;
  expect(stored(reports.tasks) + stored(reports.projects) + stored(reports.targets)).toBe(submission.rowsAccepted);
  expect(stored(reports.quarantine)).toBe(submission.rowsQuarantined);
}

describe('consolidateReturn', () => {
  it('adds the rows of a good file to the report tables and logs it', async () => {
    const input = await returnOf('kg.sct');
    const { reports, submission } = consolidateReturn(empty, input, receipt('a'.repeat(64)), plan);
    expect(submission).toEqual({
      id: 'a'.repeat(64),
      fileName: '2022_SCT.xlsx',
      agencyId: 'kg.sct',
      period: '2022',
      receivedAt: '2022-12-01T02:00:00.000Z',
      onTime: true,
      errors: 0,
      warnings: 0,
      outcome: 'accepted',
      rowsAccepted: 6,
      rowsQuarantined: 0,
    });
    expect(reports.tasks.map((row) => `${row.taskId} ${row.role} ${row.status}`)).toEqual(['I.1 lead in-progress', 'I.2 cooperating in-progress', 'II.3 lead in-progress']);
    expect(reports.projects).toEqual([
      { projectId: 'DA-02', agencyId: 'kg.sct', period: '2022', progress: 'under-construction', disbursed: 120.5, expectedCompletionYear: 2024, note: 'Đúng tiến độ.', submissionId: 'a'.repeat(64) },
    ]);
    expect(reports.targets.map((row) => row.targetId)).toEqual(['CT-01', 'CT-02']);
    expect(reports.submissions).toEqual([submission]);
    expectAllRowsAccounted({ reports, submission }, input);
  });

  it('logs a file received after the deadline as late', async () => {
    const { submission } = consolidateReturn(empty, await returnOf('kg.sct'), receipt('b'.repeat(64), '2022-12-16T01:00:00.000Z'), plan);
    expect(submission.onTime).toBe(false);
  });

  it('changes nothing but the log when the same file comes twice', async () => {
    const input = await returnOf('kg.sct');
    const first = consolidateReturn(empty, input, receipt('c'.repeat(64)), plan);
    const second = consolidateReturn(first.reports, input, receipt('c'.repeat(64), '2022-12-02T02:00:00.000Z'), plan);
    expect(second.submission).toMatchObject({ id: `${'c'.repeat(64)}#2`, outcome: 'duplicate', rowsAccepted: 0, rowsQuarantined: 0 });
    expect({ ...second.reports, submissions: [] }).toEqual({ ...first.reports, submissions: [] });
    expect(second.reports.submissions).toEqual([...first.reports.submissions, second.submission]);
    const third = consolidateReturn(second.reports, input, receipt('c'.repeat(64)), plan);
    expect(third.submission.id).toBe(`${'c'.repeat(64)}#3`);
  });

  it('replaces the earlier rows of the same agency and period with a newer file, and the log keeps both', async () => {
    const first = consolidateReturn(empty, await returnOf('kg.sct'), receipt('1'.repeat(64)), plan);
    const withOther = consolidateReturn(first.reports, await returnOf('kg.bqlkkt'), receipt('2'.repeat(64), undefined, '2022_BQL-KKT.xlsx'), plan);
    const newer = await returnOf('kg.sct', setRow('Nhiệm vụ', 'I.1', { 'Tình trạng': 'Hoàn thành', 'Tỷ lệ hoàn thành (%)': 100, 'Ngày hoàn thành': '20/11/2022' }));
    const second = consolidateReturn(withOther.reports, newer, receipt('3'.repeat(64), '2022-12-05T02:00:00.000Z'), plan);
    const { reports } = second;
    expect(reports.tasks.filter((row) => row.agencyId === 'kg.sct').map((row) => `${row.taskId} ${row.status} ${row.submissionId[0]}`)).toEqual([
      'I.1 done 3',
      'I.2 in-progress 3',
      'II.3 in-progress 3',
    ]);
    expect(reports.projects.map((row) => `${row.projectId} ${row.agencyId} ${row.submissionId[0]}`)).toEqual(['DA-01 kg.bqlkkt 2', 'DA-02 kg.sct 3']);
    expect(reports.submissions.map((row) => `${row.id[0]} ${row.outcome}`)).toEqual(['1 replaced', '2 accepted', '3 accepted']);
    expectAllRowsAccounted(second, newer);
  });

  it('rejects a file with a file-level error whole: every row quarantined with the reason', async () => {
    const input = await returnOf('kg.sct', (book) => {
      sheetOf(book, 'Nhiệm vụ').getCell('E3').value = 'Ghi chú';
    });
    const result = consolidateReturn(empty, input, receipt('d'.repeat(64)), plan);
    expect(result.submission).toMatchObject({ outcome: 'rejected', rowsAccepted: 0, rowsQuarantined: 6, errors: 1 });
    expect(result.reports.tasks).toEqual([]);
    expect(result.reports.targets).toEqual([]);
    expect(result.reports.quarantine.map((row) => `${row.sheet}!${row.row} ${row.code}`)).toEqual([
      'Nhiệm vụ!4 missing-column',
      'Nhiệm vụ!5 missing-column',
      'Nhiệm vụ!6 missing-column',
      'Dự án!4 missing-column',
      'Chỉ tiêu!4 missing-column',
      'Chỉ tiêu!5 missing-column',
    ]);
    expect(result.reports.quarantine[3].reason_vi).toContain('Tình trạng');
    expect(result.reports.quarantine[0].values).toContain('Mã: I.1');
    expectAllRowsAccounted(result, input);
  });

  it('quarantines only the rows with errors and accepts the others', async () => {
    const input = await returnOf(
      'kg.sct',
      setRow('Nhiệm vụ', 'I.2', { 'Tình trạng': 'Tốt' }),
      setRow('Chỉ tiêu', 'CT-02', { 'Thực hiện': 'khoảng 8' }),
    );
    const result = consolidateReturn(empty, input, receipt('e'.repeat(64)), plan);
    expect(result.submission).toMatchObject({ outcome: 'accepted', rowsAccepted: 4, rowsQuarantined: 2, errors: 2, warnings: 0 });
    expect(result.reports.quarantine).toEqual([
      expect.objectContaining({ sheet: 'Nhiệm vụ', row: 5, rowId: 'I.2', code: 'invalid-enum', submissionId: 'e'.repeat(64) }),
      expect.objectContaining({ sheet: 'Chỉ tiêu', row: 5, rowId: 'CT-02', code: 'invalid-number' }),
    ]);
    expect(result.reports.tasks.map((row) => row.taskId)).toEqual(['I.1', 'II.3']);
    expectAllRowsAccounted(result, input);
  });

  it('rejects a resubmission with no acceptable row, and keeps the rows it would have replaced', async () => {
    const first = consolidateReturn(empty, await returnOf('kg.sct'), receipt('f'.repeat(64)), plan);
    const allBad = await returnOf('kg.sct', (book) => {
      for (const [sheet, column] of [
        ['Nhiệm vụ', 'E'],
        ['Dự án', 'E'],
        ['Chỉ tiêu', 'E'],
      ]) {
        for (let row = 4; row <= 6; row++) if (sheetOf(book, sheet).getCell(`A${row}`).text !== '') sheetOf(book, sheet).getCell(`${column}${row}`).value = '???';
      }
    });
    const second = consolidateReturn(first.reports, allBad, receipt('0'.repeat(64)), plan);
    expect(second.submission).toMatchObject({ outcome: 'rejected', rowsAccepted: 0, rowsQuarantined: 6 });
    expect(second.reports.tasks).toEqual(first.reports.tasks);
    expect(second.reports.submissions.map((row) => row.outcome)).toEqual(['accepted', 'rejected']);
    expectAllRowsAccounted(second, allBad);
  });

  it('keeps text that would run as a formula as the text it is', async () => {
    const text = '=1+1';
    const input = await returnOf('kg.sct', setRow('Nhiệm vụ', 'I.1', { 'Kết quả thực hiện': text }));
    const { reports, submission } = consolidateReturn(empty, input, receipt('9'.repeat(64)), plan);
    expect(submission).toMatchObject({ outcome: 'accepted', warnings: 1 });
    expect(reports.tasks[0].result).toBe(text);
  });

  it('logs a file that is not a form with no agency nor period', async () => {
    const input = await returnOf('kg.sct', (book) => book.removeWorksheet(sheetOf(book, '_meta').id));
    const { submission, reports } = consolidateReturn(empty, input, receipt('8'.repeat(64)), plan);
    expect(submission).toMatchObject({ agencyId: null, period: null, onTime: null, outcome: 'rejected', rowsQuarantined: 6 });
    expect(reports.quarantine.every((row) => row.code === 'not-a-template')).toBe(true);
  });
});
