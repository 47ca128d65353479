/** Shared test fixtures: the shipped layouts, a small plan built in code, and a pure stand-in for reading tables back. */
import agencyLayout from '../../templates/agency.json';
import lists from '../../templates/lists.json';
import masterLayout from '../../templates/master.json';
import { parseLayouts } from '../../src/layout/load';
import type { Layouts } from '../../src/layout/schema';
import { Plan, type PlanInput } from '../../src/domain/plan';
import { type CellValue, type ReadCell, type SheetSpec, type TableData, isFormulaValue } from '../../src/workbook/port';

export function shippedLayouts(): Layouts {
  const result = parseLayouts({ master: masterLayout, agency: agencyLayout, lists });
  if (!result.ok) throw new Error(result.reason_en);
  return result.value;
}

export const rawLayouts = () => ({
  master: structuredClone(masterLayout) as unknown,
  agency: structuredClone(agencyLayout) as unknown,
  lists: structuredClone(lists) as unknown,
});

const sct = { agencyId: 'kg.sct', asWritten: 'Sở Công Thương' };
const skhdt = { agencyId: 'kg.skhdt', asWritten: 'Sở Kế hoạch và Đầu tư' };
const stc = { agencyId: 'kg.stc', asWritten: 'Sở Tài chính' };
const bqlkkt = { agencyId: 'kg.bqlkkt', asWritten: 'Ban Quản lý Khu kinh tế tỉnh' };
const nganh = { agencyId: 'kg.nganh-lien-quan', asWritten: 'Các Sở, ban, ngành có liên quan' };
const huyen = { agencyId: 'kg.ubnd-huyen', asWritten: 'UBND các huyện, thành phố' };

