/**
 * Danh mục cơ quan đã lập chỉ mục — one province's agencies and successions, ready to match the
 * names written in plans and returned workbooks. Matching ignores what `agencyKey` ignores (case,
 * accents, spacing, dash kinds, `&`/`và`, the common abbreviations) and never guesses: a name two
 * agencies share is rejected with both listed, and the registry problem is reported.
 */
import type { Agency, Succession } from '../plan';
import { type Parsed, parsed, rejected } from '../vn/result';
import { agencyKey, registeredKeys } from './agencyKey';
import { ambiguousAgency, emptyName, type Reason, unknownAgency } from './messages';
import type { CellSplit, RegistryProblem, ResponsibleOn } from './model';
import { pieces, splitAgencyCell } from './splitCell';
import { responsibleOn, successionProblems, successionsBySource } from './succession';

export interface AgencyIndex {
  readonly agencies: readonly Agency[];
  /** What is wrong in the registry data itself; empty for a sound registry. */
  readonly problems: readonly RegistryProblem[];
  byId(id: string): Agency | undefined;
  /** One written name: official, short name, alias, or an abbreviated spelling of one of them. */
  resolve(name: string): Parsed<Agency>;
  /** A cell naming several agencies; each ref keeps the name as the cell wrote it. */
  splitCell(cell: string): CellSplit;
  /** Who holds `agencyId`'s duties on `date` (ISO), following successions. */
  responsibleOn(agencyId: string, date: string): ResponsibleOn;
}

/** Punctuation a cell may leave around a name (`Sở Công Thương.`), which is not part of it. */
const EDGE_PUNCTUATION = /^[\s.,;:]+|[\s.,;:]+$/gu;

export function createAgencyIndex(agencies: readonly Agency[], successions: readonly Succession[]): AgencyIndex {
  const problems: RegistryProblem[] = [];
  const byId = new Map<string, Agency>();
  for (const agency of agencies) {
    if (byId.has(agency.id)) {
      problems.push({
        message_vi: `Mã cơ quan "${agency.id}" bị trùng trong danh mục (${agency.name}). Mỗi cơ quan phải có một mã riêng: hãy đổi mã hoặc xóa dòng trùng.`,
        message_en: `Agency id "${agency.id}" appears more than once in the registry (${agency.name}). Give each agency its own id or remove the duplicate.`,
      });
    } else {
      byId.set(agency.id, agency);
    }
  }

  const byKey = new Map<string, { written: string; agencies: Agency[] }>();
  let longestRun = 1;
  for (const agency of byId.values()) {
    for (const written of [agency.name, ...agency.shortNames, ...agency.aliases]) {
      longestRun = Math.max(longestRun, pieces(written).length);
      for (const key of registeredKeys(written, agency.province)) {
        const entry = byKey.get(key) ?? { written, agencies: [] };
        if (!entry.agencies.includes(agency)) entry.agencies.push(agency);
        byKey.set(key, entry);
      }
    }
    for (const member of agency.members.filter((id) => !byId.has(id))) {
      problems.push({
        message_vi: `Nhóm "${agency.name}" (${agency.id}) liệt kê thành viên "${member}" không có trong danh mục. Hãy sửa mã thành viên.`,
        message_en: `Group "${agency.name}" (${agency.id}) lists member "${member}", which is not in the registry. Correct the member id.`,
      });
    }
  }
  // One name registered for two agencies is met under each of its keys; report it once.
  const shared = new Map<string, RegistryProblem>();
  for (const { written, agencies: sharing } of byKey.values()) {
    if (sharing.length < 2) continue;
    const problem = sharedName(written, sharing);
    shared.set(problem.message_en, problem);
  }
  problems.push(...shared.values());

  const bySource = successionsBySource(successions);
  problems.push(...successionProblems(bySource, (id) => byId.has(id)));

  const candidatesOf = (name: string): readonly Agency[] =>
    byKey.get(agencyKey(name.replace(EDGE_PUNCTUATION, '')))?.agencies ?? [];

  return {
    agencies: [...byId.values()],
    problems,
    byId: (id) => byId.get(id),
    resolve(name) {
      const written = name.replace(EDGE_PUNCTUATION, '');
      if (written === '') return rejectedFor(emptyName());
      const found = candidatesOf(written);
      if (found.length === 1) return parsed(found[0]);
      return rejectedFor(found.length === 0 ? unknownAgency(written) : ambiguousAgency(written, found));
    },
    splitCell: (cell) => splitAgencyCell(cell, candidatesOf, longestRun),
    responsibleOn: (agencyId, date) => responsibleOn(bySource, agencyId, date),
  };
}

const rejectedFor = (reason: Reason): Parsed<Agency> =>
  rejected(reason.reason_vi, reason.reason_en);

function sharedName(written: string, sharing: readonly Agency[]): RegistryProblem {
  const listed = sharing.map((a) => `${a.name} (${a.id})`).join('; ');
  return {
    message_vi: `Tên "${written}" thuộc nhiều cơ quan: ${listed}. Khi gặp tên này hệ thống sẽ không tự chọn; hãy bỏ tên khỏi tên gọi khác của các cơ quan không đúng.`,
    message_en: `The name "${written}" belongs to several agencies: ${listed}. It will never be matched; remove it from the aliases of the wrong agencies.`,
  };
}
