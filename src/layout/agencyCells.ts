/**
 * Cơ quan trong ô — the master writes each agency reference twice: the names as the plan wrote
 * them (`Cơ quan chủ trì`) and, in a parallel column, their ids (`Mã cơ quan chủ trì`), so that
 * officials may type or paste names and the reader resolves them through the registry.
 *
 * Rules:
 * 1. Names and ids both empty: no agency.
 * 2. Names empty, ids given: every id must be in the registry; the official name is the name as written.
 * 3. Names given and as many ids as names: the i-th name goes with the i-th id. A known id is
 *    exact, so it is kept even when the registry reads the name as another agency (a plan may
 *    use a loose name for a precise body); that disagreement is a warning telling the officer to
 *    clear the id cell if the name is the one meant. An unknown id gives way to the name when the
 *    name resolves (with the same warning), and is an error otherwise.
 * 4. Otherwise (no ids, or a different number of ids: names were added or removed), the cell is
 *    split and resolved by the registry alone; if ids were given, a warning says they were ignored.
 * Names the registry cannot resolve (unknown, or shared by two agencies) are errors
 * (`unknown-agency`, with the registry's reason), never a guess.
 */
import type { AgencyIndex } from '../domain/agencies';
import type { AgencyRef } from '../domain/plan';
import { splitJoined } from './cells';

export interface AgencyCellProblem {
  readonly text: string;
  readonly reason_vi: string;
  readonly reason_en: string;
}

export interface AgencyCellRead {
  readonly refs: AgencyRef[];
  readonly errors: AgencyCellProblem[];
  readonly warnings: AgencyCellProblem[];
}

export function readAgencyCells(
  index: AgencyIndex,
  names: string | null,
  ids: string | null,
  separator: string,
): AgencyCellRead {
  const idList = ids === null ? [] : splitJoined(ids, separator);
  if (names === null) return fromIds(index, idList);
  const nameList = splitJoined(names, separator);
  if (idList.length > 0 && idList.length === nameList.length) return paired(index, nameList, idList);
  const split = index.splitCell(names);
  return {
    refs: split.refs,
    errors: [...split.unresolved],
    warnings: idList.length === 0 ? [] : [idsIgnored(ids ?? '')],
  };
}

/** A cell holding one agency's id or one of its names (successions). */
export function readAgencyIdCell(index: AgencyIndex, text: string): { id: string } | { error: AgencyCellProblem } {
  if (index.byId(text) !== undefined) return { id: text };
  const resolved = index.resolve(text);
  return resolved.ok ? { id: resolved.value.id } : { error: { text, reason_vi: resolved.reason_vi, reason_en: resolved.reason_en } };
}

function fromIds(index: AgencyIndex, idList: readonly string[]): AgencyCellRead {
  const refs: AgencyRef[] = [];
  const errors: AgencyCellProblem[] = [];
  for (const id of idList) {
    const agency = index.byId(id);
    if (agency === undefined) errors.push(unknownId(id));
    else refs.push({ agencyId: agency.id, asWritten: agency.name });
  }
  return { refs, errors, warnings: [] };
}

function paired(index: AgencyIndex, nameList: readonly string[], idList: readonly string[]): AgencyCellRead {
  const refs: AgencyRef[] = [];
  const errors: AgencyCellProblem[] = [];
  const warnings: AgencyCellProblem[] = [];
  nameList.forEach((name, position) => {
    const id = idList[position];
    const known = index.byId(id) !== undefined;
    const resolved = index.resolve(name);
    if (known) {
      refs.push({ agencyId: id, asWritten: name });
      if (resolved.ok && resolved.value.id !== id) warnings.push(idKept(name, id, resolved.value.id));
    } else if (resolved.ok) {
      refs.push({ agencyId: resolved.value.id, asWritten: name });
      warnings.push(unknownIdReplaced(name, id, resolved.value.id));
    } else {
      errors.push(unknownId(id));
    }
  });
  return { refs, errors, warnings };
}

const unknownId = (id: string): AgencyCellProblem => ({
  text: id,
  reason_vi: `Mã cơ quan "${id}" không có trong trang Cơ quan. Hãy sửa mã, hoặc xóa mã và ghi tên cơ quan.`,
  reason_en: `Agency id "${id}" is not on the Agencies sheet. Correct the id, or clear it and write the agency's name.`,
});

const idKept = (name: string, id: string, resolvedId: string): AgencyCellProblem => ({
  text: name,
  reason_vi: `Tên "${name}" trong danh mục là cơ quan ${resolvedId}, nhưng ô mã ghi ${id}; đã đọc theo mã ${id}. Nếu tên mới đúng, hãy xóa ô mã để đọc theo tên.`,
  reason_en: `The registry reads the name "${name}" as agency ${resolvedId}, but the id cell says ${id}; the id was used. If the name is the one meant, clear the id cell.`,
});

const unknownIdReplaced = (name: string, id: string, resolvedId: string): AgencyCellProblem => ({
  text: name,
  reason_vi: `Mã "${id}" không có trong trang Cơ quan; đã đọc theo tên "${name}" (${resolvedId}). Hãy sửa hoặc xóa ô mã cho khớp.`,
  reason_en: `The id "${id}" is not on the Agencies sheet; the name "${name}" (${resolvedId}) was used. Correct or clear the id cell.`,
});

const idsIgnored = (ids: string): AgencyCellProblem => ({
  text: ids,
  reason_vi: `Số mã cơ quan (${ids}) không khớp số tên cơ quan; đã đọc theo tên. Hãy sửa hoặc xóa ô mã cho khớp.`,
  reason_en: `The number of agency ids (${ids}) does not match the number of names; the names were used. Correct or clear the id cell.`,
});
