/**
 * Tóm tắt kế hoạch — what `check` prints first. `agencies` lists the agencies the plan gives work
 * to: distinct ids named by task leads and cooperators, project followers and reporting duties,
 * found in the registry and not a group ("các Sở, ngành liên quan" is not one body that answers),
 * sorted. The registry itself holds the whole province and says nothing about this plan.
 */
import { z } from 'zod';
import { Id, type Plan } from '../../domain/plan';
import { placedAgencyRefs } from './agencyRefs';

export const PlanSummary = z.object({
  id: Id,
  counts: z.object({
    tasks: z.number().int(),
    projects: z.number().int(),
    targets: z.number().int(),
    zones: z.number().int(),
    agencies: z.number().int(),
  }),
  agencies: z.array(Id),
});
export type PlanSummary = z.infer<typeof PlanSummary>;

export function summarisePlan(plan: Plan): PlanSummary {
  const groups = new Set(plan.agencies.filter((agency) => agency.kind === 'group').map((agency) => agency.id));
  const registered = new Set(plan.agencies.map((agency) => agency.id));
  const agencies = [
    ...new Set(
      placedAgencyRefs(plan)
        .map(({ ref }) => ref.agencyId)
        .filter((id) => registered.has(id) && !groups.has(id)),
    ),
  ].sort();
  return {
    id: plan.id,
    counts: {
      tasks: plan.tasks.length,
      projects: plan.projects.length,
      targets: plan.targets.length,
      zones: plan.zones.length,
      agencies: agencies.length,
    },
    agencies,
  };
}
