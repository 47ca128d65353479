/**
 * Cơ quan được giao — every agency a plan row names. The id must be in the plan's registry (an
 * error otherwise: the row could not be sent to anyone). The name as the document wrote it must
 * lead back to the same agency through the registry; when it does not, the id may have been
 * chosen by hand for a name the registry does not know, or for the wrong agency — a warning,
 * since the id can still be right.
 */
import { agencyKey, registeredKeys } from '../../domain/agencies/agencyKey';
import type { AgencyIndex } from '../../domain/agencies/index';
import type { Finding } from '../../domain/finding';
import type { Agency, AgencyRef, Plan } from '../../domain/plan';
import { planMessages, type Message } from '../messages/planFindings';
import { planFinding } from './finding';

export interface PlacedAgencyRef {
  /** `tasks[I.3].leadAgencies[0]`, `document.reporting[0].to` … */
  readonly where: string;
  readonly ref: AgencyRef;
}

/** Every agency reference of the plan: task leads and cooperators, project followers, reporting duties. */
export function placedAgencyRefs(plan: Plan): PlacedAgencyRef[] {
  const placed: PlacedAgencyRef[] = [];
  const add = (where: string, ref: AgencyRef | null): void => {
    if (ref !== null) placed.push({ where, ref });
  };
  for (const task of plan.tasks) {
    task.leadAgencies.forEach((ref, index) => add(`tasks[${task.id}].leadAgencies[${index}]`, ref));
    task.cooperatingAgencies.forEach((ref, index) => add(`tasks[${task.id}].cooperatingAgencies[${index}]`, ref));
  }
  for (const project of plan.projects) add(`projects[${project.id}].followedBy`, project.followedBy);
  plan.document.reporting.forEach((duty, dutyIndex) => {
    duty.from.forEach((ref, index) => add(`document.reporting[${dutyIndex}].from[${index}]`, ref));
    add(`document.reporting[${dutyIndex}].to`, duty.to);
  });
  return placed;
}

type NameReading =
  | { readonly kind: 'same' }
  | { readonly kind: 'other'; readonly agencies: readonly Agency[] }
  | { readonly kind: 'ambiguous' | 'unknown'; readonly reason: Message };

export function checkAgencyRefs(plan: Plan, index: AgencyIndex): Finding[] {
  const nameCounts = countNames(index.agencies);
  return placedAgencyRefs(plan).flatMap(({ where, ref }): Finding[] => {
    const agency = index.byId(ref.agencyId);
    if (agency === undefined) {
      return [
        planFinding('unknown-agency', 'error', where, planMessages.agencyIdUnknown(ref), {
          expected: 'an id of agencies',
          found: ref.agencyId,
        }),
      ];
    }
    const reading = readName(ref, index, nameCounts);
    if (reading.kind === 'same') return [];
    const code = reading.kind === 'unknown' ? 'unknown-agency' : 'ambiguous-agency';
    const message =
      reading.kind === 'other'
        ? planMessages.asWrittenOther(ref, agency, reading.agencies)
        : planMessages.asWrittenUnresolved(ref, agency, reading.reason);
    return [
      planFinding(code, 'warning', where, message, { expected: `${agency.name} (${agency.id})`, found: ref.asWritten }),
    ];
  });
}

/**
 * One name first; then the name as a cell of several (`Sở Công Thương; BQL KKT`), which is how
 * some documents write a single reference. A name the index rejects is called ambiguous when two
 * registry agencies carry it under the index's own key (`agencyKey`), unknown otherwise.
 */
function readName(ref: AgencyRef, index: AgencyIndex, nameCounts: ReadonlyMap<string, number>): NameReading {
  const single = index.resolve(ref.asWritten);
  if (single.ok) {
    return single.value.id === ref.agencyId ? { kind: 'same' } : { kind: 'other', agencies: [single.value] };
  }
  const cell = index.splitCell(ref.asWritten);
  if (cell.refs.some((named) => named.agencyId === ref.agencyId)) return { kind: 'same' };
  const named = cell.refs.flatMap((other) => index.byId(other.agencyId) ?? []);
  if (named.length > 0) return { kind: 'other', agencies: named };
  const reason = { message_vi: single.reason_vi, message_en: single.reason_en };
  const carriers = nameCounts.get(agencyKey(ref.asWritten.trim())) ?? 0;
  return { kind: carriers > 1 ? 'ambiguous' : 'unknown', reason };
}

/** How many agencies carry each name key (official name, short names, aliases). */
function countNames(agencies: readonly Agency[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const agency of agencies) {
    const written = [agency.name, ...agency.shortNames, ...agency.aliases];
    const keys = new Set(written.flatMap((name) => registeredKeys(name, agency.province)));
    for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}
