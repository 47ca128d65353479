import { isoToUtcDate, unwritableReason } from '../../src/workbook/writableValues';

describe('isoToUtcDate', () => {
  it('refuses days that do not exist', () => {
    expect(isoToUtcDate('2022-02-29')).toBeNull();
    expect(isoToUtcDate('2024-02-29')).toEqual(new Date('2024-02-29T00:00:00.000Z'));
    expect(isoToUtcDate('23/02/2022')).toBeNull();
  });
});

describe('unwritableReason', () => {
  it('names values Excel cannot hold', () => {
    expect(unwritableReason(Number.NaN)).toContain('not finite');
    expect(unwritableReason('x'.repeat(32_768))).toContain('32767');
    expect(unwritableReason({ formula: '=' })).toContain('empty formula');
    expect(unwritableReason('x'.repeat(32_767))).toBeNull();
  });
});
