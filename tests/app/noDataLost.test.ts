/**
 * Không mất dữ liệu — what consolidating returned files into the master guarantees, in one place:
 * every row a file holds is accepted or quarantined; the same file twice changes nothing but the
 * log; a newer file replaces the older one, which stays in the log; the officer's own column
 * survives; answers that look like formulas, and hyperlinks, reach the master as inert text, and
 * numbers stay numbers. Over the sample returns of plan 40/KH-UBND for 2022 (`writeSampleReturns`),
 * through the real gate, parser and exceljs adapter.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { consolidateFiles } from '../../src/app/consolidate';
import { initMasterWorkbook } from '../../src/app/initMaster';
import { readMaster } from '../../src/app/readMaster';
import type { ReturnedFileSource } from '../../src/app/returnedFile';
import { type SampleReturn, writeSampleReturns } from '../../src/app/samples';
import { checkReturnedFile, validationRun } from '../../src/app/validate';
import { Plan } from '../../src/domain/plan';
import { masterTable } from '../../src/layout/load';
import { REPORT_TABLES } from '../../src/layout/load';
import { inspectWorkbookBytes } from '../../src/workbook/gate/inspect';
import { createXlsx, openXlsx } from '../../src/workbook/xlsx/xlsxWorkbook';
import { shippedLayouts } from '../layout/fixtures';
import { type Edit, columnOf, edited, HEADER_ROW, period, sheetOf } from '../rules/validate/returns';

const layouts = shippedLayouts();
const plan = Plan.parse(JSON.parse(readFileSync(join(__dirname, '..', '..', 'seeds', 'kg-40-kh-ubnd.json'), 'utf8')));
const year = period('2022');
const assign = { focalPointId: 'kg.sct' };
const access = { inspect: inspectWorkbookBytes, open: (bytes: Uint8Array) => openXlsx(bytes) };
const clock = () => new Date('2022-12-10T03:00:00.000Z');

interface Sample extends SampleReturn {
  readonly bytes: Uint8Array;
}

/** A file no parser can read, received with the samples. */
const UNREADABLE: ReturnedFileSource = { fileName: 'thu-moi.xlsx', read: async () => new TextEncoder().encode('<html><body>Thư mời họp</body></html>') };

let samples: Sample[];
/** The master before anything was consolidated, and after the samples were. */
let emptyMaster: Uint8Array;
let first: Awaited<ReturnType<typeof consolidate>>;

const sourceOf = (sample: { fileName: string; bytes: Uint8Array }): ReturnedFileSource => ({ fileName: sample.fileName, read: async () => sample.bytes });
const sample = (fileName: string): Sample => {
  const found = samples.find((candidate) => candidate.fileName === fileName);
  if (found === undefined) throw new Error(`no sample ${fileName}`);
  return found;
};

async function consolidate(master: Uint8Array, sources: readonly ReturnedFileSource[]) {
  const file = await openXlsx(master);
  const result = await consolidateFiles(file, sources, layouts, access, { period: year, assign, clock });
  if (!result.ok) throw new Error('master refused');
  return { result, bytes: new Uint8Array(await file.toArrayBuffer()) };
}

const readBack = async (master: Uint8Array) => readMaster(await openXlsx(master), layouts);

/** The master's report tables as read through the port, by table name. */
async function reportTables(master: Uint8Array) {
  return (await openXlsx(master)).readTables(REPORT_TABLES.map((entity) => masterTable(layouts.master, entity).table));
}

/** Every cell of the master's report and quarantine sheets, as exceljs reads the file. */
async function reportCells(master: Uint8Array): Promise<ExcelJS.Cell[]> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(master.slice().buffer);
  const cells: ExcelJS.Cell[] = [];
  for (const entity of REPORT_TABLES) {
    sheetOf(book, masterTable(layouts.master, entity).name).eachRow((row) => row.eachCell((cell) => void cells.push(cell)));
  }
  return cells;
}

