import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { consolidateFiles } from '../../src/app/consolidate';
import { readMaster } from '../../src/app/readMaster';
import { MASTER_FILE, type RoundTripSummary, runRoundTrip } from '../../src/app/roundTrip';
import type { ReturnedFileSource } from '../../src/app/returnedFile';
import { checkReturnedFile, validationRun } from '../../src/app/validate';
import { Plan } from '../../src/domain/plan';
import { masterTable } from '../../src/layout/load';
import { REPORT_TABLES } from '../../src/layout/load';
import { openXlsx } from '../../src/workbook/xlsx/xlsxWorkbook';
import { shippedLayouts } from '../layout/fixtures';
import { period } from '../rules/validate/returns';
import { type MemoryFiles, memoryFiles } from './memoryFiles';

const layouts = shippedLayouts();
const plan = Plan.parse(JSON.parse(readFileSync(join(__dirname, '..', '..', 'seeds', 'kg-40-kh-ubnd.json'), 'utf8')));
const year = period('2022');
const assign = { focalPointId: 'kg.sct' };
const clock = () => new Date('2022-12-10T03:00:00.000Z');

let files: MemoryFiles;
let summary: RoundTripSummary;

beforeAll(async () => {
  files = memoryFiles();
  summary = await runRoundTrip(plan, year, layouts, files, { clock, ...assign });
}, 120_000);

const samples = (): ReturnedFileSource[] =>
  summary.samples.map((sample) => ({ fileName: sample.file, read: () => files.load(`samples/${sample.file}`) }));

/** The report tables of the master as read through the port, by table name. */
async function reportTables(bytes: Uint8Array) {
  const names = REPORT_TABLES.map((entity) => masterTable(layouts.master, entity).table);
  return (await openXlsx(bytes)).readTables(names);
}

async function consolidateAgain(sources: readonly ReturnedFileSource[]) {
  const master = await openXlsx(await files.load(MASTER_FILE));
  const result = await consolidateFiles(master, sources, layouts, files, { period: year, assign, clock });
  if (!result.ok) throw new Error('master refused');
  return { result, bytes: new Uint8Array(await master.toArrayBuffer()) };
}

