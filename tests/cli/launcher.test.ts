import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { buildPlan } from '../rules/planBuilder';
import { tempFolder, type TempFolder } from './tempFiles';

const ROOT = join(__dirname, '..', '..');
let files: TempFolder;

beforeAll(() => {
  files = tempFolder();
  // The launcher runs the compiled CLI; compile it as `npm run build:cli` does. Type errors fail
  // `npm run build`, not this test: tsc still emits, and the launcher is what is tried here.
  spawnSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', 'tsconfig.build.json'], {
    cwd: ROOT,
    stdio: 'ignore',
  });
}, 180_000);
afterAll(() => files.remove());

describe('bin/plan-tracker.js', () => {
  it('checks a plan file as a child process, printing JSON and exiting with the check’s code', () => {
    const path = files.write('plan.json', buildPlan());
    const run = spawnSync(process.execPath, [join(ROOT, 'bin', 'plan-tracker.js'), 'check', path, '--json'], {
      encoding: 'utf8',
    });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ plan: { id: 'kg-test' }, findings: [] });
  });
});