/** Sets cells of the `n`-th data row (0-based) of a sheet, by header. */
const setNth =
  (sheetName: string, n: number, values: Readonly<Record<string, ExcelJS.CellValue>>): Edit =>
  (book) => {
    const sheet = sheetOf(book, sheetName);
    for (const [header, value] of Object.entries(values)) sheet.getCell(HEADER_ROW + 1 + n, columnOf(sheet, header)).value = value;
  };

/** The id in the `n`-th data row of a sheet of a returned file. */
async function rowIdOf(bytes: Uint8Array, sheetName: string, n: number): Promise<string> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes.slice().buffer);
  return sheetOf(book, sheetName).getCell(HEADER_ROW + 1 + n, 1).text;
}

beforeAll(async () => {
  const master = createXlsx();
  await initMasterWorkbook(plan, layouts, master);
  emptyMaster = new Uint8Array(await master.toArrayBuffer());
  const saved = new Map<string, Uint8Array>();
  const written = await writeSampleReturns(
    plan,
    year,
    layouts,
    { createFile: () => createXlsx(), save: async (fileName, data) => void saved.set(fileName, new Uint8Array(data.slice(0))) },
    { generatedAt: '2022-11-01T08:00:00.000Z', ...assign },
  );
  samples = written.map((written) => ({ ...written, bytes: saved.get(written.fileName) ?? new Uint8Array(0) }));
  first = await consolidate(emptyMaster, [...samples.map(sourceOf), UNREADABLE]);
}, 180_000);

