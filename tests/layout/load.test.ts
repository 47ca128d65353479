import { AgencyKind, Comparison, DocumentKind, FundingLine, StatedFigure, TargetKind, ZoneKind } from '../../src/domain/plan';
import { ProjectProgress, Submission, TaskStatus } from '../../src/domain/report';
import { parseLayouts, agencyTable, masterTable } from '../../src/layout/load';
import type { ListOption } from '../../src/layout/schema';
import { rawLayouts, shippedLayouts } from './fixtures';

const valuesOf = (options: readonly ListOption[]) => options.map((option) => option.value).sort();

describe('parseLayouts', () => {
  it('accepts the shipped templates', () => {
    expect(() => shippedLayouts()).not.toThrow();
  });

  it('maps every value list onto exactly the enum of the model', () => {
    const { lists } = shippedLayouts();
    expect(valuesOf(lists.taskStatus)).toEqual([...TaskStatus.options].sort());
    expect(valuesOf(lists.projectProgress)).toEqual([...ProjectProgress.options].sort());
    expect(valuesOf(lists.taskRole)).toEqual(['cooperating', 'lead']);
    expect(valuesOf(lists.agencyKind)).toEqual([...AgencyKind.options].sort());
    expect(valuesOf(lists.zoneKind)).toEqual([...ZoneKind.options].sort());
    expect(valuesOf(lists.targetKind)).toEqual([...TargetKind.options].sort());
    expect(valuesOf(lists.comparison)).toEqual([...Comparison.options].sort());
    expect(valuesOf(lists.documentKind)).toEqual([...DocumentKind.options].sort());
    expect(valuesOf(lists.fundingDimension)).toEqual([...FundingLine.shape.dimension.options, 'total'].sort());
    expect(valuesOf(lists.reconcileWith)).toEqual([...StatedFigure.shape.reconcileWith.removeDefault().options].sort());
    expect(valuesOf(lists.submissionOutcome)).toEqual([...Submission.shape.outcome.options].sort());
  });

  it('gives the agency workbook exactly the headers and values of DESIGN §4', () => {
    const { agency, lists } = shippedLayouts();
    const headers = (entity: 'tasks' | 'projects' | 'targets') => agencyTable(agency, entity).columns.map((c) => c.header);
    expect(headers('tasks')).toEqual([
      'Mã',
      'Nội dung nhiệm vụ',
      'Vai trò',
      'Thời gian thực hiện',
      'Tình trạng',
      'Tỷ lệ hoàn thành (%)',
      'Ngày hoàn thành',
      'Kết quả thực hiện',
      'Khó khăn, vướng mắc',
      'Đề xuất, kiến nghị',
    ]);
    expect(headers('projects')).toEqual([
      'Mã',
      'Tên dự án',
      'Chủ đầu tư',
      'Tổng vốn đầu tư (tỷ đồng)',
      'Tiến độ',
      'Vốn đã giải ngân lũy kế (tỷ đồng)',
      'Thời gian hoàn thành dự kiến',
      'Ghi chú',
    ]);
    expect(headers('targets')).toEqual(['Mã', 'Chỉ tiêu', 'Đơn vị', 'Kế hoạch', 'Thực hiện', 'Nguồn số liệu']);
    expect(lists.taskStatus.map((o) => o.label)).toEqual(['Chưa triển khai', 'Đang triển khai', 'Hoàn thành', 'Không thực hiện']);
    expect(lists.projectProgress.map((o) => o.label)).toEqual([
      'Chuẩn bị đầu tư',
      'Đang xây dựng',
      'Hoàn thành, đi vào hoạt động',
      'Tạm dừng',
      'Chấm dứt, thu hồi',
    ]);
    expect(agency.sheets.map((s) => s.name)).toEqual(['Nhiệm vụ', 'Dự án', 'Chỉ tiêu']);
    expect(agency.instructions.name).toBe('Hướng dẫn');
  });

  it('has a master column for every field of the task, project and report records', () => {
    const { master } = shippedLayouts();
    const keys = (entity: Parameters<typeof masterTable>[1]) => new Set(masterTable(master, entity).columns.map((c) => c.key));
    expect(keys('tasks')).toEqual(new Set(['id', 'sectionId', 'number', 'content', 'leadAgencies', 'cooperatingAgencies', 'timeFrame', 'source']));
    expect([...keys('taskReports')].sort()).toEqual(
      ['taskId', 'agencyId', 'period', 'role', 'status', 'percent', 'completedOn', 'result', 'obstacles', 'proposals', 'submissionId', 'assessment'].sort(),
    );
    expect(masterTable(master, 'taskReports').columns.find((c) => c.key === 'assessment')).toMatchObject({ header: 'Đánh giá', role: 'officer' });
  });

  it('rejects a sheet name longer than Excel allows', () => {
    const raw = rawLayouts();
    (raw.master as { sheets: { name: string }[] }).sheets[1].name = 'Văn bản căn cứ của kế hoạch phát triển';
    const result = parseLayouts(raw);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason_en).toMatch(/31 characters/);
  });

  it('rejects a column naming a list that does not exist, in both languages', () => {
    const raw = rawLayouts();
    const tasks = (raw.agency as { sheets: { columns: { list?: string }[] }[] }).sheets[0];
    tasks.columns[4].list = 'trangThai';
    const result = parseLayouts(raw);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.reason_en).toMatch(/unknown list "trangThai"/);
      expect(result.reason_vi).toMatch(/không hợp lệ/);
    }
  });

  it('rejects a master without a sheet for one of the plan entities', () => {
    const raw = rawLayouts();
    const master = raw.master as { sheets: { entity: string }[] };
    master.sheets = master.sheets.filter((sheet) => sheet.entity !== 'zones');
    const result = parseLayouts(raw);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason_en).toMatch(/no sheet for "zones"/);
  });

  it('rejects two columns of one sheet with the same header', () => {
    const raw = rawLayouts();
    const tasks = (raw.agency as { sheets: { columns: { header: string }[] }[] }).sheets[0];
    tasks.columns[1].header = 'MÃ';
    expect(parseLayouts(raw).ok).toBe(false);
  });
});
