/**
 * Kế thừa — who holds an agency's duties on a date. Successions chain (Sở Kế hoạch và Đầu tư →
 * Sở Tài chính on 01/03/2025 → Sở Tài chính tỉnh An Giang on 01/07/2025), so they are followed
 * transitively; they are data that officials edit, so a broken chain (unknown ids, a cycle) is
 * reported and never followed forever.
 */
import { IsoDate, type Succession } from '../plan';
import type { RegistryProblem, ResponsibleOn } from './model';

export type SuccessionsBySource = ReadonlyMap<string, readonly Succession[]>;

/** Successions grouped by the agency they take duties from, earliest first. */
export function successionsBySource(successions: readonly Succession[]): SuccessionsBySource {
  const bySource = new Map<string, Succession[]>();
  for (const succession of successions) {
    bySource.set(succession.from, [...(bySource.get(succession.from) ?? []), succession]);
  }
  for (const list of bySource.values()) list.sort((a, b) => a.effectiveFrom.localeCompare(b.effectiveFrom));
  return bySource;
}

/**
 * Follows the successions in force on `date` (ISO). Before the first one takes effect — or for an
 * id with no succession, or a date that is not ISO — the agency itself answers. When an agency has
 * several successions (a data problem, reported), the earliest in force is taken. A cycle stops at
 * the last agency before it repeats.
 */
export function responsibleOn(bySource: SuccessionsBySource, agencyId: string, date: string): ResponsibleOn {
  const chain: Succession[] = [];
  if (!IsoDate.safeParse(date).success) return { agencyId, chain };
  const visited = new Set([agencyId]);
  let current = agencyId;
  for (;;) {
    const step = bySource.get(current)?.find((succession) => succession.effectiveFrom <= date);
    if (step === undefined) return { agencyId: current, chain };
    if (step.to === null) return { agencyId: null, chain: [...chain, step] };
    if (visited.has(step.to)) return { agencyId: current, chain };
    chain.push(step);
    visited.add(step.to);
    current = step.to;
  }
}

export function successionProblems(
  bySource: SuccessionsBySource,
  isKnown: (agencyId: string) => boolean,
): RegistryProblem[] {
  const problems: RegistryProblem[] = [];
  for (const [from, list] of bySource) {
    if (!isKnown(from)) {
      problems.push({
        message_vi: `Quan hệ kế thừa từ mã "${from}" nhưng danh mục không có cơ quan mang mã này. Hãy sửa mã hoặc thêm cơ quan vào danh mục.`,
        message_en: `A succession starts from "${from}", which is not in the agency registry. Correct the id or add the agency.`,
      });
    }
    for (const { to } of list) {
      if (to !== null && !isKnown(to)) {
        problems.push({
          message_vi: `Cơ quan "${from}" được ghi chuyển nhiệm vụ cho mã "${to}", nhưng danh mục không có cơ quan này. Hãy thêm cơ quan kế thừa vào danh mục hoặc sửa mã.`,
          message_en: `"${from}" passes its duties to "${to}", which is not in the agency registry. Add the successor to the registry or correct the id.`,
        });
      }
    }
    if (list.length > 1) {
      problems.push({
        message_vi: `Cơ quan "${from}" có ${list.length} quan hệ kế thừa; mỗi cơ quan chỉ chuyển nhiệm vụ cho một cơ quan. Đang dùng quan hệ có hiệu lực sớm nhất; hãy xóa các quan hệ thừa.`,
        message_en: `"${from}" has ${list.length} successions; an agency passes its duties to one successor. The earliest in force is used; remove the others.`,
      });
    }
  }
  for (const cycle of successionCycles(bySource)) {
    const path = cycle.join(' → ');
    problems.push({
      message_vi: `Chuỗi kế thừa quay vòng: ${path}. Hãy sửa cơ quan kế thừa để chuỗi có điểm dừng.`,
      message_en: `The successions form a cycle: ${path}. Correct a successor so that the chain ends.`,
    });
  }
  return problems;
}

/** Each cycle once, as the ids along it with the first repeated at the end. */
function successionCycles(bySource: SuccessionsBySource): string[][] {
  const cycles: string[][] = [];
  const done = new Set<string>();
  const onPath: string[] = [];
  const visit = (id: string): void => {
    const at = onPath.indexOf(id);
    if (at >= 0) {
      cycles.push([...onPath.slice(at), id]);
      return;
    }
    if (done.has(id)) return;
    onPath.push(id);
    for (const { to } of bySource.get(id) ?? []) if (to !== null) visit(to);
    onPath.pop();
    done.add(id);
  };
  for (const id of bySource.keys()) visit(id);
  return cycles;
}
