/**
 * Bộ tệp báo cáo mẫu — a realistic set of returned workbooks for a plan and period, for demos and
 * for trying the checks: every agency's real workbook (made by `makeAgencyWorkbooks`), answered
 * with deterministic pseudo-random figures from a fixed seed, most of them properly; a few carry
 * the mistakes officers meet, each made by editing the sheets of the real workbook before it is
 * written through the port:
 *
 * - `forgiven`: columns moved, statuses spelled other ways, numbers typed as text in either locale —
 *   all read without a finding;
 * - `deleted-row`, `invented-row`, `pasted-formula` (a formula, and on another row bullets and an
 *   arrow `=>` that Excel would take for formulas), `bad-values` (a status not in the list, a share
 *   above 100, a done task at 40 %): row errors, the other rows accepted;
 * - `wrong-period`: last year's form sent again; `stale-template`: a form made from an earlier
 *   draft of the plan; `old-version`: an older template version with the same rows (a warning);
 * - `resubmission`: the agency that deleted a row sends a corrected file; `duplicate`: a file
 *   received twice under another name.
 */
import { parsePeriod, type Period } from '../domain/period';
import type { Plan } from '../domain/plan';
import { type AgencyWorkbook, makeAgencyWorkbooks } from '../layout/agencyWorkbook';
import type { AssignOptions } from '../layout/assignments';
import { type AgencyEntity, agencyTable } from '../layout/load';
import { metaSheet } from '../layout/meta';
import type { Layouts, TableSheet } from '../layout/schema';
import type { CellValue, SheetSpec, TableSpec } from '../workbook/port';
import type { AgencyWorkbookOutput } from './makeAgencyWorkbooks';

export type SampleMistake =
  | 'none'
  | 'forgiven'
  | 'deleted-row'
  | 'invented-row'
  | 'pasted-formula'
  | 'bad-values'
  | 'wrong-period'
  | 'stale-template'
  | 'old-version'
  | 'resubmission'
  | 'duplicate';

export interface SampleReturn {
  readonly fileName: string;
  readonly agencyId: string;
  readonly mistake: SampleMistake;
}

export interface SampleOptions extends AssignOptions {
  /** Written to `_meta` of the forms. */
  readonly generatedAt: string;
  readonly seed?: number;
}

/** The mistakes given to the agencies after the first (whose file stays clean and is also received twice), in order. */
const MISTAKES: readonly SampleMistake[] = ['forgiven', 'deleted-row', 'invented-row', 'pasted-formula', 'wrong-period', 'stale-template', 'bad-values', 'old-version'];

export async function writeSampleReturns(
  plan: Plan,
  period: Period,
  layouts: Layouts,
  output: AgencyWorkbookOutput,
  options: SampleOptions,
): Promise<SampleReturn[]> {
  const random = seededRandom(options.seed ?? 40_2022);
  const made = await makeAgencyWorkbooks(plan, period, layouts, options);
  const previous = parsePeriod(String(period.year - 1));
  const lastYear = previous.ok ? await makeAgencyWorkbooks(plan, previous.value, layouts, options) : { workbooks: [] };
  const draft = await makeAgencyWorkbooks(earlierDraft(plan), period, layouts, options);
  const answer = answerer(random, plan, period);
  const samples: SampleReturn[] = [];
  const save = async (fileName: string, agencyId: string, mistake: SampleMistake, sheets: readonly SheetSpec[]) => {
    const file = output.createFile();
    await file.writeSheets(sheets);
    const bytes = await file.toArrayBuffer();
    await output.save(fileName, bytes);
    samples.push({ fileName, agencyId, mistake });
    return bytes;
  };

  const pending = [...MISTAKES];
  for (const [index, workbook] of made.workbooks.entries()) {
    const mistake = index === 0 ? 'none' : (pending.find((candidate) => applies(candidate, workbook, lastYear.workbooks, draft.workbooks)) ?? 'none');
    if (mistake !== 'none') pending.splice(pending.indexOf(mistake), 1);
    const answered = answerSheets(workbook.sheets, layouts, answer);
    switch (mistake) {
      case 'wrong-period': {
        const old = lastYear.workbooks.find((candidate) => candidate.agencyId === workbook.agencyId) ?? workbook;
        await save(workbook.fileName, workbook.agencyId, mistake, answerSheets(old.sheets, layouts, answer));
        break;
      }
      case 'stale-template': {
        const old = draft.workbooks.find((candidate) => candidate.agencyId === workbook.agencyId) ?? workbook;
        await save(workbook.fileName, workbook.agencyId, mistake, answerSheets(old.sheets, layouts, answer));
        break;
      }
      case 'deleted-row': {
        await save(workbook.fileName, workbook.agencyId, mistake, editTable(answered, layouts, 'tasks', (rows) => rows.filter((_, at) => at !== 1)));
        await save(resentName(workbook.fileName), workbook.agencyId, 'resubmission', answered);
        break;
      }
      case 'none': {
        const bytes = await save(workbook.fileName, workbook.agencyId, mistake, answered);
        if (index === 0) {
          const copy = workbook.fileName.replace(/\.xlsx$/, ' (1).xlsx');
          await output.save(copy, bytes);
          samples.push({ fileName: copy, agencyId: workbook.agencyId, mistake: 'duplicate' });
        }
        break;
      }
      default:
        await save(workbook.fileName, workbook.agencyId, mistake, mistaken(mistake, answered, workbook, layouts));
    }
  }
  return samples;
}

