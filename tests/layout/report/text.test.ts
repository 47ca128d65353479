import type { PlanDocument } from '../../../src/domain/plan';
import { parsePeriod } from '../../../src/domain/period';
import { bundledReportLayouts } from '../../../src/layout/report';
import {
  capitals,
  documentReference,
  fill,
  issuerCode,
  issuerHeading,
  officialDateParts,
  periodLabel,
  planNumberText,
  planValueText,
  roman,
} from '../../../src/layout/report/text';

const { report, targets } = bundledReportLayouts();

const period = (id: string) => {
  const parsed = parsePeriod(id);
  if (!parsed.ok) throw new Error(parsed.reason_en);
  return parsed.value;
};

const document = (fields: Partial<PlanDocument> = {}): PlanDocument => ({
  number: '40/KH-UBND',
  kind: 'ke-hoach',
  issuer: 'Ủy ban nhân dân tỉnh Kiên Giang',
  province: 'kien-giang',
  date: '2022-02-23',
  title: 'Phát triển công nghiệp',
  periodFrom: 2021,
  periodTo: 2025,
  horizon: 2030,
  implements: [],
  reporting: [],
  followsPlanId: null,
  note: '',
  ...fields,
});

describe('fill', () => {
  it('puts values in their placeholders and leaves unknown ones as written, so a typo shows', () => {
    expect(fill('{kind} số {number} ({typo})', { kind: 'Kế hoạch', number: 40 })).toBe('Kế hoạch số 40 ({typo})');
  });
});

describe('roman', () => {
  it.each([
    [1, 'I'],
    [4, 'IV'],
    [8, 'VIII'],
    [9, 'IX'],
    [14, 'XIV'],
    [40, 'XL'],
  ])('writes %i as %s', (value, expected) => expect(roman(value)).toBe(expected));
});

describe('capitals', () => {
  it('capitalises Vietnamese letters with their marks', () => {
    expect(capitals('Ủy ban nhân dân tỉnh Kiên Giang, đường')).toBe('ỦY BAN NHÂN DÂN TỈNH KIÊN GIANG, ĐƯỜNG');
  });
});

describe('periodLabel', () => {
  it.each([
    ['2022', 'năm 2022'],
    ['2022-H1', '6 tháng đầu năm 2022'],
    ['2022-H2', '6 tháng cuối năm 2022'],
    ['2022-Q3', 'quý III năm 2022'],
  ])('names %s as %s', (id, label) => expect(periodLabel(period(id), report.periodLabels)).toBe(label));
});

describe('officialDateParts', () => {
  it('pads a day below 10 and the months 1 and 2, as Nghị định 30/2020 writes dates', () => {
    expect(officialDateParts('2022-02-05')).toEqual({ day: '05', month: '02', year: '2022' });
    expect(officialDateParts('2022-12-16')).toEqual({ day: '16', month: '12', year: '2022' });
    expect(officialDateParts('2023-03-09')).toEqual({ day: '09', month: '3', year: '2023' });
  });
});

describe('documentReference', () => {
  it('names the document by kind, number and date', () => {
    expect(documentReference(document(), report.documentKinds)).toBe('Kế hoạch số 40/KH-UBND ngày 23/02/2022');
  });

  it('leaves out the number and the date the copy lacks', () => {
    expect(documentReference(document({ kind: 'thong-bao', number: null, date: null }), report.documentKinds)).toBe('Thông báo');
  });
});

describe('issuerCode', () => {
  it.each([
    ['40/KH-UBND', 'UBND'],
    ['22-CTr/TU', 'TU'],
    ['670/TB-VP', 'VP'],
  ])('reads the issuing body of %s as %s', (number, code) => expect(issuerCode(number)).toBe(code));

  it('has none without a number', () => expect(issuerCode(null)).toBeNull());
});

describe('issuerHeading', () => {
  it('puts the body, then its province, in capitals on two lines', () => {
    expect(issuerHeading('Ủy ban nhân dân tỉnh Kiên Giang')).toEqual(['ỦY BAN NHÂN DÂN', 'TỈNH KIÊN GIANG']);
    expect(issuerHeading('UBND  thành phố Cần Thơ')).toEqual(['UBND', 'THÀNH PHỐ CẦN THƠ']);
  });

  it('keeps a name without a place on one line', () => {
    expect(issuerHeading('Sở Công Thương')).toEqual(['SỞ CÔNG THƯƠNG']);
  });
});

describe('planValueText', () => {
  const target = (comparison: '>' | 'range' | '~' | '=', value: number, valueMax: number | null = null) => ({ comparison, value, valueMax });

  it('writes a range with the same decimals on both ends, as the document does', () => {
    expect(planValueText(target('range', 8, 8.5), targets.comparisons)).toBe('8,0-8,5');
  });

  it('writes the comparison in words', () => {
    expect(planValueText(target('>', 15), targets.comparisons)).toBe('Trên 15');
    expect(planValueText(target('~', 100), targets.comparisons)).toBe('Khoảng 100');
    expect(planValueText(target('=', 96.71), targets.comparisons)).toBe('96,71');
  });

  it('gives the bare number for a sentence', () => {
    expect(planNumberText(target('>', 15), targets.comparisons)).toBe('15');
    expect(planNumberText(target('range', 8, 8.5), targets.comparisons)).toBe('8,0-8,5');
  });
});
