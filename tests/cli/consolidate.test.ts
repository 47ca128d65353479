import { readdirSync, readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import ExcelJS from 'exceljs';
import { readMaster } from '../../src/app/readMaster';
import { openXlsx } from '../../src/workbook/xlsx/xlsxWorkbook';
import { layouts } from '../rules/validate/returns';
import { badStatus, runReturnsCli, writeMaster, writeReturn } from './returnsCli';
import { tempFolder, type TempFolder } from './tempFiles';

let files: TempFolder;
beforeEach(() => {
  files = tempFolder();
});
afterEach(() => files.remove());

const readBack = async (path: string) => readMaster(await openXlsx(new Uint8Array(readFileSync(path))), layouts);

describe('plan-tracker consolidate', () => {
  it('adds the valid rows to the master, replaces it in place and prints one line per file', async () => {
    const master = await writeMaster(files);
    const { exitCode, stdout, stderr } = await runReturnsCli('consolidate', master, await writeReturn(files, 'kg.sct'), await writeReturn(files, 'kg.bqlkkt'));
    expect(stderr).toBe('');
    expect(exitCode).toBe(0);
    expect(stdout).toMatch(/2022_SCT\.xlsx\s+kg\.sct\s+Đã tiếp nhận \/ Accepted\s+6\s+0\s+0\s+0\n/);
    expect(stdout).toMatch(/2022_BQL-KKT\.xlsx\s+kg\.bqlkkt\s+Đã tiếp nhận \/ Accepted\s+1\s+0\s+0\s+0\n/);
    expect(stdout).toContain('7 dòng tiếp nhận, 0 dòng cách ly');
    const read = await readBack(master);
    expect(read.reports.tasks).toHaveLength(3);
    expect(read.reports.submissions.map((entry) => entry.fileName)).toEqual(['2022_SCT.xlsx', '2022_BQL-KKT.xlsx']);
    // Nothing but the master is left in its folder: the temporary file was renamed over it.
    expect(readdirSync(dirname(master)).filter((name) => name.startsWith('master'))).toEqual(['master.xlsx']);
  });

  it('quarantines the rows with errors, logs a duplicate, and exits 1', async () => {
    const master = await writeMaster(files);
    const bad = await writeReturn(files, 'kg.stc', badStatus);
    const { exitCode, stdout } = await runReturnsCli('consolidate', master, bad, bad);
    expect(exitCode).toBe(1);
    expect(stdout).toMatch(/2022_STC\.xlsx\s+kg\.stc\s+Trả lại \/ Rejected\s+0\s+1\s+1\s+0\n/);
    expect(stdout).toMatch(/2022_STC\.xlsx\s+kg\.stc\s+Trùng lặp \/ Duplicate\s+0\s+0\s+1\s+0\n/);
    const read = await readBack(master);
    expect(read.reports.quarantine.map((row) => `${row.rowId} ${row.code}`)).toEqual(['I.2 invalid-enum']);
  });

  it('writes JSON for machines with --json -', async () => {
    const master = await writeMaster(files);
    const { stdout } = await runReturnsCli('consolidate', master, await writeReturn(files, 'kg.sct'), '--json', '-');
    expect(JSON.parse(stdout)).toMatchObject({
      master,
      files: [{ file: '2022_SCT.xlsx', agency: 'kg.sct', period: '2022', status: 'valid', outcome: 'accepted', rowsAccepted: 6, rowsQuarantined: 0, errors: 0, warnings: 0, findings: [] }],
    });
  });

  it('leaves the master untouched and exits 1 when its own tables have errors', async () => {
    const master = files.path('master.xlsx');
    await writeMaster(files);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(master);
    // The officer clears the id of a task in the plan's own table.
    const tasks = book.getWorksheet('Nhiệm vụ');
    if (tasks === undefined) throw new Error('no task sheet');
    tasks.getRow(2).getCell(1).value = null;
    await book.xlsx.writeFile(master);
    const before = readFileSync(master);
    const { exitCode, stderr } = await runReturnsCli('consolidate', master, await writeReturn(files, 'kg.sct'));
    expect(exitCode).toBe(1);
    expect(stderr).toContain('Sổ theo dõi có lỗi, chưa tổng hợp tệp nào và sổ được giữ nguyên.');
    expect(readFileSync(master).equals(before)).toBe(true);
  });

  it('exits 2 when the master cannot be read', async () => {
    const { exitCode, stderr } = await runReturnsCli('consolidate', files.path('khong-co.xlsx'), await writeReturn(files, 'kg.sct'));
    expect(exitCode).toBe(2);
    expect(stderr).toContain('khong-co.xlsx');
  });
});