/** Whether a mistake can be shown with this agency's workbook. */
function applies(mistake: SampleMistake, workbook: AgencyWorkbook, lastYear: readonly AgencyWorkbook[], draft: readonly AgencyWorkbook[]): boolean {
  const taskRows = tableRows(workbook.sheets, 'NhiemVu').length;
  switch (mistake) {
    case 'wrong-period':
      return lastYear.some((candidate) => candidate.agencyId === workbook.agencyId);
    case 'stale-template':
      return draft.some((candidate) => candidate.agencyId === workbook.agencyId && candidate.meta.planHash !== workbook.meta.planHash);
    case 'deleted-row':
    case 'bad-values':
      return taskRows >= 3;
    case 'pasted-formula':
      return taskRows >= 2;
    default:
      return taskRows >= 1;
  }
}

const resentName = (fileName: string): string => fileName.replace(/\.xlsx$/, '_gui-lai.xlsx');

/** The plan as an earlier draft had it: the first task of each section worded differently. */
function earlierDraft(plan: Plan): Plan {
  const firsts = new Set(plan.sections.map((section) => plan.tasks.find((task) => task.sectionId === section.id)?.id));
  return { ...plan, tasks: plan.tasks.map((task) => (firsts.has(task.id) ? { ...task, content: `${task.content} (dự thảo)` } : task)) };
}

function tableRows(sheets: readonly SheetSpec[], tableName: string): readonly (readonly CellValue[])[] {
  for (const sheet of sheets) for (const block of sheet.blocks) if (block.kind === 'table' && block.table.name === tableName) return block.table.rows;
  return [];
}

/** Replaces one table of the sheets through `edit` (rows and columns). */
function editTableSpec(sheets: readonly SheetSpec[], tableName: string, edit: (table: TableSpec) => TableSpec): SheetSpec[] {
  return sheets.map((sheet) => ({
    ...sheet,
    blocks: sheet.blocks.map((block) => (block.kind === 'table' && block.table.name === tableName ? { ...block, table: edit(block.table) } : block)),
  }));
}

function editTable(
  sheets: readonly SheetSpec[],
  layouts: Layouts,
  entity: AgencyEntity,
  edit: (rows: readonly (readonly CellValue[])[], layout: TableSheet) => (readonly CellValue[])[],
): SheetSpec[] {
  const layout = agencyTable(layouts.agency, entity);
  return editTableSpec(sheets, layout.table, (table) => ({ ...table, rows: edit(table.rows, layout) }));
}

/** A row's cells by column key → the same row with `values` set. */
function setCells(row: readonly CellValue[], layout: TableSheet, values: Readonly<Record<string, CellValue>>): CellValue[] {
  return layout.columns.map((column, index) => (column.key in values ? (values[column.key] ?? null) : (row[index] ?? null)));
}

