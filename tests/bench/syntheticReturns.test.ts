import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bundledLayouts } from '../../src/layout/bundled';
import { openXlsx } from '../../src/workbook/xlsx/xlsxWorkbook';
import { syntheticPlan } from '../../bench/syntheticPlan';
import { writeReturnedFiles } from '../../bench/syntheticReturns';

const plan = syntheticPlan({ tasks: 40, agencies: 4, projects: 4, targets: 4, sections: 2, zones: 2 });
const options = { generatedAt: '2021-12-01T01:00:00.000Z', seed: 1 };

describe('writeReturnedFiles', () => {
  let folder: string;
  beforeEach(async () => {
    folder = await mkdtemp(join(tmpdir(), 'bench-returns-'));
  });
  afterEach(async () => {
    await rm(folder, { recursive: true, force: true });
  });

  it('writes exactly as many files as asked, each with its own bytes and name', async () => {
    const files = await writeReturnedFiles(plan, bundledLayouts(), 12, folder, options);
    expect(files).toHaveLength(12);
    expect(new Set(files.map((file) => file.fileName)).size).toBe(12);
    const hashes = await Promise.all(files.map(async (file) => createHash('sha256').update(await readFile(join(folder, file.fileName))).digest('hex')));
    expect(new Set(hashes).size).toBe(12);
  }, 60_000);

  it('goes on to the next reporting year, then to further rounds named as resent files', async () => {
    const files = await writeReturnedFiles(plan, bundledLayouts(), 30, folder, options);
    expect(files[0]?.period).toBe('2021');
    expect(new Set(files.map((file) => file.period))).toEqual(new Set(['2021', '2022', '2023', '2024']));
    expect(files.some((file) => /_lan-2\.xlsx$/.test(file.fileName))).toBe(true);
  }, 60_000);

  it('writes agency workbooks that open, with their hidden _meta sheet', async () => {
    const [first] = await writeReturnedFiles(plan, bundledLayouts(), 1, folder, options);
    if (first === undefined) throw new Error('no file');
    const workbook = await openXlsx(await readFile(join(folder, first.fileName)));
    expect((await workbook.listSheets()).map((sheet) => sheet.name)).toContain(bundledLayouts().agency.meta.name);
  }, 60_000);

  it('writes the same files (names, years, sizes) for the same seed', async () => {
    const again = await mkdtemp(join(tmpdir(), 'bench-returns-'));
    try {
      const first = await writeReturnedFiles(plan, bundledLayouts(), 3, folder, options);
      const second = await writeReturnedFiles(plan, bundledLayouts(), 3, again, options);
      expect(second).toEqual(first);
    } finally {
      await rm(again, { recursive: true, force: true });
    }
  }, 60_000);
});
