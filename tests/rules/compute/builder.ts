/**
 * Small plans and reports for the computation tests: a Kiên Giang-like registry with the 2025
 * merger of Sở Kế hoạch và Đầu tư into Sở Tài chính, and builders that fill every other field.
 */
import { Plan, type AgencyRef, type PlanInput, type Project, type Target } from '../../../src/domain/plan';
import { parsePeriod, type Period } from '../../../src/domain/period';
import {
  Reports,
  type ProjectReport,
  type Submission,
  type TargetReport,
  type TaskReport,
} from '../../../src/domain/report';

type TaskInput = NonNullable<PlanInput['tasks']>[number];

const AGENCIES = [
  { id: 'kg.sct', name: 'Sở Công Thương', kind: 'department' },
  { id: 'kg.skhdt', name: 'Sở Kế hoạch và Đầu tư', kind: 'department' },
  { id: 'kg.stc', name: 'Sở Tài chính', kind: 'department' },
  { id: 'kg.stnmt', name: 'Sở Tài nguyên và Môi trường', kind: 'department' },
  { id: 'kg.ubnd', name: 'UBND tỉnh', kind: 'province' },
  { id: 'kg.nganh-lien-quan', name: 'Các Sở, ban, ngành có liên quan', kind: 'group' },
] as const;

const NAMES: Record<string, string> = Object.fromEntries(AGENCIES.map((a) => [a.id, a.name]));

export const ref = (agencyId: string): AgencyRef => ({ agencyId, asWritten: NAMES[agencyId] ?? agencyId });

export function buildPlan(input: Partial<PlanInput> = {}): Plan {
  return Plan.parse({
    schemaVersion: 1,
    id: 'kg-test',
    document: {
      number: '1/KH-UBND',
      kind: 'ke-hoach',
      issuer: 'UBND tỉnh Kiên Giang',
      province: 'kien-giang',
      date: '2022-01-10',
      title: 'Kế hoạch thử',
      periodFrom: 2021,
      periodTo: 2025,
      horizon: 2030,
      reporting: [],
    },
    agencies: AGENCIES.map((a) => ({ ...a, province: 'kien-giang' })),
    successions: [{ from: 'kg.skhdt', to: 'kg.stc', effectiveFrom: '2025-03-01', basis: 'Hợp nhất Sở KH&ĐT vào Sở Tài chính' }],
    ...input,
  });
}

export function task(
  id: string,
  leads: readonly string[],
  timeFrame: string,
  extra: { cooperating?: readonly string[]; sectionId?: string | null } = {},
): TaskInput {
  return {
    id,
    sectionId: extra.sectionId ?? null,
    number: id.split('.').at(-1) ?? id,
    content: `Nhiệm vụ ${id}`,
    leadAgencies: leads.map(ref),
    cooperatingAgencies: (extra.cooperating ?? []).map(ref),
    timeFrame,
  };
}

export const taskReport = (fields: Partial<TaskReport> & Pick<TaskReport, 'taskId' | 'agencyId'>): TaskReport => ({
  period: '2022',
  role: 'lead',
  status: 'in-progress',
  percent: null,
  completedOn: null,
  result: '',
  obstacles: '',
  proposals: '',
  submissionId: 'file-1',
  ...fields,
});

export const submission = (fields: Partial<Submission> & Pick<Submission, 'id'>): Submission => ({
  fileName: `${fields.id}.xlsx`,
  agencyId: null,
  period: '2022',
  receivedAt: '2022-12-10T08:00:00',
  onTime: true,
  errors: 0,
  warnings: 0,
  outcome: 'accepted',
  rowsAccepted: 1,
  rowsQuarantined: 0,
  ...fields,
});

export const project = (fields: Partial<Project> & Pick<Project, 'id'>): Project => ({
  number: fields.id,
  name: `Dự án ${fields.id}`,
  investor: null,
  location: null,
  zoneId: null,
  scale: null,
  totalInvestment: null,
  completionYear: null,
  sector: null,
  followedBy: null,
  note: '',
  ...fields,
});

export const projectReport = (fields: Partial<ProjectReport> & Pick<ProjectReport, 'projectId'>): ProjectReport => ({
  agencyId: 'kg.sct',
  period: '2022',
  progress: null,
  disbursed: null,
  expectedCompletionYear: null,
  note: '',
  submissionId: 'file-1',
  ...fields,
});

export const target = (fields: Partial<Target> & Pick<Target, 'id' | 'kind' | 'value' | 'targetYear'>): Target => ({
  indicator: `Chỉ tiêu ${fields.id}`,
  comparison: '>=',
  valueMax: null,
  unit: '%',
  baselineValue: null,
  baselineYear: null,
  startYear: null,
  zoneId: null,
  source: '',
  ...fields,
});

export const targetReport = (fields: Partial<TargetReport> & Pick<TargetReport, 'targetId' | 'actual'>): TargetReport => ({
  agencyId: 'kg.sct',
  period: '2022',
  dataSource: '',
  submissionId: 'file-1',
  ...fields,
});

export const reports = (input: Partial<Reports> = {}): Reports => Reports.parse(input);

export function period(id: string): Period {
  const result = parsePeriod(id);
  if (!result.ok) throw new Error(`bad period ${id}`);
  return result.value;
}