const cellOf = (row: readonly CellValue[], layout: TableSheet, key: string): CellValue => row[layout.columns.findIndex((column) => column.key === key)] ?? null;

function mistaken(mistake: SampleMistake, sheets: readonly SheetSpec[], workbook: AgencyWorkbook, layouts: Layouts): SheetSpec[] {
  switch (mistake) {
    case 'forgiven':
      return forgiven(sheets, layouts);
    case 'invented-row':
      return editTable(sheets, layouts, 'tasks', (rows, layout) => [
        ...rows,
        setCells([], layout, {
          taskId: `${String(cellOf(rows[0] ?? [], layout, 'taskId'))}a`,
          content: 'Tổ chức đoàn khảo sát học tập kinh nghiệm tại tỉnh bạn (đơn vị tự bổ sung).',
          status: 'Hoàn thành',
          percent: 100,
          completedOn: { date: '2022-10-20' },
          result: 'Đã tổ chức đoàn khảo sát tại tỉnh An Giang.',
        }),
      ]);
    case 'pasted-formula':
      return editTable(sheets, layouts, 'tasks', (rows, layout) =>
        rows.map((row, at) =>
          at === 0
            ? setCells(row, layout, { status: 'Đang triển khai', percent: { formula: '30+45' } })
            : at === 1
              ? setCells(row, layout, {
                  status: 'Đang triển khai',
                  percent: 50,
                  completedOn: null,
                  result: '- Đã ban hành kế hoạch triển khai.\n- Đang khảo sát nhu cầu doanh nghiệp.',
                  proposals: '=> Đề nghị UBND tỉnh sớm phê duyệt danh mục dự án.',
                })
              : [...row],
        ),
      );
    case 'bad-values':
      return editTable(sheets, layouts, 'tasks', (rows, layout) =>
        rows.map((row, at) =>
          at === 0
            ? setCells(row, layout, { status: 'Tốt' })
            : at === 1
              ? setCells(row, layout, { status: 'Đang triển khai', percent: 150 })
              : at === 2
                ? setCells(row, layout, { status: 'Hoàn thành', percent: 40, completedOn: { date: '2022-11-30' } })
                : [...row],
        ),
      );
    case 'old-version':
      return sheets.map((sheet) => (sheet.name === layouts.agency.meta.name ? metaSheet(layouts.agency, { ...workbook.meta, templateVersion: '0.9' }) : sheet));
    default:
      return [...sheets];
  }
}

/** Columns moved (the result before the status), statuses written other ways, numbers as text. */
function forgiven(sheets: readonly SheetSpec[], layouts: Layouts): SheetSpec[] {
  const layout = agencyTable(layouts.agency, 'tasks');
  const spellings: Readonly<Record<string, string>> = { 'Hoàn thành': 'HT', 'Đang triển khai': 'đang thực hiện', 'Chưa triển khai': 'Chưa TH', 'Không thực hiện': 'Không thực hiện.' };
  const from = layout.columns.findIndex((column) => column.key === 'result');
  const to = layout.columns.findIndex((column) => column.key === 'status');
  const move = <T>(items: readonly T[]): T[] => {
    const moved = [...items];
    const [item] = moved.splice(from, 1);
    if (item !== undefined) moved.splice(to, 0, item);
    return moved;
  };
  // Shares as text: `45,5` on a machine set to Vietnamese, `45.5` on one set to English, `100%`.
  const asText = (percent: number, at: number): string =>
    percent === 100 ? '100%' : at % 2 === 0 ? String(percent + 0.5).replace('.', ',') : String(percent + 0.5);
  const respelled = editTable(sheets, layouts, 'tasks', (rows) =>
    rows.map((row, at) => {
      const status = cellOf(row, layout, 'status');
      const percent = cellOf(row, layout, 'percent');
      return setCells(row, layout, {
        status: typeof status === 'string' ? (spellings[status] ?? status) : status,
        percent: typeof percent === 'number' && percent > 0 ? asText(percent, at) : percent,
      });
    }),
  );
  return editTableSpec(respelled, layout.table, (table) => ({ ...table, columns: move(table.columns), rows: table.rows.map(move) }));
}

