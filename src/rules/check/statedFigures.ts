/**
 * Số liệu nêu trong văn bản — figures the prose states about the document's own tables. When they
 * disagree the document contradicts itself: a warning says where and by how much, and nothing is
 * changed, because the plan must stay faithful to what was issued.
 *
 * - `projects.count`, `tasks.count`: exactly the number of rows.
 * - `projects.totalInvestment`: the sum of the projects' capital, projects without a figure left
 *   out (and counted in the message), within the rounding of the stated figure.
 * - `funding.total`: the funding section's stated total, within the rounding of the stated figure.
 */
import type { Finding } from '../../domain/finding';
import type { Plan, StatedFigure } from '../../domain/plan';
import { formatVnNumber } from '../../domain/vn/number';
import { planMessages } from '../messages/planFindings';
import { planFinding } from './finding';
import { decimalsToShow, withinRounding } from './rounding';

export function checkStatedFigures(plan: Plan): Finding[] {
  return plan.statedFigures.flatMap((figure) => reconcile(plan, figure));
}

function reconcile(plan: Plan, figure: StatedFigure): Finding[] {
  const where = `statedFigures[${figure.id}]`;
  const stated = `${formatVnNumber(figure.value)} ${figure.unit}`;
  switch (figure.reconcileWith) {
    case 'projects.count':
    case 'tasks.count': {
      const what = figure.reconcileWith === 'projects.count' ? 'projects' : 'tasks';
      const counted = plan[what].length;
      if (counted === figure.value) return [];
      return [
        planFinding('count-mismatch', 'warning', where, planMessages.statedCountMismatch(figure, counted, what), {
          expected: stated,
          found: `${counted} ${what}`,
        }),
      ];
    }
    case 'projects.totalInvestment': {
      const capitals = plan.projects.flatMap((project) => project.totalInvestment ?? []);
      const sum = capitals.reduce((total, capital) => total + capital, 0);
      if (withinRounding(sum, figure.value)) return [];
      const decimals = decimalsToShow([figure.value, ...capitals]);
      const withoutCapital = plan.projects.length - capitals.length;
      return [
        planFinding(
          'total-mismatch',
          'warning',
          where,
          planMessages.statedInvestmentMismatch(figure, { sum, counted: capitals.length, withoutCapital, decimals }),
          { expected: stated, found: `${formatVnNumber(sum, decimals)} ${figure.unit}` },
        ),
      ];
    }
    case 'funding.total': {
      const total = plan.funding?.statedTotal ?? null;
      if (total === null) {
        const message = planMessages.statedFundingMissing(figure);
        return [planFinding('unknown-reference', 'warning', where, message, { expected: 'funding.statedTotal' })];
      }
      if (withinRounding(total, figure.value)) return [];
      const decimals = decimalsToShow([figure.value, total]);
      return [
        planFinding('total-mismatch', 'warning', where, planMessages.statedFundingMismatch(figure, total, decimals), {
          expected: stated,
          found: `${formatVnNumber(total, decimals)} ${plan.funding?.unit ?? figure.unit}`,
        }),
      ];
    }
    case 'none':
      return [];
  }
}
