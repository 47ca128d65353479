/**
 * `plan-tracker check <plan.json|master.xlsx> [--json]` — checks a plan, from a plan file or from
 * the tables of a master workbook (where officials may have typed or pasted it), and prints what is
 * wrong with it: a bilingual report for the officer, or JSON for scripts. Exit 0: no errors;
 * 1: errors; 2: the file cannot be read.
 */
import type { Command } from 'commander';
import { readMaster } from '../../app/readMaster';
import { type Finding, hasErrors } from '../../domain/finding';
import { type Parsed, parsed } from '../../domain/vn/result';
import { formatVnDate } from '../../domain/vn/date';
import { checkPlan, type PlanCheck } from '../../rules/checkPlan';
import { renderTable } from '../format';
import { bilingual, cliContext, ExitCode, findingCounts, loadPlanSource, renderFindings } from '../io';
import { loadLayouts, TEMPLATES_OPTION } from './layoutFiles';
import { openMasterFile } from './masterFile';

export function register(program: Command): void {
  program
    .command('check')
    .description('Kiểm tra kế hoạch / Check a plan')
    .argument('<plan>', 'tệp kế hoạch (.json) hoặc sổ theo dõi (.xlsx) / plan file (.json) or master workbook (.xlsx)')
    .option('--json', 'in kết quả dạng JSON / print the result as JSON')
    .option(...TEMPLATES_OPTION)
    .action(async (path: string, options: { json?: boolean; templates?: string }, command: Command) => {
      const { io, exit } = cliContext(command);
      const source = /\.xlsx$/i.test(path) ? await masterPlan(path, options.templates) : await planFile(path);
      if (!source.ok) {
        io.writeErr(bilingual(source));
        exit(ExitCode.unusable);
        return;
      }
      const checked = checkPlan(source.value.plan);
      const result = { ...checked, findings: [...source.value.findings, ...checked.findings] };
      io.writeOut(options.json === true ? `${JSON.stringify(checkJson(result), null, 2)}\n` : checkReport(result));
      exit(hasErrors(result.findings) ? ExitCode.findings : ExitCode.ok);
    });
}

interface PlanSource {
  /** The plan as read, unchecked. */
  readonly plan: unknown;
  /** What reading it found (a master's tables), before the plan itself is checked. */
  readonly findings: readonly Finding[];
}

async function planFile(path: string): Promise<Parsed<PlanSource>> {
  const source = await loadPlanSource(path);
  return source.ok ? parsed({ plan: source.value, findings: [] }) : source;
}

/** The plan read back from a master's tables; when they cannot make a plan, their findings say why. */
async function masterPlan(path: string, templates: string | undefined): Promise<Parsed<PlanSource>> {
  const layouts = await loadLayouts(templates);
  if (!layouts.ok) return layouts;
  const master = await openMasterFile(path);
  if (!master.ok) return master;
  const read = await readMaster(master.value, layouts.value);
  return parsed({ plan: read.plan, findings: read.findings });
}

/** The `--json` shape: the summary, and every finding with the same seven keys (null when empty). */
function checkJson(result: PlanCheck): unknown {
  return {
    plan: result.summary,
    findings: result.findings.map((finding) => ({
      code: finding.code,
      severity: finding.severity,
      where: finding.where,
      expected: finding.expected ?? null,
      found: finding.found ?? null,
      message_vi: finding.message_vi,
      message_en: finding.message_en,
    })),
  };
}

function checkReport(result: PlanCheck): string {
  const { plan, summary, findings } = result;
  const { errors, warnings } = findingCounts(findings);
  const lines: string[] = [];
  if (plan !== null && summary !== null) {
    const number = plan.document.number ?? '(không số / no number)';
    const date = plan.document.date === null ? '(không ngày / no date)' : formatVnDate(plan.document.date);
    lines.push(`Kế hoạch / Plan: ${summary.id}`, `Văn bản / Document: ${number}, ${date}`, plan.document.title, '');
    lines.push(
      renderTable(
        ['Danh mục / Item', 'Số lượng / Count'],
        [
          ['Nhiệm vụ / Tasks', String(summary.counts.tasks)],
          ['Dự án / Projects', String(summary.counts.projects)],
          ['Chỉ tiêu / Targets', String(summary.counts.targets)],
          ['Khu, cụm công nghiệp / Zones', String(summary.counts.zones)],
          ['Cơ quan được giao / Agencies', String(summary.counts.agencies)],
        ],
        ['left', 'right'],
      ),
    );
  } else {
    lines.push('Tệp không đúng cấu trúc kế hoạch. / The file does not have the structure of a plan.', '');
  }
  if (findings.length > 0) lines.push(renderFindings(findings));
  lines.push(`Kết quả: ${errors} lỗi, ${warnings} cảnh báo. / Result: ${errors} errors, ${warnings} warnings.`);
  return `${lines.join('\n')}\n`;
}