describe('runRoundTrip over plan 40/KH-UBND, 2022', () => {
  it('makes the master, the forms and the samples, and judges each sample as its mistake deserves', () => {
    expect(summary.templates.length).toBeGreaterThanOrEqual(15);
    const status = Object.fromEntries(summary.samples.map((sample) => [sample.mistake, sample.status]));
    expect(status).toMatchObject({
      none: 'valid',
      duplicate: 'valid',
      forgiven: 'valid',
      'old-version': 'valid',
      resubmission: 'valid',
      'deleted-row': 'invalid',
      'invented-row': 'invalid',
      'pasted-formula': 'invalid',
      'bad-values': 'invalid',
      'wrong-period': 'invalid',
      'stale-template': 'invalid',
    });
    const annotated = summary.samples.filter((sample) => sample.annotated !== null).map((sample) => sample.mistake);
    expect(annotated.sort()).toEqual(['bad-values', 'deleted-row', 'invented-row', 'old-version', 'pasted-formula', 'stale-template', 'wrong-period']);
  });

  it('consolidates into a master that reads back without errors', async () => {
    expect(summary.masterFindings).toEqual([]);
    const read = await readMaster(await openXlsx(await files.load(MASTER_FILE)), layouts);
    expect(read.findings.filter((finding) => finding.severity === 'error')).toEqual([]);
    expect(read.plan).toEqual(plan);
    expect(read.reports.submissions).toEqual(summary.consolidation);
    const accepted = summary.consolidation.filter((entry) => entry.outcome === 'accepted').reduce((sum, entry) => sum + entry.rowsAccepted, 0);
    expect(read.reports.tasks.length + read.reports.projects.length + read.reports.targets.length).toBe(accepted);
    expect(read.reports.projects.length).toBe(plan.projects.length);
    expect(read.reports.targets.length).toBe(plan.targets.length);
  });

  it('accounts for every input row of every file: accepted + quarantined', async () => {
    const run = validationRun(plan, layouts, files, { period: year, assign });
    for (const [index, source] of samples().entries()) {
      const entry = summary.consolidation[index];
      if (entry.outcome === 'duplicate') continue;
      const checked = await checkReturnedFile(source, run);
      expect([source.fileName, entry.rowsAccepted + entry.rowsQuarantined]).toEqual([source.fileName, checked.validated?.rows.length]);
    }
  });

  it('replaces a resubmission’s earlier rows and keeps both files in the log', () => {
    const khdt = summary.consolidation.filter((entry) => entry.agencyId === 'kg.skhdt');
    expect(khdt.map((entry) => `${entry.fileName} ${entry.outcome}`)).toEqual(['2022_So-KHDT.xlsx replaced', '2022_So-KHDT_gui-lai.xlsx accepted']);
  });

  it('changes none of the report tables when the same files are consolidated again', async () => {
    const before = await reportTables(await files.load(MASTER_FILE));
    const { result, bytes } = await consolidateAgain(samples());
    expect(result.files.every((file) => file.submission.outcome === 'duplicate')).toBe(true);
    const after = await reportTables(bytes);
    for (const name of ['tblTaskReports', 'tblProjectReports', 'tblTargetReports', 'tblQuarantine']) {
      expect(JSON.stringify(after[name])).toBe(JSON.stringify(before[name]));
    }
    const log = (tables: typeof before) => tables.tblSubmissions?.rows ?? [];
    expect(log(after).slice(0, log(before).length)).toEqual(log(before));
    expect(log(after).length).toBe(log(before).length + summary.samples.length);
  });

  it('keeps text that would run as a formula as text in the master', async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await files.load(MASTER_FILE)).slice().buffer);
    const cells: ExcelJS.Cell[] = [];
    for (const name of ['BC nhiệm vụ', 'Cách ly']) {
      book.getWorksheet(name)?.eachRow((row) => row.eachCell((cell) => void cells.push(cell)));
    }
    const dangerous = cells.filter((cell) => typeof cell.value === 'string' && /^[=+\-@]/.test(cell.value));
    expect(dangerous.map((cell) => cell.value)).toEqual(
      expect.arrayContaining([
        '- Đã ban hành kế hoạch triển khai.\n- Đang khảo sát nhu cầu doanh nghiệp.',
        '=> Đề nghị UBND tỉnh sớm phê duyệt danh mục dự án.',
      ]),
    );
    expect(cells.some((cell) => cell.formula !== undefined)).toBe(false);
    expect(dangerous.every((cell) => cell.type === ExcelJS.ValueType.String)).toBe(true);
    const quarantined = cells.filter((cell) => typeof cell.value === 'string' && cell.value.includes('=30+45'));
    expect(quarantined.length).toBeGreaterThan(0);
  });

  it('keeps the officer’s assessment of a row when the agency sends a newer file', async () => {
    // The officer writes an assessment in the master, on the row of the resubmitted file.
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await files.load(MASTER_FILE)).slice().buffer);
    const sheet = book.getWorksheet('BC nhiệm vụ');
    if (sheet === undefined) throw new Error('no task report sheet');
    const headers = sheet.getRow(1).values as unknown[];
    const assessmentColumn = headers.indexOf('Đánh giá');
    const agencyColumn = headers.indexOf('Mã cơ quan');
    let assessedTask = '';
    sheet.eachRow((row, number) => {
      if (number > 1 && assessedTask === '' && row.getCell(agencyColumn).text === 'kg.skhdt') {
        assessedTask = row.getCell(1).text;
        row.getCell(assessmentColumn).value = 'Đạt yêu cầu';
      }
    });
    await files.save(MASTER_FILE, (await book.xlsx.writeBuffer()) as ArrayBuffer);

    // A third file from the same agency: the earlier one (the resubmission) with one answer changed.
    const resent = await openXlsx(await files.load('samples/2022_So-KHDT_gui-lai.xlsx'));
    const tasks = await resent.readSheet('Nhiệm vụ');
    const note = 'Bổ sung: đã hoàn thiện báo cáo.';
    await resent.writeSheets([
      {
        name: 'Nhiệm vụ',
        blocks: [{ kind: 'cells', at: 'A1', rows: (tasks?.rows ?? []).map((row, r) => row.map((cell, c) => ({ value: r === 3 && c === 9 ? note : (cell?.value ?? null) }))) }],
      },
    ]);
    await files.save('samples/third.xlsx', await resent.toArrayBuffer());
    const { result, bytes } = await consolidateAgain([{ fileName: '2022_So-KHDT_lan-3.xlsx', read: () => files.load('samples/third.xlsx') }]);
    expect(result.files[0].submission).toMatchObject({ outcome: 'accepted', agencyId: 'kg.skhdt' });

    const read = await readMaster(await openXlsx(bytes), layouts);
    const log = read.reports.submissions.filter((entry) => entry.agencyId === 'kg.skhdt').map((entry) => entry.outcome);
    expect(log).toEqual(['replaced', 'replaced', 'accepted']);
    const rows = read.officerNotes.taskReports;
    const key = [assessedTask, 'kg.skhdt', '2022'].join('\u0000');
    expect(rows?.get(key)).toEqual({ assessment: 'Đạt yêu cầu' });
    expect(read.reports.tasks.filter((row) => row.agencyId === 'kg.skhdt').every((row) => row.submissionId === result.files[0].submission.id)).toBe(true);
  });
});
