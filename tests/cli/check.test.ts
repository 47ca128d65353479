import { writeFileSync } from 'node:fs';
import { initMasterWorkbook } from '../../src/app/initMaster';
import { runCli } from '../../src/cli/main';
import { Plan } from '../../src/domain/plan';
import { bundledLayouts } from '../../src/layout/bundled';
import type { WorkbookFile } from '../../src/workbook/port';
import { createXlsx } from '../../src/workbook/xlsx/xlsxWorkbook';
import { buildPlan, ref } from '../rules/planBuilder';
import { memoryIo } from './memoryIo';
import { tempFolder, type TempFolder } from './tempFiles';

let files: TempFolder;
beforeEach(() => {
  files = tempFolder();
});
afterEach(() => files.remove());

async function check(...args: string[]) {
  const streams = memoryIo();
  const exitCode = await runCli(['check', ...args], streams.io);
  return { exitCode, stdout: streams.stdout(), stderr: streams.stderr() };
}

const planWithErrorAndWarning = () =>
  buildPlan((p) => {
    p.tasks[0]!.timeFrame = 'Quý III/2022';
    p.projects[0]!.followedBy = ref('kg.sct', 'Phòng Kinh tế');
  });

describe('plan-tracker check', () => {
  it('prints the plan, its document, its counts and no findings, and exits 0 for a sound plan', async () => {
    const { exitCode, stdout, stderr } = await check(files.write('plan.json', buildPlan()));
    expect(exitCode).toBe(0);
    expect(stderr).toBe('');
    expect(stdout).toContain('Kế hoạch / Plan: kg-test');
    expect(stdout).toContain('Văn bản / Document: 40/KH-UBND, 23/02/2022');
    expect(stdout).toMatch(/Nhiệm vụ \/ Tasks\s+2\n/);
    expect(stdout).toMatch(/Cơ quan được giao \/ Agencies\s+2\n/);
    expect(stdout).toContain('Kết quả: 0 lỗi, 0 cảnh báo. / Result: 0 errors, 0 warnings.');
  });

  it('groups findings by severity, errors first, each with code and place, then Vietnamese and English', async () => {
    const { exitCode, stdout } = await check(files.write('plan.json', planWithErrorAndWarning()));
    expect(exitCode).toBe(1);
    const errors = stdout.indexOf('Lỗi / Errors (1)');
    const warnings = stdout.indexOf('Cảnh báo / Warnings (1)');
    expect(errors).toBeGreaterThan(-1);
    expect(warnings).toBeGreaterThan(errors);
    const lines = stdout.split('\n');
    const at = lines.indexOf('  invalid-time-frame  tasks[I.1].timeFrame');
    expect(at).toBeGreaterThan(-1);
    expect(lines[at + 1]).toMatch(/^ {4}Thời gian thực hiện của nhiệm vụ I\.1/);
    expect(lines[at + 2]).toMatch(/^ {4}The time frame of task I\.1/);
    expect(stdout).toContain('Kết quả: 1 lỗi, 1 cảnh báo. / Result: 1 errors, 1 warnings.');
  });

  it('exits 0 when the plan has only warnings', async () => {
    const plan = buildPlan((p) => {
      p.projects[0]!.followedBy = ref('kg.sct', 'Phòng Kinh tế');
    });
    expect((await check(files.write('plan.json', plan))).exitCode).toBe(0);
  });

  it('prints exactly the summary and the findings with --json', async () => {
    const { exitCode, stdout } = await check(files.write('plan.json', planWithErrorAndWarning()), '--json');
    expect(exitCode).toBe(1);
    const printed = JSON.parse(stdout) as { plan: unknown; findings: Record<string, unknown>[] };
    expect(Object.keys(printed)).toEqual(['plan', 'findings']);
    expect(printed.plan).toEqual({
      id: 'kg-test',
      counts: { tasks: 2, projects: 1, targets: 1, zones: 1, agencies: 2 },
      agencies: ['kg.sct', 'kg.skhdt'],
    });
    expect(printed.findings.map((finding) => Object.keys(finding))).toEqual([
      ['code', 'severity', 'where', 'expected', 'found', 'message_vi', 'message_en'],
      ['code', 'severity', 'where', 'expected', 'found', 'message_vi', 'message_en'],
    ]);
    expect(printed.findings.find((finding) => finding.severity === 'error')).toMatchObject({
      code: 'invalid-time-frame',
      severity: 'error',
      where: 'tasks[I.1].timeFrame',
      found: 'Quý III/2022',
    });
  });

  it('prints a null plan and exits 1 when the file is JSON but not a plan', async () => {
    const { exitCode, stdout } = await check(files.write('plan.json', '{"id": 7}'), '--json');
    expect(exitCode).toBe(1);
    const printed = JSON.parse(stdout) as { plan: unknown; findings: { code: string }[] };
    expect(printed.plan).toBeNull();
    expect(new Set(printed.findings.map((finding) => finding.code))).toEqual(new Set(['schema-invalid']));
  });

  it('says in both languages that the structure is wrong in the readable report', async () => {
    const { exitCode, stdout } = await check(files.write('plan.json', '[]'));
    expect(exitCode).toBe(1);
    expect(stdout).toContain('Tệp không đúng cấu trúc kế hoạch. / The file does not have the structure of a plan.');
    expect(stdout).toContain('  schema-invalid  (plan)');
  });

  it('exits 2 with a bilingual message when the file is missing', async () => {
    const { exitCode, stdout, stderr } = await check(files.path('missing.json'));
    expect(exitCode).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^Không tìm thấy tệp ".*missing\.json"\.\nFile not found: ".*missing\.json"\.\n$/);
  });

  it('exits 2 with a bilingual message when the file is not JSON', async () => {
    const { exitCode, stderr } = await check(files.write('plan.json', '{ "id": '));
    expect(exitCode).toBe(2);
    expect(stderr).toContain('không phải JSON hợp lệ');
    expect(stderr).toContain('is not valid JSON');
  });

  it('reads a file that starts with a byte order mark', async () => {
    const { exitCode } = await check(files.write('plan.json', `\uFEFF${JSON.stringify(buildPlan())}`));
    expect(exitCode).toBe(0);
  });
});

