/**
 * Kiểm tra kế hoạch — a plan file is checked on load (DESIGN §3): its structure first; then, on a
 * well-formed plan, unique ids, references between rows, agencies, time frames, totals against
 * the document's own figures and dates. Pure: the same input gives the same findings, and no
 * input, however malformed, makes it throw. Findings are reported, never fixed.
 */
import type { Finding } from '../domain/finding';
import type { Plan } from '../domain/plan';
import { checkAgencyRefs } from './check/agencyRefs';
import { checkDocumentDates } from './check/documentDates';
import { checkFunding } from './check/funding';
import { checkReferences } from './check/references';
import { indexRegistry } from './check/registry';
import { checkSchema } from './check/schema';
import { checkStatedFigures } from './check/statedFigures';
import { type PlanSummary, summarisePlan } from './check/summary';
import { checkTimeFrames } from './check/timeFrames';
import { checkUniqueIds } from './check/uniqueIds';

export { PlanSummary } from './check/summary';

export interface PlanCheck {
  /** The plan with the model's defaults applied; null when its structure is invalid. */
  readonly plan: Plan | null;
  readonly findings: Finding[];
  readonly summary: PlanSummary | null;
}

export function checkPlan(input: unknown): PlanCheck {
  const schema = checkSchema(input);
  if (!schema.ok) return { plan: null, findings: schema.findings, summary: null };
  const plan = schema.plan;
  const registry = indexRegistry(plan);
  const findings = [
    ...checkUniqueIds(plan),
    ...checkReferences(plan),
    ...registry.findings,
    ...checkAgencyRefs(plan, registry.index),
    ...checkTimeFrames(plan),
    ...checkFunding(plan),
    ...checkStatedFigures(plan),
    ...checkDocumentDates(plan),
  ];
  return { plan, findings, summary: summarisePlan(plan) };
}
