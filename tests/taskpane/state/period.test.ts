import { parsePeriod } from '../../../src/domain/period';
import { PERIOD_INDEXES, periodId, periodYears } from '../../../src/taskpane/state/period';

describe('periodId', () => {
  it('writes the ids parsePeriod reads', () => {
    const ids = (['year', 'half', 'quarter'] as const).flatMap((kind) =>
      PERIOD_INDEXES[kind].map((index) => periodId({ year: 2022, kind, index })),
    );
    expect(ids).toEqual(['2022', '2022-H1', '2022-H2', '2022-Q1', '2022-Q2', '2022-Q3', '2022-Q4']);
    for (const id of ids) expect(parsePeriod(id)).toMatchObject({ ok: true, value: { id } });
  });
});

describe('periodYears', () => {
  const document = { periodFrom: 2021, periodTo: 2025, horizon: 2030, date: '2022-02-23' };

  it("offers the plan's years", () => {
    expect(periodYears(document, 2023)).toEqual([2021, 2022, 2023, 2024, 2025]);
  });

  it('offers the current year after the plan ended', () => {
    expect(periodYears(document, 2027)).toEqual([2021, 2022, 2023, 2024, 2025, 2026, 2027]);
  });

  it('starts at the issue year and ends at the horizon when the plan states no period', () => {
    expect(periodYears({ periodFrom: null, periodTo: null, horizon: 2026, date: '2024-07-25' }, 2025)).toEqual([2024, 2025, 2026]);
    expect(periodYears({ periodFrom: null, periodTo: null, horizon: null, date: null }, 2025)).toEqual([2025]);
  });
});