describe('consolidating returned files loses no data', () => {
  it('accounts for every row of every file: accepted + quarantined = the rows the file holds', async () => {
    const run = validationRun(plan, layouts, access, { period: year, assign });
    for (const [index, file] of samples.entries()) {
      const { submission } = first.result.files[index];
      const held = (await checkReturnedFile(sourceOf(file), run)).validated?.rows.length;
      // A duplicate's rows are the first receipt's: it counts none.
      const expected = file.mistake === 'duplicate' ? 0 : held;
      expect([file.fileName, submission.rowsAccepted + submission.rowsQuarantined]).toEqual([file.fileName, expected]);
    }
  });

  it('holds in the report tables the rows of every file accepted, and in the quarantine every row quarantined', async () => {
    const { reports } = await readBack(first.bytes);
    const rowsOf = (id: string) => [...reports.tasks, ...reports.projects, ...reports.targets].filter((row) => row.submissionId === id).length;
    for (const { submission } of first.result.files) {
      expect([submission.fileName, rowsOf(submission.id)]).toEqual([submission.fileName, submission.outcome === 'accepted' ? submission.rowsAccepted : 0]);
      expect([submission.fileName, reports.quarantine.filter((row) => row.submissionId === submission.id).length]).toEqual([submission.fileName, submission.rowsQuarantined]);
    }
  });

  it('logs a file it cannot read as rejected, with its error, and consolidates the files after it', async () => {
    const { reports } = await readBack(first.bytes);
    expect(reports.submissions.map((entry) => entry.fileName)).toEqual([...samples.map((file) => file.fileName), UNREADABLE.fileName]);
    expect(reports.submissions.at(-1)).toMatchObject({ outcome: 'rejected', errors: 1, rowsAccepted: 0, rowsQuarantined: 0 });
    expect(first.result.files.at(-1)?.check.findings.map((finding) => finding.code)).toEqual(['file-unreadable']);
  });

  it('changes nothing but the log when the same file arrives again: it is logged as a duplicate', async () => {
    const again = await consolidate(first.bytes, [sourceOf(sample('2022_So-XD.xlsx'))]);
    expect(again.result.files.map((file) => file.submission.outcome)).toEqual(['duplicate']);
    const before = await reportTables(first.bytes);
    const after = await reportTables(again.bytes);
    for (const name of ['tblTaskReports', 'tblProjectReports', 'tblTargetReports', 'tblQuarantine']) expect(after[name]).toEqual(before[name]);
    expect(after.tblSubmissions?.rows.slice(0, -1)).toEqual(before.tblSubmissions?.rows);
    const { reports } = await readBack(again.bytes);
    expect(reports.submissions.at(-1)).toMatchObject({ fileName: '2022_So-XD.xlsx', outcome: 'duplicate', rowsAccepted: 0, rowsQuarantined: 0 });
    // So is a copy received under another name in the same run.
    expect(reports.submissions.find((entry) => entry.fileName === '2022_VP-UBND-tinh (1).xlsx')).toMatchObject({ outcome: 'duplicate', rowsAccepted: 0 });
  });

  it('replaces an agency’s rows with its newer file, and keeps the older file in the log as replaced', async () => {
    const { reports } = await readBack(first.bytes);
    const older = reports.submissions.find((entry) => entry.fileName === '2022_So-KHDT.xlsx');
    const newer = reports.submissions.find((entry) => entry.fileName === '2022_So-KHDT_gui-lai.xlsx');
    expect([older?.outcome, newer?.outcome]).toEqual(['replaced', 'accepted']);
    const agencyRows = [...reports.tasks, ...reports.projects, ...reports.targets].filter((row) => row.agencyId === 'kg.skhdt');
    expect(agencyRows.length).toBe(newer?.rowsAccepted);
    expect(agencyRows.every((row) => row.submissionId === newer?.id)).toBe(true);
    // What the older file held stays on record: its counts, and its quarantined rows.
    expect(older?.rowsAccepted).toBeGreaterThan(0);
    expect(reports.quarantine.filter((row) => row.submissionId === older?.id).length).toBe(older?.rowsQuarantined);
  });

  it('keeps the officer’s assessment (Đánh giá) of a row when the agency sends a newer file', async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(first.bytes.slice().buffer);
    const sheet = sheetOf(book, masterTable(layouts.master, 'taskReports').name);
    const headers = sheet.getRow(1).values as unknown[];
    let assessed = '';
    sheet.eachRow((row, number) => {
      if (number > 1 && assessed === '' && row.getCell(headers.indexOf('Mã cơ quan')).text === 'kg.sxd') {
        assessed = row.getCell(1).text;
        row.getCell(headers.indexOf('Đánh giá')).value = 'Đạt yêu cầu';
      }
    });
    expect(assessed).not.toBe('');
    const assessedMaster = new Uint8Array((await book.xlsx.writeBuffer()) as ArrayBuffer);

    const newer = { fileName: '2022_So-XD_bo-sung.xlsx', bytes: new Uint8Array(await edited(sample('2022_So-XD.xlsx').bytes.slice().buffer, setNth('Nhiệm vụ', 0, { 'Kết quả thực hiện': 'Bổ sung: đã hoàn thành.' }))) };
    const { result, bytes } = await consolidate(assessedMaster, [sourceOf(newer)]);
    expect(result.files[0].submission).toMatchObject({ outcome: 'accepted', agencyId: 'kg.sxd' });
    const read = await readBack(bytes);
    expect(read.officerNotes.taskReports?.get([assessed, 'kg.sxd', '2022'].join('\u0000'))).toEqual({ assessment: 'Đạt yêu cầu' });
    expect(read.reports.tasks.filter((row) => row.agencyId === 'kg.sxd').every((row) => row.submissionId === result.files[0].submission.id)).toBe(true);
  });

  describe('answers reach the master as values, never as something that runs', () => {
    const FORMULA_LIKE = ['=HYPERLINK("http://x","y")', '+1+1', '@SUM(A1)'];
    const LINK_TEXT = 'Xem báo cáo chi tiết';
    let consolidated: Awaited<ReturnType<typeof consolidate>>;
    let ids: { task: string; project: string; target: string };

    beforeAll(async () => {
      // A newer file from Sở Công Thương, which reports tasks, projects and targets.
      const base = sample('2022_So-CT.xlsx').bytes;
      const bytes = await edited(
        base.slice().buffer,
        setNth('Nhiệm vụ', 0, { 'Kết quả thực hiện': FORMULA_LIKE[0], 'Khó khăn, vướng mắc': FORMULA_LIKE[1], 'Đề xuất, kiến nghị': FORMULA_LIKE[2] }),
        setNth('Nhiệm vụ', 1, { 'Kết quả thực hiện': { text: LINK_TEXT, hyperlink: 'http://example.com/bao-cao' } }),
        setNth('Dự án', 0, { 'Vốn đã giải ngân lũy kế (tỷ đồng)': '+1+1' }),
        setNth('Chỉ tiêu', 0, { 'Thực hiện': '-5' }),
      );
      const file = new Uint8Array(bytes);
      ids = { task: await rowIdOf(file, 'Nhiệm vụ', 0), project: await rowIdOf(file, 'Dự án', 0), target: await rowIdOf(file, 'Chỉ tiêu', 0) };
      consolidated = await consolidate(first.bytes, [sourceOf({ fileName: '2022_So-CT_gui-lai.xlsx', bytes: file })]);
      expect(consolidated.result.files[0].submission).toMatchObject({ outcome: 'accepted', agencyId: 'kg.sct', rowsQuarantined: 1 });
    }, 60_000);

    it('stores a text answer that looks like a formula as that text, in a cell with no formula', async () => {
      const cells = await reportCells(consolidated.bytes);
      for (const text of FORMULA_LIKE) {
        const found = cells.filter((cell) => cell.value === text);
        expect([text, found.length > 0]).toEqual([text, true]);
        expect(found.every((cell) => cell.type === ExcelJS.ValueType.String && cell.formula === undefined)).toBe(true);
      }
      expect(cells.some((cell) => cell.type === ExcelJS.ValueType.Formula || cell.formula !== undefined)).toBe(false);
      const { reports } = await readBack(consolidated.bytes);
      expect(reports.tasks.find((row) => row.taskId === ids.task && row.agencyId === 'kg.sct')).toMatchObject({ result: FORMULA_LIKE[0], obstacles: FORMULA_LIKE[1], proposals: FORMULA_LIKE[2] });
    });

    it('quarantines a number answer that looks like a formula, keeping what the agency wrote as text', async () => {
      const { reports } = await readBack(consolidated.bytes);
      const id = consolidated.result.files[0].submission.id;
      const quarantined = reports.quarantine.filter((row) => row.submissionId === id);
      expect(quarantined.map((row) => [row.rowId, row.code])).toEqual([[ids.project, 'formula-injection']]);
      expect(quarantined[0]?.values).toContain('+1+1');
      expect(reports.projects.some((row) => row.projectId === ids.project && row.submissionId === id)).toBe(false);
    });

    it('keeps a negative number a number', async () => {
      const { reports } = await readBack(consolidated.bytes);
      expect(reports.targets.find((row) => row.targetId === ids.target && row.agencyId === 'kg.sct')?.actual).toBe(-5);
      const cells = await reportCells(consolidated.bytes);
      expect(cells.filter((cell) => cell.value === -5).map((cell) => cell.type)).toEqual([ExcelJS.ValueType.Number]);
    });

    it('keeps a hyperlink in an answer as its text alone, with no link', async () => {
      const cells = await reportCells(consolidated.bytes);
      const linked = cells.filter((cell) => cell.text === LINK_TEXT);
      expect(linked.length).toBeGreaterThan(0);
      expect(linked.every((cell) => cell.value === LINK_TEXT && cell.hyperlink === undefined)).toBe(true);
      expect(cells.some((cell) => cell.type === ExcelJS.ValueType.Hyperlink)).toBe(false);
    });
  });
});
