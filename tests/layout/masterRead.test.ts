import { readdirSync, readFileSync } from 'fs';
import { join } from 'path';
import { hasErrors } from '../../src/domain/finding';
import { Plan } from '../../src/domain/plan';
import { Reports } from '../../src/domain/report';
import { initMaster, reportSheets } from '../../src/layout/master';
import { masterTableNames, readMasterTables } from '../../src/layout/masterRead';
import type { TableData } from '../../src/workbook/port';
import { samplePlan, shippedLayouts, tablesOf } from './fixtures';

const layouts = shippedLayouts();

/** The master's tables for the sample plan, with one table changed by `edit`. */
function masterWith(table: string, edit: (data: TableData) => TableData): Record<string, TableData | null> {
  const tables = tablesOf(initMaster(samplePlan(), layouts));
  return { ...tables, [table]: edit(tables[table]) };
}

const withCell = (data: TableData, rowIndex: number, header: string, value: TableData['rows'][number][number]): TableData => {
  const column = data.headers.indexOf(header);
  return { ...data, rows: data.rows.map((row, index) => (index === rowIndex ? row.map((cell, c) => (c === column ? value : cell)) : row)) };
};

describe('readMasterTables', () => {
  it('reads back exactly the plan the master was made from', () => {
    const plan = samplePlan();
    const read = readMasterTables(tablesOf(initMaster(plan, layouts)), layouts);
    expect(read.findings).toEqual([]);
    expect(read.plan).toEqual(plan);
    expect(read.reports).toEqual(Reports.parse({}));
  });

  const seedDir = join(__dirname, '..', '..', 'seeds');
  const seeds = readdirSync(seedDir).filter((file) => file.endsWith('.json'));
  it.each(seeds)('reads back exactly the seed %s', (file) => {
    const plan = Plan.parse(JSON.parse(readFileSync(join(seedDir, file), 'utf8')));
    const read = readMasterTables(tablesOf(initMaster(plan, layouts)), layouts);
    expect(hasErrors(read.findings)).toBe(false);
    expect(read.plan).toEqual(plan);
  });

  it('names every table of the master, one per sheet', () => {
    const names = masterTableNames(layouts.master);
    expect(new Set(names).size).toBe(names.length);
    expect(Object.keys(tablesOf(initMaster(samplePlan(), layouts))).sort()).toEqual([...names].sort());
  });

  it('finds columns by their header wherever they were moved', () => {
    const tables = masterWith('tblTasks', (data) => ({
      ...data,
      headers: [...data.headers].reverse().map((header) => header.toUpperCase()),
      rows: data.rows.map((row) => [...row].reverse()),
    }));
    expect(readMasterTables(tables, layouts).plan).toEqual(samplePlan());
  });

  it('resolves agency names typed without ids through the registry', () => {
    const tables = masterWith('tblTasks', (data) => {
      const typed = withCell(withCell(data, 1, 'Mã cơ quan phối hợp', null), 1, 'Cơ quan phối hợp', 'Sở Tài chính, Sở Công thương');
      return withCell(typed, 1, 'Mã cơ quan chủ trì', null);
    });
    const read = readMasterTables(tables, layouts);
    expect(read.findings).toEqual([]);
    const task = read.plan?.tasks.find((t) => t.id === 'I.2');
    expect(task?.leadAgencies).toEqual([{ agencyId: 'kg.skhdt', asWritten: 'Sở Kế hoạch và Đầu tư' }]);
    expect(task?.cooperatingAgencies.map((ref) => ref.agencyId)).toEqual(['kg.stc', 'kg.sct']);
  });

  it('reports a name the registry cannot resolve with its sheet and cell, and gives no plan', () => {
    const tables = masterWith('tblTasks', (data) =>
      withCell(withCell(data, 0, 'Mã cơ quan chủ trì', null), 0, 'Cơ quan chủ trì', 'Sở Văn hóa và Thể thao'),
    );
    const read = readMasterTables(tables, layouts);
    expect(read.plan).toBeNull();
    expect(read.findings).toEqual([
      expect.objectContaining({ code: 'unknown-agency', severity: 'error', sheet: 'Nhiệm vụ', cell: 'E2', rowId: 'I.1', found: 'Sở Văn hóa và Thể thao' }),
    ]);
    expect(read.findings[0].message_vi).toMatch(/Sở Văn hóa và Thể thao/);
  });

  it('takes the official name for ids given without names, and requires one of the two', () => {
    const idsOnly = masterWith('tblTasks', (data) => withCell(data, 0, 'Cơ quan chủ trì', null));
    expect(readMasterTables(idsOnly, layouts).plan?.tasks[0].leadAgencies).toEqual([{ agencyId: 'kg.sct', asWritten: 'Sở Công Thương' }]);
    const neither = masterWith('tblTasks', (data) => withCell(withCell(data, 0, 'Cơ quan chủ trì', null), 0, 'Mã cơ quan chủ trì', null));
    expect(readMasterTables(neither, layouts).findings).toEqual([expect.objectContaining({ code: 'empty-required', cell: 'E2', rowId: 'I.1' })]);
  });

  it('keeps a known id when the name beside it reads as another agency, with a warning', () => {
    const tables = masterWith('tblTasks', (data) => withCell(data, 0, 'Cơ quan chủ trì', 'Sở Tài chính'));
    const read = readMasterTables(tables, layouts);
    expect(read.plan?.tasks[0].leadAgencies).toEqual([{ agencyId: 'kg.sct', asWritten: 'Sở Tài chính' }]);
    expect(read.findings).toEqual([expect.objectContaining({ code: 'unknown-reference', severity: 'warning', cell: 'E2', found: 'Sở Tài chính' })]);
  });

  it('follows the name when the id beside it is unknown, with a warning', () => {
    const tables = masterWith('tblTasks', (data) => withCell(data, 0, 'Mã cơ quan chủ trì', 'kg.so-cong-thuong'));
    const read = readMasterTables(tables, layouts);
    expect(read.plan?.tasks[0].leadAgencies).toEqual([{ agencyId: 'kg.sct', asWritten: 'Sở Công Thương' }]);
    expect(read.findings).toEqual([expect.objectContaining({ code: 'unknown-reference', severity: 'warning' })]);
  });

  it('ignores ids that no longer match the names in number, and says so', () => {
    const tables = masterWith('tblTasks', (data) => withCell(data, 0, 'Cơ quan chủ trì', 'Sở Công Thương; Sở Tài chính'));
    const read = readMasterTables(tables, layouts);
    expect(read.plan?.tasks[0].leadAgencies.map((ref) => ref.agencyId)).toEqual(['kg.sct', 'kg.stc']);
    expect(read.findings).toEqual([expect.objectContaining({ code: 'unknown-reference', severity: 'warning', cell: 'E2' })]);
  });

  it('reads money typed as text in either locale and rejects what is ambiguous', () => {
    const typed = masterWith('tblProjects', (data) => withCell(data, 0, 'Tổng vốn đầu tư (tỷ đồng)', '1.250,5'));
    expect(readMasterTables(typed, layouts).plan?.projects[0].totalInvestment).toBe(1250.5);
    const ambiguous = masterWith('tblProjects', (data) => withCell(data, 0, 'Tổng vốn đầu tư (tỷ đồng)', '1,250'));
    const read = readMasterTables(ambiguous, layouts);
    expect(read.plan).toBeNull();
    expect(read.findings).toEqual([
      expect.objectContaining({ code: 'invalid-number', sheet: 'Dự án', cell: 'H2', column: 'Tổng vốn đầu tư (tỷ đồng)', found: '1,250' }),
    ]);
  });

  it('reads a status or a kind by its meaning, and reports one it does not know', () => {
    const typed = masterWith('tblZones', (data) => withCell(data, 0, 'Loại', 'KCN'));
    expect(readMasterTables(typed, layouts).plan?.zones[0].kind).toBe('industrial-park');
    const unknown = masterWith('tblZones', (data) => withCell(data, 0, 'Loại', 'Khu chế xuất'));
    expect(readMasterTables(unknown, layouts).findings).toEqual([expect.objectContaining({ code: 'invalid-enum', cell: 'B2' })]);
  });

  it('reads dates as serials and as dd/mm/yyyy text', () => {
    const serial = masterWith('tblSuccessions', (data) => withCell(data, 0, 'Từ ngày', 45717));
    expect(readMasterTables(serial, layouts).plan?.successions[0].effectiveFrom).toBe('2025-03-01');
    const text = masterWith('tblSuccessions', (data) => withCell(data, 0, 'Từ ngày', '01/03/2025'));
    expect(readMasterTables(text, layouts).plan?.successions[0].effectiveFrom).toBe('2025-03-01');
  });

  it('accepts an agency name where a succession expects an id', () => {
    const tables = masterWith('tblSuccessions', (data) => withCell(data, 0, 'Cơ quan kế thừa (mã hoặc tên)', 'Sở Tài chính'));
    expect(readMasterTables(tables, layouts).plan?.successions[0].to).toBe('kg.stc');
  });

  it('reports a missing table, a missing required column and an empty required cell', () => {
    const tables: Record<string, TableData | null> = { ...tablesOf(initMaster(samplePlan(), layouts)), tblZones: null };
    expect(readMasterTables(tables, layouts).findings).toEqual([
      expect.objectContaining({ code: 'missing-sheet', severity: 'error', sheet: 'Khu cụm CN' }),
    ]);
    const noContent = masterWith('tblTasks', (data) => {
      const at = data.headers.indexOf('Nội dung nhiệm vụ');
      return { ...data, headers: data.headers.filter((_, i) => i !== at), rows: data.rows.map((row) => row.filter((_, i) => i !== at)) };
    });
    expect(readMasterTables(noContent, layouts).findings).toEqual(
      expect.arrayContaining([expect.objectContaining({ code: 'missing-column', column: 'Nội dung nhiệm vụ', severity: 'error' })]),
    );
    const empty = masterWith('tblTargets', (data) => withCell(data, 1, 'Đơn vị', '  '));
    expect(readMasterTables(empty, layouts).findings).toEqual([expect.objectContaining({ code: 'empty-required', cell: 'G3', rowId: 'CT-02' })]);
  });

  it('reports a duplicated id', () => {
    const tables = masterWith('tblSections', (data) => withCell(data, 1, 'Mã nhóm', 'I'));
    const read = readMasterTables(tables, layouts);
    expect(read.plan).toBeNull();
    expect(read.findings).toEqual([expect.objectContaining({ code: 'duplicate-id', cell: 'A3', rowId: 'I' })]);
  });

  it('skips empty rows left at the end of a table', () => {
    const tables = masterWith('tblSections', (data) => ({ ...data, rows: [...data.rows, data.headers.map(() => null)] }));
    expect(readMasterTables(tables, layouts).plan).toEqual(samplePlan());
  });

  it('reads the report tables and keeps the officer assessment apart from the model', () => {
    const reports = Reports.parse({
      tasks: [
        {
          taskId: 'I.1',
          agencyId: 'kg.sct',
          period: '2022',
          role: 'lead',
          status: 'in-progress',
          percent: 40,
          completedOn: null,
          result: 'Đã tổ chức 3 hội nghị',
          submissionId: 'abc',
        },
      ],
      submissions: [
        { id: 'abc', fileName: '2022_SCT.xlsx', agencyId: 'kg.sct', period: '2022', receivedAt: '2022-12-10T08:00:00Z', onTime: true, errors: 0, warnings: 1, outcome: 'accepted', rowsAccepted: 1, rowsQuarantined: 0 },
      ],
    });
    const notes = { taskReports: new Map([['I.1\u0000kg.sct\u00002022', { assessment: 'Đạt yêu cầu' }]]) };
    const specs = [...initMaster(samplePlan(), layouts).filter((s) => !s.name.startsWith('BC') ), ...reportSheets(reports, layouts, notes)];
    const read = readMasterTables(tablesOf(specs), layouts);
    expect(read.findings).toEqual([]);
    expect(read.reports).toEqual(reports);
    expect(read.officerNotes.taskReports?.get('I.1\u0000kg.sct\u00002022')).toEqual({ assessment: 'Đạt yêu cầu' });
  });
});
