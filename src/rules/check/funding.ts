/**
 * Kinh phí — the funding lines by source, and by year, must each add up to the stated total
 * within the document's rounding (`rounding.ts`). A mismatch is an error, not a warning: the
 * documents' own funding sections add up (Hậu Giang's 113.062,026 tỷ đồng does, both ways), so a
 * difference means an amount was entered wrong.
 */
import type { Finding } from '../../domain/finding';
import type { Plan } from '../../domain/plan';
import { formatVnNumber } from '../../domain/vn/number';
import { planMessages } from '../messages/planFindings';
import { planFinding } from './finding';
import { decimalsToShow, withinRounding } from './rounding';

export function checkFunding(plan: Plan): Finding[] {
  const funding = plan.funding;
  if (funding === null || funding.statedTotal === null) return [];
  const stated = funding.statedTotal;
  return (['source', 'year'] as const).flatMap((dimension): Finding[] => {
    const lines = funding.lines.filter((line) => line.dimension === dimension);
    const amounts = lines.map((line) => line.amount);
    const sum = amounts.reduce((total, amount) => total + amount, 0);
    if (lines.length === 0 || !Number.isFinite(sum) || withinRounding(sum, stated)) return [];
    const decimals = decimalsToShow([stated, ...amounts]);
    const unit = funding.unit;
    return [
      planFinding(
        'total-mismatch',
        'error',
        `funding.lines (${dimension})`,
        planMessages.fundingMismatch(dimension, { stated, sum, unit, decimals }),
        { expected: `${formatVnNumber(stated, decimals)} ${unit}`, found: `${formatVnNumber(sum, decimals)} ${unit}` },
      ),
    ];
  });
}
