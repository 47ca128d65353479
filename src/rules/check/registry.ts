/**
 * Danh mục cơ quan của kế hoạch — the agency index the other checks match names with. Duplicate
 * ids and dangling member or succession ids are reported, with their place, by `uniqueIds` and
 * `references`; the index is built from the rest, so it reports only what those checks cannot
 * see: one name carried by two agencies, an agency with several successions, a cycle of
 * successions. Each leaves it open which agency is meant or who answers for it, hence
 * `ambiguous-agency`; a warning, because matching then refuses to guess and every row it affects
 * is reported on its own.
 */
import { type AgencyIndex, createAgencyIndex } from '../../domain/agencies/index';
import type { Finding } from '../../domain/finding';
import type { Agency, Plan } from '../../domain/plan';
import { planMessages } from '../messages/planFindings';
import { planFinding } from './finding';

export function indexRegistry(plan: Plan): { readonly index: AgencyIndex; readonly findings: Finding[] } {
  const byId = new Map<string, Agency>();
  for (const agency of plan.agencies) if (!byId.has(agency.id)) byId.set(agency.id, agency);
  const agencies = [...byId.values()].map((agency) => ({
    ...agency,
    members: agency.members.filter((member) => byId.has(member)),
  }));
  const successions = plan.successions.filter(
    (succession) => byId.has(succession.from) && (succession.to === null || byId.has(succession.to)),
  );
  const index = createAgencyIndex(agencies, successions);
  const findings = index.problems.map((problem) =>
    planFinding('ambiguous-agency', 'warning', 'agencies', planMessages.registryProblem(problem)),
  );
  return { index, findings };
}
