/**
 * The sync bound of the Office.js adapter, measured on the fake: on Excel on the web every
 * `context.sync()` is a network round trip and a request over 5 MB is refused.
 */
import { createOfficeWorkbook, type OfficeWorkbookOptions } from '../../../src/workbook/officejs/officeWorkbook';
import { DEFAULT_REQUEST_BUDGET, EXCEL_WEB_REQUEST_LIMIT } from '../../../src/workbook/officejs/requestBudget';
import type { SheetSpec } from '../../../src/workbook/port';
import { FakeExcel, type RequestRecord } from '../../support/fakeExcel';
import { MASTER_SHEETS, masterSpecs, masterTableNames } from './fixtures';

const open = (options: OfficeWorkbookOptions = {}) => {
  const fake = new FakeExcel();
  const port = createOfficeWorkbook(fake.run, { isSetSupported: fake.isSetSupported, ...options });
  return { fake, port };
};

interface Cost {
  readonly write: number;
  readonly rewrite: number;
  readonly readSheet: number;
  readonly readTables: number;
  readonly listSheets: number;
  readonly requests: readonly RequestRecord[];
}

/** Writes the master-like workbook, writes it again over itself, and reads it all back. */
async function masterCost(rows: number): Promise<Cost> {
  const { fake, port } = open();
  const write = await fake.measure(() => port.writeSheets(masterSpecs(rows)));
  const rewrite = await fake.measure(() => port.writeSheets(masterSpecs(rows)));
  const readSheet = await fake.measure(() => port.readSheet(MASTER_SHEETS[1].sheet));
  const readTables = await fake.measure(() => port.readTables(masterTableNames()));
  const listSheets = await fake.measure(() => port.listSheets());
  expect(readTables.result.tblTasks?.rows).toHaveLength(rows);
  expect(readSheet.result?.rows).toHaveLength(rows + 1);
  return {
    write: write.syncs,
    rewrite: rewrite.syncs,
    readSheet: readSheet.syncs,
    readTables: readTables.syncs,
    listSheets: listSheets.syncs,
    requests: fake.requests,
  };
}

const bigText = (rows: number, width: number, length: number): SheetSpec => ({
  name: 'Lớn',
  blocks: [
    {
      kind: 'table',
      at: 'A1',
      table: {
        name: 'tblBig',
        columns: Array.from({ length: width }, (_, c) => ({ header: `Cột ${c + 1}` })),
        rows: Array.from({ length: rows }, (_, r) => Array.from({ length: width }, (_, c) => `${r}:${c}:`.padEnd(length, 'ư'))),
      },
    },
  ],
});

describe('the sync bound of the Office.js adapter', () => {
  let small: Cost;
  let large: Cost;

  beforeAll(async () => {
    small = await masterCost(10);
    large = await masterCost(5_000);
  }, 120_000);

  it('writes ten 5,000-row tables in the same number of syncs as ten 10-row tables', () => {
    expect(large.write).toBe(small.write);
    expect(large.rewrite).toBe(small.rewrite);
    expect(small.write).toBe(2);
  });

  it('reads them back in the same number of syncs: one per port call', () => {
    expect([large.readSheet, large.readTables, large.listSheets]).toEqual([1, 1, 1]);
    expect([small.readSheet, small.readTables, small.listSheets]).toEqual([1, 1, 1]);
  });

  it('keeps every request under the 5 MB Excel on the web accepts, and under the budget', () => {
    for (const request of large.requests) expect(request.bytes).toBeLessThan(DEFAULT_REQUEST_BUDGET);
    expect(Math.max(...large.requests.map((r) => r.bytes))).toBeGreaterThan(1_000_000);
  });

  it('does not suspend calculation for a write that fits one request', () => {
    expect(large.requests.some((r) => r.calculationSuspended)).toBe(false);
  });
});

/** The same sheet with no wrapped text anywhere. */
const unwrapped = (spec: SheetSpec): SheetSpec => ({
  ...spec,
  blocks: spec.blocks.map((block) =>
    block.kind !== 'table'
      ? block
      : {
          ...block,
          table: {
            ...block.table,
            headerStyle: { ...block.table.headerStyle, wrap: false },
            columns: block.table.columns.map((column) => ({ ...column, style: { ...column.style, wrap: false } })),
          },
        },
  ),
});

describe('fitting rows to wrapped text', () => {
  it('is queued with the write: rows are fitted without a sync of their own', async () => {
    const syncsOf = async (specs: SheetSpec[]): Promise<{ syncs: number; fake: FakeExcel }> => {
      const { fake, port } = open();
      return { syncs: (await fake.measure(() => port.writeSheets(specs))).syncs, fake };
    };
    const wrapped = await syncsOf(masterSpecs(5_000));
    const plain = await syncsOf(masterSpecs(5_000).map(unwrapped));
    expect(wrapped.fake.sheet(MASTER_SHEETS[1].sheet)?.fittedRows.size).toBe(5_001);
    expect(plain.fake.sheet(MASTER_SHEETS[1].sheet)?.fittedRows.size).toBe(0);
    expect(wrapped.syncs).toBe(plain.syncs);
    expect(wrapped.syncs).toBe(2);
  }, 60_000);
});

describe('a write larger than the request budget', () => {
  it('is split into chunks of rows, each request under the budget, with a sync between them', async () => {
    const { fake, port } = open();
    const { syncs, requests } = await fake.measure(() => port.writeSheets([bigText(14_000, 8, 40)]));
    const written = requests.reduce((sum, r) => sum + r.bytes, 0);
    expect(written).toBeGreaterThan(2 * DEFAULT_REQUEST_BUDGET);
    // One look at the workbook, then as many writes as the bytes need: chunks are a quarter of the
    // budget, so every request but the last is at least three quarters full.
    expect(syncs).toBeGreaterThanOrEqual(1 + Math.ceil(written / DEFAULT_REQUEST_BUDGET));
    expect(syncs).toBeLessThanOrEqual(1 + Math.ceil(written / (0.75 * DEFAULT_REQUEST_BUDGET)));
    for (const request of requests) expect(request.bytes).toBeLessThan(EXCEL_WEB_REQUEST_LIMIT);
    const sheet = fake.sheet('Lớn');
    expect(sheet?.value('H14001')).toBe('13999:7:'.padEnd(40, 'ư'));
    expect(fake.table('tblBig')?.address).toBe('A1:H14001');
  }, 60_000);

  it('suspends calculation in every request but the last, which recalculates', async () => {
    const { fake, port } = open();
    const { requests } = await fake.measure(() => port.writeSheets([bigText(14_000, 8, 40)]));
    const writes = requests.slice(1);
    expect(writes.slice(0, -1).every((r) => r.calculationSuspended)).toBe(true);
    expect(writes[writes.length - 1].calculationSuspended).toBe(false);
    expect(writes.every((r) => r.screenUpdatingSuspended)).toBe(true);
    expect(fake.document.calculations).toEqual(['Recalculate']);
  }, 60_000);

  it('needs more syncs only as its bytes grow, not its rows', async () => {
    const syncsFor = async (spec: SheetSpec, budget: number): Promise<number> => {
      const { fake, port } = open({ requestBudget: budget });
      return (await fake.measure(() => port.writeSheets([spec]))).syncs;
    };
    const budget = 512 * 1024;
    const manyShortRows = await syncsFor(bigText(8_000, 1, 8), budget);
    const fewLongRows = await syncsFor(bigText(200, 8, 300), budget);
    expect(manyShortRows).toBe(2);
    expect(fewLongRows).toBeGreaterThan(manyShortRows);
  }, 60_000);
});
