/**
 * A minimal plan that passes every check, for tests to change one thing at a time:
 * `buildPlan((plan) => { plan.tasks[0].timeFrame = 'Quý III'; })`.
 */
import type { Agency, AgencyRef, Plan, Task } from '../../src/domain/plan';

export const agency = (id: string, name: string, extra: Partial<Agency> = {}): Agency => ({
  id,
  name,
  shortNames: [],
  aliases: [],
  kind: 'department',
  province: 'kien-giang',
  members: [],
  ...extra,
});

export const ref = (agencyId: string, asWritten: string): AgencyRef => ({ agencyId, asWritten });

export const SCT = ref('kg.sct', 'Sở Công Thương');
export const SKHDT = ref('kg.skhdt', 'Sở Kế hoạch và Đầu tư');
export const RELEVANT = ref('kg.nganh-lien-quan', 'Các Sở, ban, ngành có liên quan');

export const task = (id: string, extra: Partial<Task> = {}): Task => ({
  id,
  sectionId: 'I',
  number: id.split('.').pop() ?? id,
  content: `Nội dung nhiệm vụ ${id}`,
  leadAgencies: [SCT],
  cooperatingAgencies: [RELEVANT],
  timeFrame: '2022-2025',
  source: 'Phụ lục 1',
  ...extra,
});

function minimalPlan(): Plan {
  return {
    schemaVersion: 1,
    id: 'kg-test',
    document: {
      number: '40/KH-UBND',
      kind: 'ke-hoach',
      issuer: 'Ủy ban nhân dân tỉnh Kiên Giang',
      province: 'kien-giang',
      date: '2022-02-23',
      title: 'Kế hoạch phát triển công nghiệp giai đoạn 2021-2025',
      periodFrom: 2021,
      periodTo: 2025,
      horizon: 2030,
      implements: [{ number: '22-CTr/TU', date: '2022-01-20', title: 'Chương trình hành động', asWritten: '' }],
      reporting: [{ from: [SKHDT], to: SCT, due: '15/12 hàng năm', text: 'Báo cáo kết quả thực hiện' }],
      followsPlanId: null,
      note: '',
    },
    agencies: [
      agency('kg.sct', 'Sở Công Thương', { shortNames: ['SCT'] }),
      agency('kg.skhdt', 'Sở Kế hoạch và Đầu tư', { shortNames: ['Sở KH&ĐT'] }),
      agency('kg.stc', 'Sở Tài chính'),
      agency('kg.nganh-lien-quan', 'Các Sở, ban, ngành có liên quan', {
        kind: 'group',
        aliases: ['các ngành liên quan'],
      }),
    ],
    successions: [{ from: 'kg.skhdt', to: 'kg.stc', effectiveFrom: '2025-03-01', basis: 'Hợp nhất' }],
    sections: [{ id: 'I', number: 'I', title: 'Phát triển công nghiệp' }],
    tasks: [task('I.1'), task('I.2', { leadAgencies: [SKHDT], timeFrame: 'Hàng năm' })],
    zones: [
      {
        id: 'kcn-thanh-loc',
        kind: 'industrial-park',
        name: 'KCN Thạnh Lộc',
        aliases: [],
        location: 'Châu Thành',
        areaHa: 250,
        completionYear: null,
        note: '',
      },
    ],
    projects: [
      {
        id: 'DA-01',
        number: '1',
        name: 'Nhà máy chế biến',
        investor: 'Công ty A',
        location: 'KCN Thạnh Lộc',
        zoneId: 'kcn-thanh-loc',
        scale: '10 ha',
        totalInvestment: 100,
        completionYear: 2024,
        sector: null,
        followedBy: SCT,
        note: '',
      },
    ],
    targets: [
      {
        id: 'CT-01',
        indicator: 'Tỷ lệ lấp đầy KCN Thạnh Lộc',
        kind: 'share',
        comparison: '>=',
        value: 60,
        valueMax: null,
        unit: '%',
        baselineValue: null,
        baselineYear: null,
        startYear: null,
        targetYear: 2025,
        zoneId: 'kcn-thanh-loc',
        source: '',
      },
    ],
    funding: {
      unit: 'tỷ đồng',
      statedTotal: 113062.026,
      lines: [
        { id: 'NV-1', dimension: 'source', label: 'Ngân sách Trung ương', year: null, amount: 14678.262 },
        { id: 'NV-2', dimension: 'source', label: 'Ngân sách địa phương', year: null, amount: 4378.264 },
        { id: 'NV-3', dimension: 'source', label: 'Vốn tư nhân', year: null, amount: 94005.5 },
        { id: 'PK-2021', dimension: 'year', label: 'Năm 2021', year: 2021, amount: 2291.09 },
        { id: 'PK-2022', dimension: 'year', label: 'Năm 2022', year: 2022, amount: 27872.994 },
        { id: 'PK-2023', dimension: 'year', label: 'Năm 2023', year: 2023, amount: 27659.479 },
        { id: 'PK-2024', dimension: 'year', label: 'Năm 2024', year: 2024, amount: 27819.114 },
        { id: 'PK-2025', dimension: 'year', label: 'Năm 2025', year: 2025, amount: 27419.349 },
      ],
      source: 'Mục V',
    },
    statedFigures: [],
  };
}

/** A fresh valid plan, changed by `change` (which may mutate it freely). */
export function buildPlan(change: (plan: Plan) => void = () => undefined): Plan {
  const plan = minimalPlan();
  change(plan);
  return plan;
}
