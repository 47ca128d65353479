/**
 * The report layouts shipped in `templates/`, bundled at build time (as the agency registry is),
 * so that the CLI and the task pane read the same forms without touching files.
 */
import tasks from '../../../templates/appendix-tasks.json';
import projects from '../../../templates/appendix-projects.json';
import targets from '../../../templates/appendix-targets.json';
import report from '../../../templates/report.json';
import { parseReportLayouts } from './load';
import type { ReportLayouts } from './schema';

let cached: ReportLayouts | undefined;

/** Validated once; a malformed bundle is a build error, so this throws on it. */
export function bundledReportLayouts(): ReportLayouts {
  if (cached === undefined) {
    const layouts = parseReportLayouts({ report, tasks, projects, targets });
    if (!layouts.ok) throw new Error(layouts.reason_en);
    cached = layouts.value;
  }
  return cached;
}