describe('plan-tracker check on a master workbook', () => {
  async function masterOf(plan: unknown, edit?: (tables: WorkbookFile) => Promise<void>): Promise<string> {
    const file = createXlsx();
    await initMasterWorkbook(Plan.parse(plan), bundledLayouts(), file);
    if (edit !== undefined) await edit(file);
    const path = files.path('master.xlsx');
    writeFileSync(path, new Uint8Array(await file.toArrayBuffer()));
    return path;
  }

  it('checks the plan held in the master’s tables exactly as it checks the plan file', async () => {
    const fromFile = await check(files.write('plan.json', planWithErrorAndWarning()), '--json');
    const fromMaster = await check(await masterOf(planWithErrorAndWarning()), '--json');
    expect(fromMaster.exitCode).toBe(1);
    expect(JSON.parse(fromMaster.stdout)).toEqual(JSON.parse(fromFile.stdout));
  });

  it('reports the master’s own problems, with sheet and cell, when its tables cannot make a plan', async () => {
    const master = await masterOf(buildPlan(), async (file) => {
      const tasks = bundledLayouts().master.sheets.find((sheet) => sheet.entity === 'tasks');
      if (tasks === undefined) throw new Error('the master layout has no task sheet');
      await file.writeSheets([{ name: tasks.name, blocks: [{ kind: 'cells', at: 'A1', rows: [[{ value: 'bảng đã bị xóa' }]] }] }]);
    });
    const { exitCode, stdout } = await check(master);
    expect(exitCode).toBe(1);
    expect(stdout).toContain('missing-');
  });

  it('exits 2 when the file is not a workbook', async () => {
    const { exitCode, stderr } = await check(files.write('master.xlsx', 'không phải tệp Excel'));
    expect(exitCode).toBe(2);
    expect(stderr).toContain('master.xlsx');
  });
});
