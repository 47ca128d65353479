/**
 * Đọc bố cục báo cáo — validates `templates/report.json` and the three appendix forms, and checks
 * what zod alone cannot: the seven sheet names differ (Excel ignores case) and no two appendices
 * carry the same number.
 */
import { nameKey } from '../../domain/vn/nameKey';
import { type Parsed, parsed, rejected } from '../../domain/vn/result';
import { ProjectAppendixLayout, ReportLayout, type ReportLayouts, TargetAppendixLayout, TaskAppendixLayout } from './schema';

export interface RawReportLayouts {
  readonly report: unknown;
  readonly tasks: unknown;
  readonly projects: unknown;
  readonly targets: unknown;
}

const FILES: Readonly<Record<keyof RawReportLayouts, string>> = {
  report: 'report.json',
  tasks: 'appendix-tasks.json',
  projects: 'appendix-projects.json',
  targets: 'appendix-targets.json',
};

type Issues = readonly { path: (string | number)[]; message: string }[];

export function parseReportLayouts(raw: RawReportLayouts): Parsed<ReportLayouts> {
  const report = ReportLayout.safeParse(raw.report);
  const tasks = TaskAppendixLayout.safeParse(raw.tasks);
  const projects = ProjectAppendixLayout.safeParse(raw.projects);
  const targets = TargetAppendixLayout.safeParse(raw.targets);
  const problems = [
    ...(report.success ? [] : zodProblems(FILES.report, report.error.issues)),
    ...(tasks.success ? [] : zodProblems(FILES.tasks, tasks.error.issues)),
    ...(projects.success ? [] : zodProblems(FILES.projects, projects.error.issues)),
    ...(targets.success ? [] : zodProblems(FILES.targets, targets.error.issues)),
  ];
  if (!report.success || !tasks.success || !projects.success || !targets.success) return invalid(problems);
  const layouts: ReportLayouts = { report: report.data, tasks: tasks.data, projects: projects.data, targets: targets.data };
  const { sheets } = layouts.report;
  const sheetNames = [
    sheets.compliance.name,
    sheets.investment.name,
    sheets.targets.name,
    sheets.funding.name,
    layouts.tasks.sheetName,
    layouts.projects.sheetName,
    layouts.targets.sheetName,
  ];
  const appendixNumbers = [layouts.tasks.number, layouts.projects.number, layouts.targets.number].map(String);
  const crossProblems = [
    ...repeated(sheetNames.map(nameKey)).map((name) => `sheet name "${name}" is used twice`),
    ...repeated(appendixNumbers).map((number) => `appendix number ${number} is used twice`),
  ];
  return crossProblems.length === 0 ? parsed(layouts) : invalid(crossProblems);
}

function repeated(keys: readonly string[]): string[] {
  return [...new Set(keys.filter((key, index) => keys.indexOf(key) !== index))];
}

function zodProblems(file: string, issues: Issues): string[] {
  return issues.map((issue) => `${file}: ${issue.path.join('.')}: ${issue.message}`);
}

function invalid(problems: readonly string[]): Parsed<ReportLayouts> {
  const list = problems.join('; ');
  return rejected(
    `Tệp bố cục báo cáo trong thư mục templates không hợp lệ: ${list}. Hãy sửa tệp hoặc lấy lại bản gốc.`,
    `A report layout file in templates/ is invalid: ${list}. Fix the file or restore the original.`,
  );
}
