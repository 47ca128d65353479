/**
 * Nhập phụ lục — turns an appendix table pasted from Word (tasks or key projects) into plan rows.
 * The table's structure is read by `readTable`; here each cell is interpreted: agencies through
 * the registry, time frames, money and years. Nothing is guessed or copied from a neighbouring
 * row: what cannot be read with certainty becomes a finding for the officer, and the function
 * never throws, whatever the text.
 */
import type { AgencyIndex, UnresolvedName } from '../../domain/agencies/index';
import type { Finding } from '../../domain/finding';
import type { AgencyRef, Project, Section, Task, Zone } from '../../domain/plan';
import { nameKey } from '../../domain/vn/nameKey';
import { parseVnNumber } from '../../domain/vn/number';
import { parseTimeFrame } from '../../domain/vn/timeFrame';
import { PROJECT_COLUMNS, PROJECT_NUMBER, ProjectColumn, TASK_COLUMNS, TASK_NUMBER, TaskColumn } from './columns';
import { ColumnSpec, DataLine, GroupLine, readTable, TableSpec } from './table';

export interface AppendixOptions {
  readonly kind: 'tasks' | 'projects';
  /** Resolves the agency cells of a task table. */
  readonly index: AgencyIndex;
  /** Prefixed to every id the import makes, so that two appendices of one plan do not collide. */
  readonly idPrefix?: string;
  /** Where the rows come from, e.g. `Phụ lục 1`; kept in `Task.source` and in findings. */
  readonly source?: string;
  /** Zones of the plan: a project whose location names one is linked to it. */
  readonly zones?: readonly Zone[];
}

export interface ImportedAppendix {
  readonly sections: Section[];
  readonly tasks: Task[];
  readonly projects: Project[];
  readonly findings: Finding[];
}

const DEFAULT_SOURCE = 'Phụ lục';

const rowWhere = (source: string, group: GroupLine | null, number: string): string =>
  group === null ? `${source}, dòng ${number}` : `${source}, mục ${group.number}, dòng ${number}`;

const idPart = (number: string): string => number.replace(/\.$/, '');

interface RowContext {
  readonly where: string;
  readonly rowId: string;
  /** STT of the row above, which a vertically merged cell would span (null for a group's first row). */
  readonly above: string | null;
}

const aboveVi = (row: RowContext): string => (row.above === null ? 'dòng trên' : `dòng ${row.above} ở trên`);
const aboveEn = (row: RowContext): string => (row.above === null ? 'the row above' : `row ${row.above} above`);

const gapFinding = (row: RowContext, columns: readonly ColumnSpec<string>[]): Finding => {
  const names = columns.map((c) => c.header).join(', ');
  return {
    code: 'merged-cell-gap',
    severity: 'warning',
    where: row.where,
    rowId: row.rowId,
    column: names,
    found: '',
    message_vi: `Các ô để trống: ${names} (có thể do gộp ô với ${aboveVi(row)} trong văn bản gốc). Các ô này được giữ trống, không lấy giá trị của dòng bên cạnh; hãy đối chiếu văn bản gốc và điền nếu cần.`,
    message_en: `Empty cells: ${names} (possibly cells merged with ${aboveEn(row)} in the source). They are kept empty, not copied from the neighbouring row; check the source document and fill them in if needed.`,
  };
};

const emptyRequiredFinding = (row: RowContext, column: ColumnSpec<string>): Finding => ({
  code: 'empty-required',
  severity: 'error',
  where: row.where,
  rowId: row.rowId,
  column: column.header,
  found: '',
  message_vi: `Ô "${column.header}" để trống nên dòng này chưa được nhập. Hãy điền theo văn bản gốc rồi nhập lại.`,
  message_en: `The "${column.header}" cell is empty, so this row was not imported. Fill it in from the source document and import again.`,
});

const unknownAgencyFinding = (
  row: RowContext,
  column: ColumnSpec<string>,
  unresolved: UnresolvedName,
  rowDropped: boolean,
): Finding => ({
  code: 'unknown-agency',
  severity: 'error',
  where: row.where,
  rowId: row.rowId,
  column: column.header,
  found: unresolved.text,
  message_vi: `${column.header}: ${unresolved.reason_vi}${rowDropped ? ' Nhiệm vụ chưa được nhập vì chưa xác định được cơ quan chủ trì nào.' : ''}`,
  message_en: `${column.header}: ${unresolved.reason_en}${rowDropped ? ' The task was not imported: no lead agency could be identified.' : ''}`,
});

const invalidTimeFrameFinding = (
  row: RowContext,
  column: ColumnSpec<string>,
  text: string,
  reason: { reason_vi: string; reason_en: string },
): Finding => ({
  code: 'invalid-time-frame',
  severity: 'error',
  where: row.where,
  rowId: row.rowId,
  column: column.header,
  found: text,
  expected: '2022, 2022-2025, Hàng năm',
  message_vi: `Thời gian thực hiện "${text}": ${reason.reason_vi}`,
  message_en: `Time frame "${text}": ${reason.reason_en}`,
});

