/**
 * Sends planned write steps in as few requests as the budget allows, one `context.sync()` each.
 * Screen updating is suspended for every request where Excel supports it (ExcelApi 1.9). When the
 * write needs several requests, API calculation is suspended for all but the last (ExcelApi 1.6),
 * and the last one, calculated normally, ends with a recalculation so that formulas written
 * earlier show their results.
 */
import { packRequests, type WriteStep } from './requestBudget';
import type { ExcelFeatures } from './requirements';

/** Runs the steps; returns the number of requests (syncs) used. */
export async function sendRequests(
  context: Excel.RequestContext,
  steps: readonly WriteStep[],
  budget: number,
  features: ExcelFeatures,
): Promise<number> {
  const requests = packRequests(steps, budget);
  const several = requests.length > 1;
  for (const [i, request] of requests.entries()) {
    const last = i === requests.length - 1;
    if (features.suspendScreenUpdating) context.application.suspendScreenUpdatingUntilNextSync();
    if (several && !last && features.suspendCalculation) context.application.suspendApiCalculationUntilNextSync();
    for (const step of request) step.queue();
    if (several && last && features.suspendCalculation) context.application.calculate('Recalculate');
    await context.sync();
  }
  return requests.length;
}
