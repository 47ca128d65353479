/**
 * Tham chiếu nội bộ — ids that point at other rows of the same plan: a task's group, a project's
 * or target's zone, the agencies of a succession or of a group. A dangling one is an error: the
 * row would vanish from every table grouped by it.
 */
import type { Finding } from '../../domain/finding';
import type { Plan } from '../../domain/plan';
import { planMessages, type Message } from '../messages/planFindings';
import { planFinding } from './finding';

const dangling = (where: string, id: string, list: string, message: Message): Finding =>
  planFinding('unknown-reference', 'error', where, message, { expected: `an id of ${list}`, found: id });

export function checkReferences(plan: Plan): Finding[] {
  const sectionIds = new Set(plan.sections.map((section) => section.id));
  const zoneIds = new Set(plan.zones.map((zone) => zone.id));
  const agencyIds = new Set(plan.agencies.map((agency) => agency.id));
  const findings: Finding[] = [];

  for (const task of plan.tasks) {
    if (task.sectionId !== null && !sectionIds.has(task.sectionId)) {
      const message = planMessages.sectionUnknown(task.id, task.sectionId);
      findings.push(dangling(`tasks[${task.id}].sectionId`, task.sectionId, 'sections', message));
    }
  }
  for (const [owner, rows] of [
    ['projects', plan.projects],
    ['targets', plan.targets],
  ] as const) {
    for (const row of rows) {
      if (row.zoneId !== null && !zoneIds.has(row.zoneId)) {
        const message = planMessages.zoneUnknown(owner, row.id, row.zoneId);
        findings.push(dangling(`${owner}[${row.id}].zoneId`, row.zoneId, 'zones', message));
      }
    }
  }
  plan.successions.forEach((succession, index) => {
    for (const side of ['from', 'to'] as const) {
      const agencyId = succession[side];
      if (agencyId !== null && !agencyIds.has(agencyId)) {
        const message = planMessages.successionAgencyUnknown(side, agencyId);
        findings.push(dangling(`successions[${index}].${side}`, agencyId, 'agencies', message));
      }
    }
  });
  for (const agency of plan.agencies) {
    agency.members.forEach((memberId, index) => {
      if (!agencyIds.has(memberId)) {
        const message = planMessages.groupMemberUnknown(agency.id, memberId);
        findings.push(dangling(`agencies[${agency.id}].members[${index}]`, memberId, 'agencies', message));
      }
    });
  }
  return findings;
}
