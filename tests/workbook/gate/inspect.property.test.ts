import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { Finding } from '../../../src/domain/finding';
import { INTERNAL_ERROR, inspectWorkbookBytes, type GateResult } from '../../../src/workbook/gate/inspect';
import { buildZip } from '../../support/zipBuilder';
import { workbookParts } from './workbookParts';

const FILE = 'bao-cao.xlsx';

/**
 * What every answer of the gate must be: accepted with warnings only, or refused with typed
 * findings — and never refused because the gate itself failed.
 */
function expectWellFormed(result: GateResult): void {
  for (const finding of result.findings) {
    expect(Finding.parse(finding)).toMatchObject({ where: FILE, file: FILE });
    expect(finding.found ?? '').not.toContain(INTERNAL_ERROR);
  }
  if (result.ok) {
    expect(result.findings.every((f) => f.severity === 'warning')).toBe(true);
    expect(Number.isInteger(result.entries) && Number.isInteger(result.inflatedBytes)).toBe(true);
  } else {
    expect(result.findings.some((f) => f.severity === 'error')).toBe(true);
  }
}

type Mutation =
  | { kind: 'flip'; at: number; value: number }
  | { kind: 'insert'; at: number; bytes: Uint8Array }
  | { kind: 'delete'; at: number; length: number };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('flip' as const), at: fc.nat(), value: fc.integer({ min: 0, max: 255 }) }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), bytes: fc.uint8Array({ minLength: 1, maxLength: 8 }) }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 64 }) }),
);

function mutate(bytes: Uint8Array, mutations: readonly Mutation[]): Uint8Array {
  let out = bytes;
  for (const m of mutations) {
    const at = m.at % (out.length + 1);
    if (m.kind === 'flip') {
      out = out.slice();
      if (at < out.length) out[at] = m.value;
    } else if (m.kind === 'insert') {
      const grown = new Uint8Array(out.length + m.bytes.length);
      grown.set(out.subarray(0, at));
      grown.set(m.bytes, at);
      grown.set(out.subarray(at), at + m.bytes.length);
      out = grown;
    } else {
      const shrunk = new Uint8Array(out.length - Math.min(m.length, out.length - at));
      shrunk.set(out.subarray(0, at));
      shrunk.set(out.subarray(at + m.length), at);
      out = shrunk;
    }
  }
  return out;
}

describe('inspectWorkbookBytes on hostile bytes', () => {
  let workbooks: Uint8Array[] = [];

  beforeAll(async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Nhiệm vụ').addRow(['I.1', 'Rà soát quy hoạch', 'Hoàn thành', 100]);
    workbooks = [new Uint8Array(await workbook.xlsx.writeBuffer()), await buildZip(workbookParts())];
  });

  it('never throws on small arbitrary byte arrays, some starting like a zip or an OLE file', async () => {
    const prefix = fc.constantFrom([], [0x50, 0x4b, 0x03, 0x04], [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    await fc.assert(
      fc.asyncProperty(prefix, fc.uint8Array({ maxLength: 600 }), async (head, body) => {
        expectWellFormed(await inspectWorkbookBytes(Uint8Array.from([...head, ...body]), FILE));
      }),
      { numRuns: 1000 },
    );
  });

  it('never throws on valid workbooks with bytes flipped, inserted or deleted', async () => {
    await fc.assert(
      fc.asyncProperty(fc.nat(), fc.array(mutation, { minLength: 1, maxLength: 6 }), async (which, mutations) => {
        const base = workbooks[which % workbooks.length] ?? new Uint8Array(0);
        expectWellFormed(await inspectWorkbookBytes(mutate(base, mutations), FILE));
      }),
      { numRuns: 1000 },
    );
  }, 120_000);
});
