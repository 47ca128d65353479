import { readFileSync } from 'node:fs';
import { runCli } from '../../src/cli/main';
import { memoryIo } from './memoryIo';
import { tempFolder, type TempFolder } from './tempFiles';

const TASK_TABLE = [
  'STT\tNội dung\tCơ quan chủ trì\tCơ quan phối hợp\tThời gian thực hiện',
  'I\tQuy hoạch phát triển công nghiệp\t\t\t',
  '1\tXây dựng phương án phát triển\tSở Công Thương\tSở Kế hoạch và Đầu tư\t2022',
  '2\tRà soát quy hoạch cụm công nghiệp\tSở Công Thương\tCác Sở, ban, ngành có liên quan\t2022-2025',
].join('\n');

let files: TempFolder;
beforeEach(() => {
  files = tempFolder();
});
afterEach(() => files.remove());

async function importAppendix(args: string[], stdin = '') {
  const streams = memoryIo(stdin);
  const exitCode = await runCli(['import-appendix', ...args], streams.io);
  return { exitCode, stdout: streams.stdout(), stderr: streams.stderr() };
}

interface Imported {
  sections: { id: string }[];
  tasks: { id: string; leadAgencies: { agencyId: string }[]; source: string }[];
  projects: unknown[];
}

describe('plan-tracker import-appendix', () => {
  it('prints the rows of a task table as JSON, with agencies resolved by the province registry', async () => {
    const path = files.write('phu-luc-1.tsv', TASK_TABLE);
    const { exitCode, stdout, stderr } = await importAppendix([path, '--kind', 'tasks', '--province', 'kien-giang']);
    expect(stderr).toBe('');
    expect(exitCode).toBe(0);
    const imported = JSON.parse(stdout) as Imported;
    expect(Object.keys(imported)).toEqual(['sections', 'tasks', 'projects']);
    expect(imported.sections.map((section) => section.id)).toEqual(['I']);
    expect(imported.tasks.map((task) => task.id)).toEqual(['I.1', 'I.2']);
    expect(imported.tasks[0]?.leadAgencies).toEqual([{ agencyId: 'kg.sct', asWritten: 'Sở Công Thương' }]);
    expect(imported.projects).toEqual([]);
  });

  it('reads standard input for -, prefixes ids and records the source', async () => {
    const { exitCode, stdout } = await importAppendix(
      ['-', '--kind', 'tasks', '--province', 'kien-giang', '--id-prefix', 'PL1-', '--source', 'Phụ lục 1'],
      TASK_TABLE,
    );
    expect(exitCode).toBe(0);
    const imported = JSON.parse(stdout) as Imported;
    expect(imported.tasks.every((task) => task.id.startsWith('PL1-'))).toBe(true);
    expect(imported.tasks[0]?.source).toBe('Phụ lục 1');
  });

  it('writes the rows to the -o file and nothing to standard output', async () => {
    const input = files.write('phu-luc-1.tsv', TASK_TABLE);
    const output = files.path('rows.json');
    const args = [input, '--kind', 'tasks', '--province', 'kien-giang', '-o', output];
    const { exitCode, stdout } = await importAppendix(args);
    expect(exitCode).toBe(0);
    expect(stdout).toBe('');
    expect((JSON.parse(readFileSync(output, 'utf8')) as Imported).tasks).toHaveLength(2);
  });

  it('prints findings on standard error and exits 1 when one is an error', async () => {
    const table = `${TASK_TABLE}\n3\tViệc chưa rõ\tPhòng Không Có\tSở Công Thương\tQuý 3`;
    const args = ['-', '--kind', 'tasks', '--province', 'kien-giang'];
    const { exitCode, stdout, stderr } = await importAppendix(args, table);
    expect(exitCode).toBe(1);
    expect(JSON.parse(stdout)).toHaveProperty('tasks');
    expect(stderr).toMatch(/^Lỗi \/ Errors \(\d+\)\n/);
    expect(stderr).toContain('  unknown-agency  ');
    expect(stderr).toContain('  invalid-time-frame  ');
  });

  it('exits 2 with a bilingual message when the table file is missing', async () => {
    const args = [files.path('missing.tsv'), '--kind', 'tasks', '--province', 'hau-giang'];
    const { exitCode, stdout, stderr } = await importAppendix(args);
    expect(exitCode).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain('Không tìm thấy tệp');
    expect(stderr).toContain('File not found');
  });

  it('exits 2 when a mandatory option is missing', async () => {
    const { exitCode, stderr } = await importAppendix(['-', '--kind', 'tasks']);
    expect(exitCode).toBe(2);
    expect(stderr).toContain("thiếu tùy chọn bắt buộc ('--province <province>')");
  });
});
