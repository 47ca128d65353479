/**
 * Kinh phí thực hiện (DESIGN §5): the plan's funding by source and by year, each set summed and
 * checked against the stated total within the document's rounding (half a unit of the total's last
 * decimal), with the difference — so an officer sees at once whether the document adds up.
 */
import { z } from 'zod';
import type { FundingLine, Plan } from '../../domain/plan';
import { roundingTolerance, withinRounding } from '../check/rounding';
import { roundAmount, sumAmounts } from './sum';

export const FundingLineRow = z.object({
  id: z.string(),
  label: z.string(),
  year: z.number().int().nullable(),
  amount: z.number(),
});
export type FundingLineRow = z.infer<typeof FundingLineRow>;

/** The sum of a set of parts against the stated total; null when the plan states no total. */
export const TotalCheck = z.object({
  statedTotal: z.number(),
  /** sum − statedTotal. */
  difference: z.number(),
  tolerance: z.number(),
  matches: z.boolean(),
});
export type TotalCheck = z.infer<typeof TotalCheck>;

export const FundingSet = z.object({
  lines: z.array(FundingLineRow),
  sum: z.number(),
  /** Null when the set is empty or the plan states no total. */
  check: TotalCheck.nullable(),
});
export type FundingSet = z.infer<typeof FundingSet>;

export const FundingSummary = z.object({
  unit: z.string(),
  statedTotal: z.number().nullable(),
  bySource: FundingSet,
  /** In year order. */
  byYear: FundingSet,
});
export type FundingSummary = z.infer<typeof FundingSummary>;

function fundingSet(lines: readonly FundingLine[], statedTotal: number | null): FundingSet {
  const sum = sumAmounts(lines.map((line) => line.amount));
  return {
    lines: lines.map(({ id, label, year, amount }) => ({ id, label, year, amount })),
    sum,
    check:
      lines.length === 0 || statedTotal === null
        ? null
        : {
            statedTotal,
            difference: roundAmount(sum - statedTotal),
            tolerance: roundingTolerance(statedTotal),
            matches: withinRounding(sum, statedTotal),
          },
  };
}

/** Null when the plan has no funding section. */
export function computeFunding(plan: Plan): FundingSummary | null {
  const { funding } = plan;
  if (funding === null) return null;
  const years = funding.lines
    .filter((line) => line.dimension === 'year')
    .sort((a, b) => (a.year ?? Number.MAX_SAFE_INTEGER) - (b.year ?? Number.MAX_SAFE_INTEGER));
  return {
    unit: funding.unit,
    statedTotal: funding.statedTotal,
    bySource: fundingSet(funding.lines.filter((line) => line.dimension === 'source'), funding.statedTotal),
    byYear: fundingSet(years, funding.statedTotal),
  };
}
