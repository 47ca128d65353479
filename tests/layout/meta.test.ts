import { readAgencyMeta } from '../../src/layout/meta';
import type { SheetGrid } from '../../src/workbook/port';

const grid = (rows: [string, string][]): SheetGrid => ({
  name: '_meta',
  state: 'veryHidden',
  protected: true,
  rows: rows.map(([key, value]) => [{ value: key }, { value }]),
});

const complete: [string, string][] = [
  ['planId', 'kg-40-kh-ubnd'],
  ['agencyId', 'kg.sct'],
  ['agencyName', 'Sở Công Thương'],
  ['period', '2022'],
  ['templateVersion', '1.0'],
  ['generatedAt', '2022-11-01T08:00:00.000Z'],
  ['planHash', 'a'.repeat(64)],
];

describe('readAgencyMeta', () => {
  it('reads the key/value rows of _meta', () => {
    const meta = readAgencyMeta(grid(complete));
    expect(meta.ok && meta.value).toMatchObject({ planId: 'kg-40-kh-ubnd', agencyId: 'kg.sct', period: '2022' });
  });

  it('rejects a workbook without _meta, or with a damaged one, in both languages', () => {
    const missing = readAgencyMeta(null);
    expect(missing).toMatchObject({ ok: false, reason_vi: expect.stringMatching(/_meta/), reason_en: expect.stringMatching(/_meta/) });
    expect(readAgencyMeta(grid(complete.filter(([key]) => key !== 'planHash'))).ok).toBe(false);
    expect(readAgencyMeta(grid(complete.map(([key, value]) => [key, key === 'period' ? 'năm 2022' : value]))).ok).toBe(false);
  });
});