interface Expected {
  readonly vi: string;
  readonly en: string;
}
const MONEY: Expected = { vi: 'một số tiền tỷ đồng (7.100, 96,71)', en: 'an amount in tỷ đồng (7.100, 96,71)' };
const YEAR_EXPECTED: Expected = { vi: 'một năm (2025)', en: 'a year (2025)' };

const invalidNumberFinding = (row: RowContext, column: ColumnSpec<string>, text: string, expected: Expected): Finding => ({
  code: 'invalid-number',
  severity: 'error',
  where: row.where,
  rowId: row.rowId,
  column: column.header,
  found: text,
  expected: expected.vi,
  message_vi: `Không đọc được "${text}" ở cột "${column.header}"; ô được để trống. Hãy ghi ${expected.vi} như trong văn bản gốc.`,
  message_en: `Cannot read "${text}" in the "${column.header}" column; the cell is left empty. Write ${expected.en} as in the source document.`,
});

const duplicateFinding = (where: string, rowId: string): Finding => ({
  code: 'duplicate-id',
  severity: 'error',
  where,
  rowId,
  found: rowId,
  message_vi: `Hai dòng cùng số thứ tự nên cùng mã "${rowId}". Hãy sửa số thứ tự theo văn bản gốc.`,
  message_en: `Two rows share their number and so the id "${rowId}". Correct the numbering to the source document.`,
});

const emptyTitleFinding = (source: string, group: GroupLine): Finding => ({
  code: 'empty-required',
  severity: 'error',
  where: `${source}, mục ${group.number}`,
  rowId: group.number,
  found: '',
  message_vi: `Dòng nhóm ${group.number} không có tên nhóm nên chưa được nhập. Hãy ghi tên nhóm theo văn bản gốc.`,
  message_en: `Group row ${group.number} has no title and was not imported. Write the group's title as in the source document.`,
});

/** The agencies a cell names; each name the registry cannot resolve becomes a finding. */
function agencyRefs(
  index: AgencyIndex,
  cell: string,
  row: RowContext,
  column: ColumnSpec<string>,
  findings: Finding[],
  { required }: { required: boolean },
): AgencyRef[] {
  if (cell === '') return [];
  const { refs, unresolved } = index.splitCell(cell);
  findings.push(...unresolved.map((u) => unknownAgencyFinding(row, column, u, required && refs.length === 0)));
  return refs;
}

const columnOf = <K extends string>(columns: readonly ColumnSpec<K>[], key: K): ColumnSpec<K> =>
  columns.find((c) => c.key === key) ?? { key, header: key, names: [], required: false };

/** Where a data row stands: its group (row and section) and the STT of the data row above it. */
interface Place {
  readonly group: GroupLine | null;
  readonly section: Section | null;
  readonly above: string | null;
}

function toTask(line: DataLine<TaskColumn>, place: Place, options: AppendixOptions, findings: Finding[]): Task | null {
  const source = options.source ?? DEFAULT_SOURCE;
  const prefix = options.idPrefix ?? '';
  // Ids follow the numbering of the document (`III.13`), even when the group row itself was unreadable.
  const id = place.group === null ? `${prefix}${idPart(line.number)}` : `${prefix}${place.group.number}.${idPart(line.number)}`;
  const row: RowContext = { where: rowWhere(source, place.group, line.number), rowId: id, above: place.above };
  const column = (key: TaskColumn): ColumnSpec<TaskColumn> => columnOf(TASK_COLUMNS, key);
  const { content, lead, cooperating, timeFrame } = line.cells;

  const required = (['content', 'lead'] as const).filter((key) => line.cells[key] === '');
  const gaps = (['cooperating', 'timeFrame'] as const).filter((key) => line.cells[key] === '');
  if (gaps.length > 0) findings.push(gapFinding(row, gaps.map(column)));
  if (required.length > 0) {
    findings.push(...required.map((key) => emptyRequiredFinding(row, column(key))));
    return null;
  }

  const leadAgencies = agencyRefs(options.index, lead, row, column('lead'), findings, { required: true });
  const cooperatingAgencies = agencyRefs(options.index, cooperating, row, column('cooperating'), findings, { required: false });
  if (timeFrame !== '') {
    const frame = parseTimeFrame(timeFrame);
    if (!frame.ok) findings.push(invalidTimeFrameFinding(row, column('timeFrame'), timeFrame, frame));
  }
  // A task needs a lead; the unknown-agency findings above tell the officer why it is missing.
  if (leadAgencies.length === 0) return null;
  return {
    id,
    sectionId: place.section?.id ?? null,
    number: line.number,
    content,
    leadAgencies,
    cooperatingAgencies,
    timeFrame,
    source: options.source ?? '',
  };
}

