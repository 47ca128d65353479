/**
 * Cơ quan hiện nay — plans written in 2020–2022 name agencies that have since merged; officers
 * report against the successor that holds the duties on the computation date, while the tables
 * keep the name the plan used, so that a reader can find the row in the document.
 */
import { createAgencyIndex } from '../../domain/agencies';
import type { AgencyKind, AgencyRef, Plan } from '../../domain/plan';

export interface CurrentAgency {
  /** Who holds the duties on `asOf`; the planned agency itself when it was abolished without successor,
   * since its rows still need an owner in the tables. */
  readonly agencyId: string;
  readonly agencyName: string;
  /** The name the plan wrote, set only when the plan named a predecessor of `agencyId`. */
  readonly planName: string | null;
}

export interface CurrentAgencies {
  /** The agency a plan row names, as of the computation date. */
  of(ref: AgencyRef): CurrentAgency;
  /** The id of whoever holds the duties of `agencyId` now (a reporting agency is mapped the same way). */
  currentId(agencyId: string): string;
  kindOf(agencyId: string): AgencyKind | undefined;
}

export function currentAgencies(plan: Plan, asOf: string): CurrentAgencies {
  const index = createAgencyIndex(plan.agencies, plan.successions);
  // Asked for every report row and every task's agencies: each chain of successions is followed once.
  const known = new Map<string, string>();
  const currentId = (agencyId: string): string => {
    let current = known.get(agencyId);
    if (current === undefined) {
      current = index.responsibleOn(agencyId, asOf).agencyId ?? agencyId;
      known.set(agencyId, current);
    }
    return current;
  };
  return {
    of(ref) {
      const agencyId = currentId(ref.agencyId);
      const agencyName = index.byId(agencyId)?.name ?? ref.asWritten;
      return { agencyId, agencyName, planName: agencyId === ref.agencyId ? null : ref.asWritten };
    },
    currentId,
    kindOf: (agencyId) => index.byId(agencyId)?.kind,
  };
}

/**
 * `Sở Tài chính (theo kế hoạch: Sở Kế hoạch và Đầu tư)` — the current name with the names the plan
 * used for it, when they differ.
 */
export function displayName(agencyName: string, planNames: readonly string[]): string {
  return planNames.length === 0 ? agencyName : `${agencyName} (theo kế hoạch: ${planNames.join('; ')})`;
}