type Answerer = (entity: AgencyEntity, row: readonly CellValue[], layout: TableSheet) => Record<string, CellValue>;

function answerSheets(sheets: readonly SheetSpec[], layouts: Layouts, answer: Answerer): SheetSpec[] {
  let answered = [...sheets];
  for (const entity of ['tasks', 'projects', 'targets'] as const) {
    answered = editTable(answered, layouts, entity, (rows, layout) => rows.map((row) => setCells(row, layout, answer(entity, row, layout))));
  }
  return answered;
}

const RESULTS = [
  'Đã ban hành văn bản hướng dẫn triển khai; tổ chức 02 hội nghị quán triệt.',
  'Đã phối hợp khảo sát, đánh giá hiện trạng; đang hoàn thiện dự thảo báo cáo.',
  'Đã tham mưu UBND tỉnh ban hành kế hoạch; đang tổ chức thực hiện.',
  'Đã lồng ghép vào kế hoạch công tác năm của đơn vị.',
  'Đang rà soát, tổng hợp số liệu để tham mưu UBND tỉnh.',
];
const OBSTACLES = ['', '', 'Kinh phí thực hiện còn hạn chế.', 'Thiếu nhân lực có chuyên môn.', 'Thủ tục đầu tư, đất đai kéo dài.'];
const PROPOSALS = ['', '', 'Đề nghị UBND tỉnh bố trí kinh phí năm sau.', 'Đề nghị các sở, ngành cung cấp số liệu kịp thời.'];
const NOTES = ['', 'Đúng tiến độ.', 'Chậm giải phóng mặt bằng.', 'Đang hoàn thiện thủ tục đầu tư.'];

function answerer(random: () => number, plan: Plan, period: Period): Answerer {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const day = (): CellValue => {
    const from = Date.UTC(period.year, 2, 1);
    const to = Date.UTC(period.year, 11, 10);
    return { date: new Date(from + Math.floor(random() * ((to - from) / 86_400_000)) * 86_400_000).toISOString().slice(0, 10) };
  };
  return (entity, row, layout): Record<string, CellValue> => {
    const id = String(cellOf(row, layout, layout.columns[0].key));
    switch (entity) {
      case 'tasks': {
        const draw = random();
        const status = draw < 0.35 ? 'Hoàn thành' : draw < 0.8 ? 'Đang triển khai' : draw < 0.95 ? 'Chưa triển khai' : 'Không thực hiện';
        const percent = status === 'Hoàn thành' ? 100 : status === 'Đang triển khai' ? 10 + 5 * Math.floor(random() * 17) : status === 'Chưa triển khai' ? 0 : null;
        return {
          status,
          percent,
          completedOn: status === 'Hoàn thành' ? day() : null,
          result: status === 'Chưa triển khai' ? 'Chưa triển khai trong năm.' : pick(RESULTS),
          obstacles: pick(OBSTACLES) || null,
          proposals: pick(PROPOSALS) || null,
        };
      }
      case 'projects': {
        const project = plan.projects.find((candidate) => candidate.id === id);
        const total = project?.totalInvestment ?? 100 + Math.round(random() * 900);
        const draw = random();
        const progress = draw < 0.2 ? 'Chuẩn bị đầu tư' : draw < 0.75 ? 'Đang xây dựng' : draw < 0.95 ? 'Hoàn thành, đi vào hoạt động' : 'Tạm dừng';
        const share = progress === 'Chuẩn bị đầu tư' ? 0.02 : progress === 'Hoàn thành, đi vào hoạt động' ? 0.95 : 0.1 + random() * 0.6;
        return {
          progress,
          disbursed: Math.round(total * share * 100) / 100,
          expectedCompletionYear: Math.max(period.year, project?.completionYear ?? period.year + 2),
          note: pick(NOTES) || null,
        };
      }
      case 'targets': {
        const target = plan.targets.find((candidate) => candidate.id === id);
        const value = target?.baselineValue ?? target?.value ?? 10;
        return { actual: Math.round(value * (0.9 + random() * 0.25) * 100) / 100, dataSource: 'Cục Thống kê tỉnh' };
      }
    }
  };
}

/** mulberry32: a small, fast generator; the same seed gives the same samples on every machine. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}
