/**
 * Kế hoạch — loading a bundled plan, checking the plan a workbook holds, and adding an appendix
 * pasted from Word to it. A plan read back from the workbook is what every later step uses, so the
 * pane always re-reads after writing.
 */
import { readMaster } from '../../app/readMaster';
import { createAgencyIndex } from '../../domain/agencies';
import { type Finding, hasErrors } from '../../domain/finding';
import type { Plan } from '../../domain/plan';
import { planSheets } from '../../layout/master';
import { type PlanSummary, checkPlan } from '../../rules/checkPlan';
import { type ImportedAppendix, importAppendix } from '../../rules/import/appendix';
import { bundledLayouts } from '../../layout/bundled';
import { SEED_PLANS } from '../data/seedPlans';
import type { Master } from '../state/master';

export interface PlanState {
  /** null when the workbook holds no plan that can be read without error. */
  readonly plan: Plan | null;
  readonly findings: readonly Finding[];
  readonly summary: PlanSummary | null;
}

/** A bundled plan, checked as a plan file is checked on load. */
export async function loadSeedPlan(seedId: string): Promise<PlanState> {
  const seed = SEED_PLANS.find((candidate) => candidate.id === seedId);
  if (seed === undefined) throw new Error(`no bundled plan ${seedId}`);
  const { plan, findings, summary } = checkPlan(await seed.load());
  return { plan: plan !== null && !hasErrors(findings) ? plan : null, findings, summary };
}

/** Đọc và kiểm tra — reads the plan from the workbook's tables, then checks it like a plan file. */
export async function checkMasterPlan(master: Master): Promise<PlanState> {
  const read = await readMaster(master.port, bundledLayouts());
  if (read.plan === null) return { plan: null, findings: read.findings, summary: null };
  const checked = checkPlan(read.plan);
  const findings = [...read.findings, ...checked.findings];
  return { plan: hasErrors(findings) ? null : read.plan, findings, summary: checked.summary };
}

export interface AppendixRequest {
  readonly text: string;
  readonly kind: 'tasks' | 'projects';
  readonly source: string;
  readonly idPrefix: string;
}

/** Reads the pasted table against the plan's own agency registry and zones. */
export function readAppendix(plan: Plan, request: AppendixRequest): ImportedAppendix {
  return importAppendix(request.text, {
    kind: request.kind,
    index: createAgencyIndex(plan.agencies, plan.successions),
    zones: plan.zones,
    ...(request.source.trim() === '' ? {} : { source: request.source.trim() }),
    ...(request.idPrefix.trim() === '' ? {} : { idPrefix: request.idPrefix.trim() }),
  });
}

export type AppendixOutcome =
  | { readonly written: true; readonly state: PlanState }
  | { readonly written: false; readonly findings: readonly Finding[] };

/**
 * Adds the imported rows to the plan and writes the plan sheets (the report tables are left as
 * they are). Nothing is written when the merged plan has an error, e.g. an id used twice.
 */
export async function addAppendix(master: Master, plan: Plan, imported: ImportedAppendix): Promise<AppendixOutcome> {
  const merged = checkPlan({
    ...plan,
    sections: [...plan.sections, ...imported.sections],
    tasks: [...plan.tasks, ...imported.tasks],
    projects: [...plan.projects, ...imported.projects],
  });
  if (merged.plan === null || hasErrors(merged.findings)) return { written: false, findings: merged.findings };
  await master.port.writeSheets(planSheets(merged.plan, bundledLayouts()));
  return { written: true, state: await checkMasterPlan(master) };
}
