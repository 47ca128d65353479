/**
 * Phiên làm việc — what the pane knows across the steps of the officials' year: the master
 * workbook, its plan, the period, the workbooks made, the files received and what became of them.
 * A pure reducer, so that every transition can be tested without a browser.
 */
import type { Finding } from '../../domain/finding';
import type { Plan } from '../../domain/plan';
import type { PlanSummary } from '../../rules/checkPlan';
import type { FileCheck } from '../../app/validate';
import type { AgencyFiles } from '../engine/forms';
import type { Consolidation, ReturnedFile } from '../engine/intake';
import type { SubmissionLog } from '../engine/log';
import type { ReportView } from '../engine/report';
import type { Bilingual, Language } from '../i18n/language';
import type { Master } from './master';
import { type PeriodParts, periodId } from './period';

export const STEPS = ['plan', 'forms', 'intake', 'consolidate', 'report', 'log'] as const;
export type StepId = (typeof STEPS)[number];

export interface Notice {
  readonly id: number;
  readonly intent: 'success' | 'warning' | 'info';
  readonly text: Bilingual;
}

export interface Session {
  readonly language: Language;
  readonly step: StepId;
  readonly master: Master | null;
  /** A file master changed since it was last downloaded (Excel saves its own workbook). */
  readonly masterChanged: boolean;
  readonly plan: Plan | null;
  readonly planFindings: readonly Finding[];
  readonly planSummary: PlanSummary | null;
  readonly period: PeriodParts;
  readonly forms: AgencyFiles | null;
  /** Files the agencies sent back, as picked (one per name: a file picked again replaces the earlier one). */
  readonly returned: readonly ReturnedFile[];
  /** The findings of the last check, one per returned file; null once the files changed. */
  readonly checks: readonly FileCheck[] | null;
  readonly consolidation: Consolidation | null;
  readonly report: { readonly view: ReportView | null; readonly findings: readonly Finding[] } | null;
  readonly log: SubmissionLog | null;
  readonly notices: readonly Notice[];
  readonly nextNoticeId: number;
}

export type SessionAction =
  | { readonly type: 'languageChanged'; readonly language: Language }
  | { readonly type: 'stepChanged'; readonly step: StepId }
  | { readonly type: 'masterOpened'; readonly master: Master; readonly changed: boolean }
  | { readonly type: 'masterWritten' }
  | { readonly type: 'masterDownloaded' }
  | {
      readonly type: 'planRead';
      readonly plan: Plan | null;
      readonly findings: readonly Finding[];
      readonly summary: PlanSummary | null;
    }
  | { readonly type: 'periodChanged'; readonly period: PeriodParts }
  | { readonly type: 'formsMade'; readonly forms: AgencyFiles }
  | { readonly type: 'returnedPicked'; readonly files: readonly ReturnedFile[] }
  | { readonly type: 'returnedCleared' }
  | { readonly type: 'filesChecked'; readonly checks: readonly FileCheck[] }
  | { readonly type: 'consolidated'; readonly consolidation: Consolidation; readonly agencyNames: Readonly<Record<string, string>> }
  | { readonly type: 'reportWritten'; readonly view: ReportView | null; readonly findings: readonly Finding[] }
  | { readonly type: 'logRead'; readonly log: SubmissionLog }
  | { readonly type: 'noticed'; readonly intent: Notice['intent']; readonly text: Bilingual }
  | { readonly type: 'noticeDismissed'; readonly id: number };

export function initialSession(language: Language, currentYear: number): Session {
  return {
    language,
    step: 'plan',
    master: null,
    masterChanged: false,
    plan: null,
    planFindings: [],
    planSummary: null,
    period: { year: currentYear, kind: 'year', index: 1 },
    forms: null,
    returned: [],
    checks: null,
    consolidation: null,
    report: null,
    log: null,
    notices: [],
    nextNoticeId: 1,
  };
}

/** What was made from, or read out of, a master no longer holds once another master is opened. */
const FRESH_MASTER = {
  plan: null,
  planFindings: [],
  planSummary: null,
  forms: null,
  checks: null,
  consolidation: null,
  report: null,
  log: null,
} as const;

export function sessionReducer(state: Session, action: SessionAction): Session {
  switch (action.type) {
    case 'languageChanged':
      return { ...state, language: action.language };
    case 'stepChanged':
      return { ...state, step: action.step };
    case 'masterOpened':
      return { ...state, ...FRESH_MASTER, master: action.master, masterChanged: action.changed };
    case 'masterWritten':
      return { ...state, masterChanged: state.master?.kind === 'file' };
    case 'masterDownloaded':
      return { ...state, masterChanged: false };
    case 'planRead':
      // Workbooks made for another plan no longer match the workbook's plan.
      return {
        ...state,
        plan: action.plan,
        planFindings: action.findings,
        planSummary: action.summary,
        forms: action.plan?.id === state.plan?.id ? state.forms : null,
      };
    case 'periodChanged':
      return periodId(action.period) === periodId(state.period) ? state : { ...state, period: action.period, forms: null, checks: null };
    case 'formsMade':
      return { ...state, forms: action.forms };
    case 'returnedPicked': {
      const picked = new Set(action.files.map((file) => file.fileName));
      const kept = state.returned.filter((file) => !picked.has(file.fileName));
      return { ...state, returned: [...kept, ...action.files], checks: null, consolidation: null };
    }
    case 'returnedCleared':
      return { ...state, returned: [], checks: null, consolidation: null };
    case 'filesChecked':
      return { ...state, checks: action.checks };
    case 'consolidated':
      return {
        ...state,
        consolidation: action.consolidation,
        log: action.consolidation.ok ? { submissions: action.consolidation.submissions, agencyNames: action.agencyNames } : state.log,
      };
    case 'reportWritten':
      return { ...state, report: { view: action.view, findings: action.findings } };
    case 'logRead':
      return { ...state, log: action.log };
    case 'noticed':
      // The latest success says where things stand; warnings stay until the officer closes them.
      return {
        ...state,
        notices: [
          ...state.notices.filter((notice) => notice.intent === 'warning'),
          { id: state.nextNoticeId, intent: action.intent, text: action.text },
        ],
        nextNoticeId: state.nextNoticeId + 1,
      };
    case 'noticeDismissed':
      return { ...state, notices: state.notices.filter((notice) => notice.id !== action.id) };
  }
}