const TY_DONG = nameKey('tỷ đồng');
const YEAR = /^(?:năm\s*)?(\d{4})$/i;

function zoneOf(location: string, zones: readonly Zone[]): string | null {
  const key = nameKey(location);
  const zone = zones.find((z) => [z.name, ...z.aliases].some((name) => nameKey(name) === key));
  return zone?.id ?? null;
}

function toProject(line: DataLine<ProjectColumn>, place: Place, options: AppendixOptions, findings: Finding[]): Project | null {
  const source = options.source ?? DEFAULT_SOURCE;
  const id = `${options.idPrefix ?? ''}DA-${idPart(line.number).padStart(2, '0')}`;
  const row: RowContext = { where: rowWhere(source, place.group, line.number), rowId: id, above: place.above };
  const column = (key: ProjectColumn): ColumnSpec<ProjectColumn> => columnOf(PROJECT_COLUMNS, key);
  const { name, investor, location, scale, totalInvestment, completionYear } = line.cells;

  if (name === '') {
    findings.push(emptyRequiredFinding(row, column('name')));
    return null;
  }
  const gapKeys = (['investor', 'location', 'scale', 'totalInvestment', 'completionYear'] as const).filter(
    (key) => line.cells[key] === '',
  );
  if (gapKeys.length > 0) findings.push(gapFinding(row, gapKeys.map(column)));

  let capital: number | null = null;
  if (totalInvestment !== '') {
    const money = parseVnNumber(totalInvestment);
    const inBillions = money.ok && money.value.valueMax === null && (money.value.unit === null || nameKey(money.value.unit) === TY_DONG);
    if (money.ok && inBillions && money.value.value >= 0) capital = money.value.value;
    else findings.push(invalidNumberFinding(row, column('totalInvestment'), totalInvestment, MONEY));
  }

  let year: number | null = null;
  if (completionYear !== '') {
    const match = YEAR.exec(completionYear);
    if (match?.[1] !== undefined) year = Number(match[1]);
    else findings.push(invalidNumberFinding(row, column('completionYear'), completionYear, YEAR_EXPECTED));
  }

  const gapNote =
    gapKeys.length === 0
      ? ''
      : `Ô để trống trong văn bản gốc (có thể do gộp ô với ${aboveVi(row)}): ${gapKeys.map((key) => column(key).header).join(', ')}.`;
  return {
    id,
    number: line.number,
    name,
    investor: investor === '' ? null : investor,
    location: location === '' ? null : location,
    zoneId: location === '' ? null : zoneOf(location, options.zones ?? []),
    scale: scale === '' ? null : scale,
    totalInvestment: capital,
    completionYear: year,
    sector: null,
    followedBy: null,
    note: gapNote,
  };
}

/** Read one pasted appendix table (tasks or key projects) into sections, rows and findings. */
export function importAppendix(text: string, options: AppendixOptions): ImportedAppendix {
  const source = options.source ?? DEFAULT_SOURCE;
  const prefix = options.idPrefix ?? '';
  const sections: Section[] = [];
  const tasks: Task[] = [];
  const projects: Project[] = [];
  const findings: Finding[] = [];
  const ids = new Set<string>();

  const addSection = (line: GroupLine): Section | null => {
    if (line.title === '') {
      findings.push(emptyTitleFinding(source, line));
      return null;
    }
    const section: Section = { id: `${prefix}${line.number}`, number: line.number, title: line.title };
    if (ids.has(section.id)) findings.push(duplicateFinding(`${source}, mục ${line.number}`, section.id));
    ids.add(section.id);
    sections.push(section);
    return section;
  };
  const keep = <T extends { id: string }>(row: T | null, where: string, into: T[]): void => {
    if (row === null) return;
    if (ids.has(row.id)) findings.push(duplicateFinding(where, row.id));
    ids.add(row.id);
    into.push(row);
  };
  const walk = <K extends string>(spec: TableSpec<K>, onRow: (line: DataLine<K>, place: Place) => void): void => {
    const table = readTable(text, spec);
    findings.push(...table.findings);
    let place: Place = { group: null, section: null, above: null };
    for (const line of table.lines) {
      if (line.kind === 'group') {
        place = { group: line, section: addSection(line), above: null };
      } else {
        onRow(line, place);
        place = { ...place, above: line.number };
      }
    }
  };

  if (options.kind === 'tasks') {
    walk({ number: TASK_NUMBER, columns: TASK_COLUMNS, title: 'content', source }, (line, place) =>
      keep(toTask(line, place, options, findings), rowWhere(source, place.group, line.number), tasks),
    );
  } else {
    walk({ number: PROJECT_NUMBER, columns: PROJECT_COLUMNS, title: 'name', source }, (line, place) =>
      keep(toProject(line, place, options, findings), rowWhere(source, place.group, line.number), projects),
    );
  }
  return { sections, tasks, projects, findings };
}
