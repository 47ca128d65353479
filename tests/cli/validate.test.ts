import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { ANNOTATION_SHEET } from '../../src/app/annotate';
import { FileCheck } from '../../src/app/validate';
import { badStatus, runReturnsCli, writeMaster, writeReturn } from './returnsCli';
import { tempFolder, type TempFolder } from './tempFiles';

let files: TempFolder;
beforeEach(() => {
  files = tempFolder();
});
afterEach(() => files.remove());

describe('plan-tracker validate', () => {
  it('reports a good file as valid and exits 0', async () => {
    const master = await writeMaster(files);
    const { exitCode, stdout, stderr } = await runReturnsCli('validate', master, await writeReturn(files, 'kg.sct'));
    expect(stderr).toBe('');
    expect(exitCode).toBe(0);
    expect(stdout).toContain('== 2022_SCT.xlsx — kg.sct, kỳ/period 2022 — Hợp lệ / valid: 0 lỗi/errors, 0 cảnh báo/warnings');
    expect(stdout).toContain('1 tệp, 0 tệp cần gửi trả lại để sửa.');
  });

  it('prints every finding with its code, place, values and both messages, goes on after a bad file, and exits 1', async () => {
    const master = await writeMaster(files);
    const broken = files.write('hong.xlsx', 'không phải tệp Excel');
    const { exitCode, stdout } = await runReturnsCli('validate', master, broken, await writeReturn(files, 'kg.stc', badStatus), await writeReturn(files, 'kg.sct'));
    expect(exitCode).toBe(1);
    expect(stdout).toContain('== hong.xlsx — cơ quan chưa rõ / agency unknown — Không đọc được / unreadable: 1 lỗi/errors');
    expect(stdout).toContain('  LỖI / ERROR  invalid-enum  Nhiệm vụ!E4  mã/id I.2  cột/column "Tình trạng"\n    Đang ghi / found: Tốt\n    Cần / expected: Chưa triển khai; Đang triển khai; Hoàn thành; Không thực hiện\n');
    expect(stdout).toContain('Hãy chọn trong danh sách thả xuống');
    expect(stdout).toContain('Choose one of');
    expect(stdout).toContain('== 2022_SCT.xlsx — kg.sct, kỳ/period 2022 — Hợp lệ / valid');
  });

  it('writes JSON for machines with --json', async () => {
    const master = await writeMaster(files);
    const json = files.path('result.json');
    const { exitCode } = await runReturnsCli('validate', master, await writeReturn(files, 'kg.stc', badStatus), '--json', json);
    expect(exitCode).toBe(1);
    const result = JSON.parse(readFileSync(json, 'utf8')) as { files: unknown[] };
    const [file] = result.files.map((entry) => FileCheck.parse(entry));
    expect(file).toMatchObject({ file: '2022_STC.xlsx', agency: 'kg.stc', period: '2022', status: 'invalid' });
    expect(file.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(file.findings[0]).toMatchObject({ code: 'invalid-enum', severity: 'error', sheet: 'Nhiệm vụ', cell: 'E4', rowId: 'I.2', column: 'Tình trạng', found: 'Tốt' });
  });

  it('prints only JSON on standard output with --json -', async () => {
    const master = await writeMaster(files);
    const { stdout } = await runReturnsCli('validate', master, await writeReturn(files, 'kg.sct'), '--json', '-');
    expect(JSON.parse(stdout)).toMatchObject({ files: [{ status: 'valid', findings: [] }] });
  });

  it('writes a marked-up copy of each file with findings with --annotate', async () => {
    const master = await writeMaster(files);
    const folder = files.path('tra-lai');
    await runReturnsCli('validate', master, await writeReturn(files, 'kg.stc', badStatus), await writeReturn(files, 'kg.sct'), '--annotate', folder);
    expect(existsSync(join(folder, '2022_STC_loi-can-sua.xlsx'))).toBe(true);
    expect(existsSync(join(folder, '2022_SCT_loi-can-sua.xlsx'))).toBe(false);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(join(folder, '2022_STC_loi-can-sua.xlsx'));
    expect(book.worksheets[0]?.name).toBe(ANNOTATION_SHEET);
  });

  it('checks against the period given', async () => {
    const master = await writeMaster(files);
    const { exitCode, stdout } = await runReturnsCli('validate', master, await writeReturn(files, 'kg.sct'), '--period', '2023');
    expect(exitCode).toBe(1);
    expect(stdout).toContain('wrong-period');
  });

  it('exits 2 for a period it cannot read, a master it cannot open, or a path that is not there', async () => {
    const master = await writeMaster(files);
    const good = await writeReturn(files, 'kg.sct');
    expect((await runReturnsCli('validate', master, good, '--period', '2022-Q5')).exitCode).toBe(2);
    expect((await runReturnsCli('validate', files.write('khong-phai-so.xlsx', 'x'), good)).exitCode).toBe(2);
    const missing = await runReturnsCli('validate', master, files.path('khong-co.xlsx'), good);
    expect(missing.exitCode).toBe(2);
    expect(missing.stderr).toContain('khong-co.xlsx');
    expect(missing.stdout).toContain('== 2022_SCT.xlsx');
  });
});

describe('bin/plan-tracker.js validate (child process)', () => {
  const ROOT = join(__dirname, '..', '..');
  beforeAll(() => {
    spawnSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', 'tsconfig.build.json'], { cwd: ROOT, stdio: 'ignore' });
  }, 180_000);

  const run = (...args: string[]) =>
    spawnSync(process.execPath, [join(ROOT, 'bin', 'plan-tracker.js'), ...args], { cwd: ROOT, encoding: 'utf8' });

  it('exits 0 for good files, 1 when a file has errors, 2 for a wrong command line', async () => {
    const master = await writeMaster(files);
    const good = await writeReturn(files, 'kg.sct');
    const bad = await writeReturn(files, 'kg.stc', badStatus);
    expect(run('validate', master, good).status).toBe(0);
    expect(run('validate', master, good, bad).status).toBe(1);
    expect(run('validate', master).status).toBe(2);
    expect(run('validate', master, good, '--khong-co').status).toBe(2);
  });
});
