/** Mã không trùng — every row is addressed by its id in workbooks and reports, so ids must be unique per list. */
import type { Finding } from '../../domain/finding';
import type { Plan } from '../../domain/plan';
import { planMessages, type PlanCollection } from '../messages/planFindings';
import { planFinding } from './finding';

const idLists = (plan: Plan): readonly [PlanCollection, readonly { id: string }[]][] => [
  ['sections', plan.sections],
  ['tasks', plan.tasks],
  ['projects', plan.projects],
  ['targets', plan.targets],
  ['zones', plan.zones],
  ['agencies', plan.agencies],
  ['funding.lines', plan.funding?.lines ?? []],
  ['statedFigures', plan.statedFigures],
];

export function checkUniqueIds(plan: Plan): Finding[] {
  return idLists(plan).flatMap(([collection, rows]) => {
    const positions = new Map<string, number[]>();
    rows.forEach((row, index) => {
      const seen = positions.get(row.id);
      if (seen === undefined) positions.set(row.id, [index + 1]);
      else seen.push(index + 1);
    });
    return [...positions]
      .filter(([, at]) => at.length > 1)
      .map(([id, at]) =>
        planFinding('duplicate-id', 'error', `${collection}[${id}]`, planMessages.duplicateId(collection, id, at), {
          expected: 'unique id',
          found: `${at.length} rows`,
        }),
      );
  });
}
