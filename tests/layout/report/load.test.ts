import report from '../../../templates/report.json';
import tasks from '../../../templates/appendix-tasks.json';
import projects from '../../../templates/appendix-projects.json';
import targets from '../../../templates/appendix-targets.json';
import { bundledReportLayouts, parseReportLayouts, type RawReportLayouts } from '../../../src/layout/report';

const raw = (): { report: any; tasks: any; projects: any; targets: any } =>
  structuredClone({ report, tasks, projects, targets }) as { report: any; tasks: any; projects: any; targets: any };

const problemOf = (layouts: RawReportLayouts): string => {
  const result = parseReportLayouts(layouts);
  if (result.ok) throw new Error('expected the layouts to be rejected');
  return result.reason_en;
};

describe('parseReportLayouts', () => {
  it('accepts the shipped report and appendix layouts', () => {
    const layouts = bundledReportLayouts();
    expect(layouts.report.sheets.compliance.name).toBe('Tuân thủ');
    expect([layouts.tasks.number, layouts.projects.number, layouts.targets.number]).toEqual([1, 2, 3]);
  });

  it('names the shipped sheets in Vietnamese, within Excel’s 31 characters', () => {
    const { report: layout, tasks: t, projects: p, targets: g } = bundledReportLayouts();
    const names = [...Object.values(layout.sheets).map((sheet) => sheet.name), t.sheetName, p.sheetName, g.sheetName];
    expect(names).toEqual(['Tuân thủ', 'Đầu tư', 'Tiến độ chỉ tiêu', 'Kinh phí', 'Phụ lục nhiệm vụ', 'Phụ lục dự án', 'Phụ lục chỉ tiêu']);
    for (const name of names) expect(name.length).toBeLessThanOrEqual(31);
  });

  it('rejects an appendix that leaves out a column the code fills, naming the file and the column', () => {
    const layouts = raw();
    layouts.tasks.columns = layouts.tasks.columns.filter((column: { key: string }) => column.key !== 'assessment');
    expect(problemOf(layouts)).toMatch(/appendix-tasks\.json: columns: column "assessment" must appear once \(found 0\)/);
  });

  it('rejects a column key written twice', () => {
    const layouts = raw();
    layouts.projects.columns.push(layouts.projects.columns[1]);
    expect(problemOf(layouts)).toMatch(/appendix-projects\.json: columns: column "name" must appear once \(found 2\)/);
  });

  it('rejects a column key the code does not know', () => {
    const layouts = raw();
    layouts.targets.columns[0].key = 'stt';
    expect(problemOf(layouts)).toMatch(/appendix-targets\.json: columns\.0\.key/);
  });

  it('rejects a sheet name longer than 31 characters', () => {
    const layouts = raw();
    layouts.report.sheets.compliance.name = 'Tình hình thực hiện nhiệm vụ theo kế hoạch';
    expect(problemOf(layouts)).toMatch(/report\.json: sheets\.compliance\.name/);
  });

  it('rejects two sheets whose names differ only in case or accents', () => {
    const layouts = raw();
    layouts.targets.sheetName = 'TUÂN THỦ';
    expect(problemOf(layouts)).toMatch(/sheet name "tuan thu" is used twice/);
  });

  it('rejects two appendices with one number', () => {
    const layouts = raw();
    layouts.targets.number = 2;
    expect(problemOf(layouts)).toMatch(/appendix number 2 is used twice/);
  });

  it('rejects a comparison without its wording and a numbering other than Roman or Arabic', () => {
    const layouts = raw();
    delete layouts.targets.comparisons.range;
    layouts.report.appendix.numbering = 'letters';
    const problem = problemOf(layouts);
    expect(problem).toMatch(/appendix-targets\.json: comparisons\.range/);
    expect(problem).toMatch(/report\.json: appendix\.numbering/);
  });

  it('explains the problem in Vietnamese too', () => {
    const layouts = raw();
    layouts.report.kind = 'master';
    const result = parseReportLayouts(layouts);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason_vi).toMatch(/^Tệp bố cục báo cáo trong thư mục templates không hợp lệ: report\.json: kind/);
  });
});
