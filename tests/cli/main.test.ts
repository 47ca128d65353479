import { runCli } from '../../src/cli/main';
import { memoryIo } from './memoryIo';

async function run(...args: string[]) {
  const streams = memoryIo();
  const exitCode = await runCli(args, streams.io);
  return { exitCode, stdout: streams.stdout(), stderr: streams.stderr() };
}

describe('plan-tracker command line', () => {
  it('lists its commands with --help and exits 0', async () => {
    const { exitCode, stdout } = await run('--help');
    expect(exitCode).toBe(0);
    expect(stdout).toContain('plan-tracker');
    expect(stdout).toContain('check');
    expect(stdout).toContain('import-appendix');
  });

  it('exits 2 with a bilingual usage message when no command is given', async () => {
    const { exitCode, stderr } = await run();
    expect(exitCode).toBe(2);
    expect(stderr).toContain('Lỗi cú pháp lệnh: chưa chọn lệnh. Xem hướng dẫn: plan-tracker --help');
    expect(stderr).toContain('Usage error: no command given. See: plan-tracker --help');
  });

  it('exits 2 for an unknown command', async () => {
    const { exitCode, stderr } = await run('chek', 'plan.json');
    expect(exitCode).toBe(2);
    expect(stderr).toContain("Lỗi cú pháp lệnh: không có lệnh này ('chek')");
    expect(stderr).toContain("Usage error: unknown command 'chek'");
  });

  it('exits 2 and points to the command’s help when its argument is missing', async () => {
    const { exitCode, stderr } = await run('check');
    expect(exitCode).toBe(2);
    expect(stderr).toContain("Lỗi cú pháp lệnh: thiếu tham số bắt buộc ('plan').");
    expect(stderr).toContain('Xem hướng dẫn: plan-tracker check --help');
    expect(stderr).toContain("Usage error: missing required argument 'plan'");
  });

  it('exits 2 for an unknown option and for too many arguments', async () => {
    expect((await run('check', 'a.json', '--xml')).exitCode).toBe(2);
    const excess = await run('check', 'a.json', 'b.json');
    expect(excess.exitCode).toBe(2);
    expect(excess.stderr).toContain('thừa tham số');
  });

  it('exits 2 and lists the allowed values when a choice is wrong', async () => {
    const { exitCode, stderr } = await run('import-appendix', '-', '--kind', 'targets', '--province', 'kien-giang');
    expect(exitCode).toBe(2);
    expect(stderr).toContain('giá trị không hợp lệ');
    expect(stderr).toContain('chọn một trong: tasks, projects');
  });
});
