import type { Finding } from '../../../src/domain/finding';
import { NO_FILTER, codesIn, findingPlace, matchesFilter, severityCounts } from '../../../src/taskpane/state/findingsFilter';

const finding = (code: Finding['code'], severity: Finding['severity'], place: Partial<Finding> = {}): Finding => ({
  code,
  severity,
  where: 'Nhiệm vụ',
  message_vi: 'x',
  message_en: 'x',
  ...place,
});

const findings = [
  finding('invalid-number', 'warning'),
  finding('invalid-enum', 'error'),
  finding('invalid-number', 'error'),
  finding('missing-row', 'warning'),
];

describe('matchesFilter', () => {
  it('lets everything through without a filter', () => {
    expect(findings.filter((f) => matchesFilter(f, NO_FILTER))).toHaveLength(4);
  });

  it('filters by severity and by code together', () => {
    expect(findings.filter((f) => matchesFilter(f, { severity: 'error', code: 'all' }))).toHaveLength(2);
    expect(findings.filter((f) => matchesFilter(f, { severity: 'all', code: 'invalid-number' }))).toHaveLength(2);
    expect(findings.filter((f) => matchesFilter(f, { severity: 'warning', code: 'invalid-number' }))).toEqual([findings[0]]);
  });
});

describe('codesIn', () => {
  it("lists each code once, the errors' codes first", () => {
    expect(codesIn(findings)).toEqual(['invalid-enum', 'invalid-number', 'missing-row']);
  });
});

describe('severityCounts', () => {
  it('counts errors and warnings', () => {
    expect(severityCounts(findings)).toEqual({ errors: 2, warnings: 2 });
  });
});

describe('findingPlace', () => {
  it('gives the cell as Excel names it, with the row id and the column', () => {
    expect(findingPlace(finding('invalid-enum', 'error', { sheet: 'Nhiệm vụ', cell: 'E7', rowId: 'I.3', column: 'Tình trạng' }))).toBe(
      'Nhiệm vụ!E7 (I.3) [Tình trạng]',
    );
  });

  it('falls back to the place in words', () => {
    expect(findingPlace(finding('missing-sheet', 'error', { where: 'Dự án' }))).toBe('Dự án');
  });
});
