import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type SampleReturn, writeSampleReturns } from '../../src/app/samples';
import { Plan } from '../../src/domain/plan';
import { createXlsx } from '../../src/workbook/xlsx/xlsxWorkbook';
import { shippedLayouts } from '../layout/fixtures';
import { period, returned } from '../rules/validate/returns';

const layouts = shippedLayouts();
const plan = Plan.parse(JSON.parse(readFileSync(join(__dirname, '..', '..', 'seeds', 'kg-40-kh-ubnd.json'), 'utf8')));

async function samples(seed?: number) {
  const files = new Map<string, ArrayBuffer>();
  const list = await writeSampleReturns(
    plan,
    period('2022'),
    layouts,
    { createFile: () => createXlsx(), save: async (name, data) => void files.set(name, data) },
    { generatedAt: '2022-11-01T08:00:00.000Z', focalPointId: 'kg.sct', ...(seed === undefined ? {} : { seed }) },
  );
  return { list, files };
}

/** What a sheet holds, as the validator reads it. */
async function grids(bytes: ArrayBuffer | undefined) {
  const workbook = await returned(bytes ?? new ArrayBuffer(0), 'x.xlsx');
  return workbook.sheets.map((sheet) => sheet.rows.map((row) => row.map((cell) => cell?.formula ?? cell?.value ?? null)));
}

describe('writeSampleReturns', () => {
  let first: { list: SampleReturn[]; files: Map<string, ArrayBuffer> };
  beforeAll(async () => {
    first = await samples();
  }, 60_000);

  it('writes one file per agency, and shows every mistake once', () => {
    const mistakes = first.list.map((sample) => sample.mistake);
    for (const mistake of ['forgiven', 'deleted-row', 'resubmission', 'invented-row', 'pasted-formula', 'bad-values', 'wrong-period', 'stale-template', 'old-version', 'duplicate']) {
      expect(mistakes.filter((candidate) => candidate === mistake)).toHaveLength(1);
    }
    expect(mistakes.filter((mistake) => mistake === 'none').length).toBeGreaterThan(mistakes.length / 3);
    expect([...first.files.keys()]).toEqual(first.list.map((sample) => sample.fileName));
  });

  it('gives the same answers for the same seed, and others for another seed', async () => {
    const again = await samples();
    const other = await samples(7);
    const name = first.list.find((sample) => sample.mistake === 'none' && sample.agencyId === 'kg.ubnd-huyen')?.fileName ?? '';
    expect(await grids(again.files.get(name))).toEqual(await grids(first.files.get(name)));
    expect(await grids(other.files.get(name))).not.toEqual(await grids(first.files.get(name)));
  }, 60_000);

  it('receives the duplicate as the very same bytes', () => {
    const duplicate = first.list.find((sample) => sample.mistake === 'duplicate');
    const original = first.list.find((sample) => sample.agencyId === duplicate?.agencyId && sample.mistake === 'none');
    expect(new Uint8Array(first.files.get(duplicate?.fileName ?? '') ?? new ArrayBuffer(1))).toEqual(new Uint8Array(first.files.get(original?.fileName ?? '') ?? new ArrayBuffer(0)));
  });
});