export const samplePlanInput = (): PlanInput => ({
  schemaVersion: 1,
  id: 'kg-test',
  document: {
    number: '40/KH-UBND',
    kind: 'ke-hoach',
    issuer: 'Ủy ban nhân dân tỉnh Kiên Giang',
    province: 'kien-giang',
    date: '2022-02-23',
    title: 'Thực hiện Chương trình hành động của Tỉnh ủy về phát triển công nghiệp tỉnh Kiên Giang giai đoạn 2021-2025, định hướng đến năm 2030',
    periodFrom: 2021,
    periodTo: 2025,
    horizon: 2030,
    implements: [
      { number: '22-CTr/TU', date: '2022-01-20', title: 'Chương trình hành động của Tỉnh ủy', asWritten: '22-CTr/TU ngày 20/01/2021' },
      { number: '124/NQ-CP', date: null },
    ],
    reporting: [
      {
        from: [nganh, huyen],
        to: sct,
        due: '15/12 hàng năm',
        text: 'Các Sở, ban, ngành có liên quan, UBND các huyện, thành phố báo cáo kết quả về Sở Công Thương trước ngày 15/12 hàng năm.',
      },
    ],
    followsPlanId: null,
    note: '',
  },
  agencies: [
    { id: 'kg.sct', name: 'Sở Công Thương', shortNames: ['SCT'], aliases: ['Sở Công thương'], kind: 'department', province: 'kien-giang' },
    { id: 'kg.skhdt', name: 'Sở Kế hoạch và Đầu tư', shortNames: ['Sở KH&ĐT'], aliases: ['Sở Kế hoạch - Đầu tư'], kind: 'department', province: 'kien-giang' },
    { id: 'kg.stc', name: 'Sở Tài chính', shortNames: ['STC'], kind: 'department', province: 'kien-giang' },
    { id: 'kg.bqlkkt', name: 'Ban Quản lý Khu kinh tế tỉnh', shortNames: ['BQL KKT'], kind: 'department', province: 'kien-giang' },
    { id: 'kg.ubnd-huyen', name: 'UBND cấp huyện', aliases: ['UBND các huyện, thành phố'], kind: 'district', province: 'kien-giang' },
    { id: 'kg.ubnd-xa', name: 'UBND cấp xã', kind: 'commune', province: 'kien-giang' },
    {
      id: 'kg.nganh-lien-quan',
      name: 'Các Sở, ban, ngành có liên quan',
      aliases: ['các ngành liên quan'],
      kind: 'group',
      province: 'kien-giang',
      members: ['kg.sct', 'kg.stc'],
    },
  ],
  successions: [
    { from: 'kg.skhdt', to: 'kg.stc', effectiveFrom: '2025-03-01', basis: 'Hợp nhất Sở Kế hoạch và Đầu tư vào Sở Tài chính' },
    { from: 'kg.ubnd-huyen', to: 'kg.ubnd-xa', effectiveFrom: '2025-07-01' },
  ],
  sections: [
    { id: 'I', number: 'I', title: 'Tuyên truyền, phổ biến' },
    { id: 'II', number: 'II', title: 'Thu hút đầu tư' },
  ],
  tasks: [
    { id: 'I.1', sectionId: 'I', number: '1', content: 'Tuyên truyền chủ trương phát triển công nghiệp.', leadAgencies: [sct], cooperatingAgencies: [nganh], timeFrame: 'Hàng năm', source: 'Phụ lục 1' },
    { id: 'I.2', sectionId: 'I', number: '2', content: 'Xác định nguồn vốn đầu tư hạ tầng khu, cụm công nghiệp.', leadAgencies: [skhdt], cooperatingAgencies: [stc, sct], timeFrame: '2022', source: 'Phụ lục 1' },
    { id: 'II.1', sectionId: 'II', number: '1', content: 'Xúc tiến đầu tư vào KCN Thạnh Lộc.\nƯu tiên công nghiệp chế biến.', leadAgencies: [sct, bqlkkt], timeFrame: '2023-2025' },
    { id: 'II.2', sectionId: 'II', number: '2', content: 'Quy hoạch cụm công nghiệp giai đoạn sau.', leadAgencies: [huyen], cooperatingAgencies: [skhdt], timeFrame: '2026' },
    { id: 'II.3', sectionId: null, number: '3', content: 'Rà soát thủ tục hành chính.', leadAgencies: [nganh], timeFrame: '' },
  ],
  zones: [
    { id: 'kcn-thanh-loc', kind: 'industrial-park', name: 'KCN Thạnh Lộc', aliases: ['KCN Thanh Lộc'], location: 'huyện Châu Thành', areaHa: 133.95, completionYear: 2025, note: 'giai đoạn 2' },
  ],
  projects: [
    {
      id: 'DA-01',
      number: '1',
      name: 'Nhà máy chế biến thủy sản xuất khẩu',
      investor: 'Công ty CP Thủy sản Kiên Giang',
      location: 'KCN Thạnh Lộc',
      zoneId: 'kcn-thanh-loc',
      scale: '10 ha;\n20.000 tấn/năm',
      totalInvestment: 1250.5,
      completionYear: 2024,
      sector: 'Chế biến',
      followedBy: { agencyId: 'kg.bqlkkt', asWritten: 'BQL KKT' },
    },
    { id: 'DA-02', number: '2', name: 'Nhà máy điện gió', investor: null, location: null, scale: null, totalInvestment: null, completionYear: null, note: 'Ô trống do gộp ô' },
  ],
  targets: [
    { id: 'CT-01', indicator: 'Tỷ trọng công nghiệp trong GRDP', kind: 'share', comparison: '>', value: 15, unit: '%', baselineValue: 12.78, baselineYear: 2020, startYear: 2021, targetYear: 2025, source: 'Tỷ trọng công nghiệp trong GRDP của tỉnh đạt trên 15%.' },
    { id: 'CT-02', indicator: 'Giá trị sản xuất công nghiệp tăng bình quân', kind: 'average-growth', comparison: 'range', value: 8, valueMax: 8.5, unit: '%/năm', startYear: 2026, targetYear: 2030 },
  ],
  funding: {
    unit: 'tỷ đồng',
    statedTotal: 113062.026,
    lines: [
      { id: 'NV-1', dimension: 'source', label: 'Ngân sách Trung ương', amount: 14678.262 },
      { id: 'PK-2021', dimension: 'year', label: 'Năm 2021', year: 2021, amount: 2291.09 },
    ],
    source: 'Mục V. KINH PHÍ THỰC HIỆN',
  },
  statedFigures: [
    { id: 'SL-01', label: 'Số dự án thu hút', value: 26, unit: 'dự án', period: '2016-2020', reconcileWith: 'projects.count', quote: 'thu hút 26 dự án', where: 'Mục I' },
  ],
});

export const samplePlan = (): Plan => Plan.parse(samplePlanInput());

/** What an adapter would read back from the written tables, without a file in between. */
export function tablesOf(specs: readonly SheetSpec[]): Record<string, TableData> {
  const tables: Record<string, TableData> = {};
  for (const spec of specs) {
    for (const block of spec.blocks) {
      if (block.kind !== 'table') continue;
      tables[block.table.name] = {
        name: block.table.name,
        sheet: spec.name,
        at: block.at,
        headers: block.table.columns.map((column) => column.header),
        rows: block.table.rows.map((row) => row.map(readBack)),
      };
    }
  }
  return tables;
}

const readBack = (value: CellValue): ReadCell['value'] => (isFormulaValue(value) ? null : value);
