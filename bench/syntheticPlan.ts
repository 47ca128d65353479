/**
 * Kế hoạch quy mô lớn — a synthetic plan the size of the largest the product must carry (5,000
 * tasks in 20 groups, 40 reporting agencies, 500 key projects, 60 targets), made in code from a
 * fixed seed. It looks like the real documents: the Kiên Giang registry (with its 2025
 * successions) plus the province's other districts, tasks led by one agency (sometimes two, now
 * and then only "các ngành liên quan") with cooperating agencies and groups, the time frames the
 * documents use (`2022`, `2021-2025`, `Hàng năm`, none), projects followed by an agency or by
 * nobody (then the focal point, Sở Công Thương), and targets of every kind.
 */
import { z } from 'zod';
import { loadProvinceRegistry } from '../src/domain/agencies';
import { type Agency, type AgencyRef, Plan, type PlanInput, type Project, type Succession, type Target, type Task, type Zone } from '../src/domain/plan';
import { asciiSlug } from '../src/layout/fileName';
import { type Random, seededRandom } from './random';

export const PlanSize = z.object({
  tasks: z.number().int().positive(),
  /** Agencies that receive a workbook (at most 40). */
  agencies: z.number().int().min(1).max(40),
  projects: z.number().int().nonnegative(),
  targets: z.number().int().nonnegative(),
  /** Task groups (I, II, …; at most 20). */
  sections: z.number().int().min(1).max(20),
  zones: z.number().int().nonnegative(),
});
export type PlanSize = z.infer<typeof PlanSize>;

export const NATIONAL_SIZE: PlanSize = { tasks: 5_000, agencies: 40, projects: 500, targets: 60, sections: 20, zones: 24 };
/** A fifth of it, with the same 40 agencies: about the size of a province's largest real plan. */
export const PROVINCIAL_SIZE: PlanSize = { tasks: 1_000, agencies: 40, projects: 100, targets: 16, sections: 10, zones: 8 };

/** The four yearly periods reported on: before the 2025 reorganisation, so each agency reports under its own name. */
export const REPORT_YEARS: readonly number[] = [2021, 2022, 2023, 2024];

/** The agency the reports go to (the plan's reporting duty), which also receives the targets. */
export const FOCAL_POINT_ID = 'kg.sct';

const PROVINCE = 'kien-giang';

/** Kiên Giang's districts the registry does not list yet, so that every district reports. */
const EXTRA_DISTRICTS: readonly [slug: string, name: string][] = [
  ['rach-gia', 'thành phố Rạch Giá'],
  ['ha-tien', 'thành phố Hà Tiên'],
  ['phu-quoc', 'thành phố Phú Quốc'],
  ['kien-luong', 'huyện Kiên Lương'],
  ['hon-dat', 'huyện Hòn Đất'],
  ['tan-hiep', 'huyện Tân Hiệp'],
  ['giong-rieng', 'huyện Giồng Riềng'],
  ['an-bien', 'huyện An Biên'],
  ['an-minh', 'huyện An Minh'],
  ['vinh-thuan', 'huyện Vĩnh Thuận'],
  ['u-minh-thuong', 'huyện U Minh Thượng'],
  ['giang-thanh', 'huyện Giang Thành'],
  ['kien-hai', 'huyện Kiên Hải'],
];

const EXTRA_AGENCIES: readonly Agency[] = [
  ...EXTRA_DISTRICTS.map(([slug, name]): Agency => ({
    id: `kg.ubnd-${slug}`,
    name: `Ủy ban nhân dân ${name}`,
    shortNames: [`UBND ${name.replace('thành phố', 'TP').replace('huyện ', '')}`],
    aliases: [`UBND ${name}`],
    kind: 'district',
    province: PROVINCE,
    members: [],
  })),
  { id: 'kg.syt', name: 'Sở Y tế', shortNames: ['Sở YT'], aliases: [], kind: 'department', province: PROVINCE, members: [] },
  { id: 'kg.lmhtx', name: 'Liên minh Hợp tác xã tỉnh', shortNames: ['LMHTX tỉnh'], aliases: [], kind: 'other', province: PROVINCE, members: [] },
];

/** Districts are merged into the communes' level from 01/07/2025, as the registry's own are. */
const EXTRA_SUCCESSIONS: readonly Succession[] = EXTRA_DISTRICTS.map(([slug]) => ({
  from: `kg.ubnd-${slug}`,
  to: 'ag.ubnd-xa',
  effectiveFrom: '2025-07-01',
  basis: 'Sắp xếp đơn vị hành chính 2025: không tổ chức cấp huyện từ 01/07/2025.',
}));

/** The 40 agencies that report, departments first: they lead most tasks. */
const REPORTING_IDS: readonly string[] = [
  'kg.sct', 'kg.skhdt', 'kg.stc', 'kg.stnmt', 'kg.snnptnt', 'kg.skhcn', 'kg.sldtbxh', 'kg.sxd', 'kg.sgtvt',
  'kg.stttt', 'kg.snv', 'kg.stp', 'kg.sgddt', 'kg.syt', 'kg.bqlkkt', 'kg.ttxt', 'kg.ca', 'kg.vpubnd',
  'kg.nhnn', 'kg.hhdn', 'kg.mttq', 'kg.dptth', 'kg.bao', 'kg.lmhtx',
  'kg.ubnd-huyen', 'kg.ubnd-chau-thanh', 'kg.ubnd-go-quao', ...EXTRA_DISTRICTS.map(([slug]) => `kg.ubnd-${slug}`),
];

/** Groups named as cooperating (and, rarely, as the only lead). */
const GROUP_IDS: readonly string[] = ['kg.nganh-lien-quan', 'kg.dia-phuong-lien-quan', 'kg.don-vi-lien-quan'];

const SECTION_TITLES: readonly string[] = [
  'Phân bố không gian và tái cấu trúc ngành công nghiệp',
  'Phát triển các ngành công nghiệp ưu tiên',
  'Phát triển công nghiệp chế biến nông sản, thủy sản',
  'Phát triển công nghiệp hỗ trợ',
  'Phát triển năng lượng tái tạo',
  'Hạ tầng khu, cụm công nghiệp',
  'Hạ tầng giao thông, logistics phục vụ công nghiệp',
  'Cải thiện môi trường đầu tư, kinh doanh',
  'Xúc tiến đầu tư, thương mại',
  'Phát triển nguồn nhân lực',
  'Khoa học, công nghệ và đổi mới sáng tạo',
  'Chuyển đổi số trong doanh nghiệp công nghiệp',
  'Bảo vệ môi trường trong sản xuất công nghiệp',
  'Phát triển doanh nghiệp, hợp tác xã',
  'Công nghiệp nông thôn và làng nghề',
  'Tiết kiệm năng lượng, sản xuất sạch hơn',
  'Quản lý nhà nước về công nghiệp',
  'Huy động vốn đầu tư phát triển',
  'Tuyên truyền, phổ biến chính sách',
  'Kiểm tra, giám sát thực hiện',
];

const VERBS: readonly string[] = [
  'Xây dựng và triển khai',
  'Rà soát, điều chỉnh',
  'Tham mưu UBND tỉnh ban hành',
  'Tổ chức thực hiện',
  'Hướng dẫn, hỗ trợ doanh nghiệp thực hiện',
  'Đẩy nhanh tiến độ',
  'Kiểm tra, đánh giá',
  'Phối hợp các bộ, ngành Trung ương triển khai',
];
const OBJECTS: readonly string[] = [
  'kế hoạch phát triển cụm công nghiệp',
  'chính sách hỗ trợ đầu tư hạ tầng khu công nghiệp',
  'chương trình khuyến công địa phương',
  'đề án phát triển công nghiệp chế biến thủy sản',
  'danh mục dự án kêu gọi đầu tư',
  'cơ chế thu hút doanh nghiệp công nghiệp hỗ trợ',
  'quy hoạch mạng lưới logistics',
  'phương án bồi thường, giải phóng mặt bằng',
  'chương trình đào tạo nghề cho lao động công nghiệp',
  'giải pháp sử dụng năng lượng tiết kiệm và hiệu quả',
  'kế hoạch chuyển đổi số cho doanh nghiệp nhỏ và vừa',
  'hệ thống xử lý nước thải tập trung',
];
const SCOPES: readonly string[] = [
  'trên địa bàn tỉnh',
  'giai đoạn 2021-2025',
  'tại các khu, cụm công nghiệp',
  'gắn với vùng nguyên liệu',
  'theo chỉ đạo của Tỉnh ủy',
  'đảm bảo tiến độ đề ra',
];

const TIME_FRAMES: readonly [frame: string, weight: number][] = [
  ['2021', 3],
  ['2022', 6],
  ['2023', 5],
  ['2024', 4],
  ['2025', 4],
  ['2021-2025', 14],
  ['2022-2025', 10],
  ['2021-2023', 5],
  ['2023-2025', 4],
  ['2022 - 2024', 2],
  ['2026-2030', 3],
  ['Hàng năm', 30],
  ['', 10],
];

const PRODUCTS: readonly [product: string, scale: string][] = [
  ['chế biến thủy sản xuất khẩu', 'Công suất: 20.000 tấn/năm'],
  ['sản xuất thức ăn chăn nuôi', 'Công suất: 120.000 tấn/năm'],
  ['điện mặt trời', 'Công suất: 50 MWp'],
  ['điện gió ven biển', 'Công suất: 100 MW'],
  ['chế biến gạo chất lượng cao', 'Công suất: 300.000 tấn/năm'],
  ['sản xuất bao bì', 'Công suất: 15 triệu sản phẩm/năm'],
  ['chế biến trái cây, rau củ', 'Công suất: 30.000 tấn/năm'],
  ['sản xuất vật liệu xây dựng không nung', 'Công suất: 100 triệu viên/năm'],
  ['kho lạnh và trung tâm logistics', 'Diện tích: 25 ha'],
  ['sản xuất nước đá, nước tinh khiết', 'Công suất: 500 m3/ngày'],
];
const PROJECT_KINDS: readonly string[] = ['Nhà máy', 'Dự án đầu tư nhà máy', 'Mở rộng nhà máy', 'Dây chuyền'];
const INVESTORS: readonly string[] = [
  'Công ty TNHH MTV',
  'Công ty Cổ phần',
  'Công ty TNHH',
  'Tập đoàn',
];
const INVESTOR_NAMES: readonly string[] = ['Biển Tây', 'Kiên Hùng', 'Phú Cường', 'Hải Âu', 'Minh Phú', 'Tân Thành', 'Sông Hậu', 'Hòn Đất Xanh'];

const TARGET_TEMPLATES: readonly Omit<Target, 'id' | 'zoneId' | 'source'>[] = [
  { indicator: 'Giá trị sản xuất ngành công nghiệp', kind: 'average-growth', comparison: '=', value: 8, valueMax: null, unit: '%/năm', baselineValue: 52_000, baselineYear: 2020, startYear: 2021, targetYear: 2025 },
  { indicator: 'Tỷ trọng công nghiệp trong GRDP', kind: 'share', comparison: '>', value: 15, valueMax: null, unit: '%', baselineValue: 12.4, baselineYear: 2020, startYear: 2021, targetYear: 2025 },
  { indicator: 'Kim ngạch xuất khẩu hàng công nghiệp', kind: 'average-growth', comparison: 'range', value: 7, valueMax: 8, unit: '%/năm', baselineValue: 830, baselineYear: 2020, startYear: 2021, targetYear: 2025 },
  { indicator: 'Vốn đầu tư vào ngành công nghiệp', kind: 'level', comparison: '>=', value: 60_000, valueMax: null, unit: 'tỷ đồng', baselineValue: 9_000, baselineYear: 2020, startYear: 2021, targetYear: 2025 },
  { indicator: 'Số doanh nghiệp công nghiệp thành lập mới', kind: 'count', comparison: '>=', value: 500, valueMax: null, unit: 'doanh nghiệp', baselineValue: 0, baselineYear: 2020, startYear: 2021, targetYear: 2025 },
  { indicator: 'Tỷ lệ lấp đầy khu công nghiệp', kind: 'completion', comparison: '>=', value: 70, valueMax: null, unit: '%', baselineValue: 35, baselineYear: 2020, startYear: 2021, targetYear: 2025 },
  { indicator: 'Tỷ lệ lao động qua đào tạo trong công nghiệp', kind: 'share', comparison: '~', value: 75, valueMax: null, unit: '%', baselineValue: 62, baselineYear: 2020, startYear: 2021, targetYear: 2030 },
  { indicator: 'Diện tích cụm công nghiệp được đầu tư hạ tầng', kind: 'level', comparison: '>=', value: 400, valueMax: null, unit: 'ha', baselineValue: 120, baselineYear: 2020, startYear: 2021, targetYear: 2030 },
];

const ROMAN: readonly [value: number, numeral: string][] = [
  [10, 'X'],
  [9, 'IX'],
  [5, 'V'],
  [4, 'IV'],
  [1, 'I'],
];

function roman(value: number): string {
  let rest = value;
  let numeral = '';
  for (const [step, letters] of ROMAN) {
    while (rest >= step) {
      numeral += letters;
      rest -= step;
    }
  }
  return numeral;
}

/** A name as a document may write it: the official name mostly, else the short one. */
function refTo(agency: Agency, random: Random): AgencyRef {
  const written = random.next() < 0.7 ? agency.name : (agency.shortNames[0] ?? agency.name);
  return { agencyId: agency.id, asWritten: written };
}

function weightedPick<T>(items: readonly [T, number][], random: Random): T {
  const total = items.reduce((sum, [, weight]) => sum + weight, 0);
  let draw = random.next() * total;
  for (const [item, weight] of items) {
    draw -= weight;
    if (draw < 0) return item;
  }
  return items[items.length - 1][0];
}

function syntheticTasks(size: PlanSize, reporting: readonly Agency[], groups: readonly Agency[], random: Random): { sections: Plan['sections']; tasks: Task[] } {
  const sections = SECTION_TITLES.slice(0, size.sections).map((title, index) => ({ id: roman(index + 1), number: roman(index + 1), title }));
  // Departments lead three times as often as districts and other bodies.
  const leads = reporting.map((agency): [Agency, number] => [agency, agency.kind === 'department' ? 3 : 1]);
  const tasks: Task[] = [];
  const counted = new Map<string, number>();
  for (let at = 0; at < size.tasks; at++) {
    const section = sections[Math.floor((at * sections.length) / size.tasks)];
    const number = (counted.get(section.id) ?? 0) + 1;
    counted.set(section.id, number);
    const onlyGroup = random.next() < 0.01;
    const lead = weightedPick(leads, random);
    const second = random.next() < 0.1 ? weightedPick(leads, random) : null;
    const leadAgencies = onlyGroup
      ? [refTo(random.pick(groups), random)]
      : [lead, ...(second !== null && second.id !== lead.id ? [second] : [])].map((agency) => refTo(agency, random));
    const cooperating = random
      .sample(reporting, random.int(0, 3))
      .filter((agency) => !leadAgencies.some((ref) => ref.agencyId === agency.id))
      .map((agency) => refTo(agency, random));
    if (random.next() < 0.4) cooperating.push(refTo(random.pick(groups), random));
    tasks.push({
      id: `${section.id}.${number}`,
      sectionId: section.id,
      number: String(number),
      content: `${random.pick(VERBS)} ${random.pick(OBJECTS)} ${random.pick(SCOPES)}.`,
      leadAgencies,
      cooperatingAgencies: cooperating,
      timeFrame: weightedPick(TIME_FRAMES, random),
      source: `Phụ lục 1, mục ${section.number}`,
    });
  }
  return { sections, tasks };
}

function syntheticZones(size: PlanSize, districts: readonly Agency[]): Zone[] {
  return Array.from({ length: size.zones }, (_, at): Zone => {
    const district = districts[at % districts.length];
    const place = district.name.replace('Ủy ban nhân dân ', '');
    const park = at % 4 === 0;
    const label = `${park ? 'Khu công nghiệp' : 'Cụm công nghiệp'} ${place.replace(/^(huyện|thành phố) /, '')}${at >= districts.length ? ` ${Math.floor(at / districts.length) + 1}` : ''}`;
    return {
      id: `${park ? 'kcn' : 'ccn'}-${asciiSlug(label.replace(/^(Khu|Cụm) công nghiệp /, '')).toLowerCase()}`,
      kind: park ? 'industrial-park' : 'industrial-cluster',
      name: label,
      aliases: [],
      location: place,
      areaHa: park ? 150 + (at % 5) * 50 : 30 + (at % 7) * 10,
      completionYear: 2025 + (at % 6),
      note: '',
    };
  });
}

function syntheticProjects(size: PlanSize, reporting: readonly Agency[], districts: readonly Agency[], zones: readonly Zone[], random: Random): Project[] {
  const followers = reporting.filter((agency) => ['kg.sct', 'kg.skhdt', 'kg.bqlkkt'].includes(agency.id) || agency.kind === 'district');
  return Array.from({ length: size.projects }, (_, at): Project => {
    const [product, scale] = random.pick(PRODUCTS);
    const zone = zones.length > 0 && random.next() < 0.5 ? random.pick(zones) : null;
    const follower = followers.length > 0 && random.next() < 0.8 ? random.pick(followers) : null;
    return {
      id: `DA-${String(at + 1).padStart(3, '0')}`,
      number: String(at + 1),
      name: `${random.pick(PROJECT_KINDS)} ${product}`,
      investor: random.next() < 0.9 ? `${random.pick(INVESTORS)} ${random.pick(INVESTOR_NAMES)}` : null,
      location: zone?.name ?? random.pick(districts).name.replace('Ủy ban nhân dân ', ''),
      zoneId: zone?.id ?? null,
      scale,
      totalInvestment: random.next() < 0.95 ? random.int(50, 20_000) : null,
      completionYear: random.int(2022, 2030),
      sector: product,
      followedBy: follower === null ? null : refTo(follower, random),
      note: '',
    };
  });
}

function syntheticTargets(size: PlanSize, zones: readonly Zone[]): Target[] {
  return Array.from({ length: size.targets }, (_, at): Target => {
    const template = TARGET_TEMPLATES[at % TARGET_TEMPLATES.length];
    const round = Math.floor(at / TARGET_TEMPLATES.length);
    // Later rounds are the same indicators for one zone each, as plans set them per park.
    const zone = round === 0 ? null : (zones[(round - 1) % zones.length] ?? null);
    const indicator = zone === null ? template.indicator : `${template.indicator} (${zone.name})`;
    return {
      ...template,
      id: `CT-${String(at + 1).padStart(2, '0')}`,
      indicator,
      zoneId: zone?.id ?? null,
      source: `${indicator}: ${template.comparison} ${template.value} ${template.unit} đến năm ${template.targetYear}.`,
    };
  });
}

/** The national-size plan (or a smaller one of the same shape, for tests), valid against the `Plan` schema. */
export function syntheticPlan(size: PlanSize = NATIONAL_SIZE, seed = 2021): Plan {
  PlanSize.parse(size);
  const random = seededRandom(seed);
  const registry = loadProvinceRegistry(PROVINCE);
  const agencies = [...registry.agencies, ...EXTRA_AGENCIES];
  const byId = new Map(agencies.map((agency) => [agency.id, agency]));
  const found = (id: string): Agency => {
    const agency = byId.get(id);
    if (agency === undefined) throw new Error(`no agency ${id} in the registry`);
    return agency;
  };
  const reporting = [found(FOCAL_POINT_ID), ...REPORTING_IDS.filter((id) => id !== FOCAL_POINT_ID).slice(0, size.agencies - 1).map(found)];
  const groups = GROUP_IDS.map(found);
  const { sections, tasks } = syntheticTasks(size, reporting, groups, random);
  const districts = agencies.filter((agency) => agency.kind === 'district' && agency.id !== 'kg.ubnd-huyen');
  const zones = syntheticZones(size, districts);
  const projects = syntheticProjects(size, reporting, districts, zones, random);
  const targets = syntheticTargets(size, zones);
  const years = [2021, 2022, 2023, 2024, 2025];
  const yearAmounts = years.map((year) => 20_000 + (year - 2021) * 2_500);
  const total = yearAmounts.reduce((sum, amount) => sum + amount, 0);
  const input: PlanInput = {
    schemaVersion: 1,
    id: 'bench-national',
    document: {
      number: '999/KH-UBND',
      kind: 'ke-hoach',
      issuer: 'Ủy ban nhân dân tỉnh Kiên Giang',
      province: PROVINCE,
      date: '2021-08-16',
      title: 'Kế hoạch phát triển công nghiệp giai đoạn 2021-2025, định hướng đến năm 2030 (kế hoạch tổng hợp dùng để đo hiệu năng)',
      periodFrom: 2021,
      periodTo: 2025,
      horizon: 2030,
      implements: [],
      reporting: [
        {
          from: [{ agencyId: 'kg.so-nganh-dia-phuong', asWritten: 'Các Sở, ngành, địa phương' }],
          to: { agencyId: FOCAL_POINT_ID, asWritten: 'Sở Công Thương' },
          due: '15/12 hàng năm',
          text: 'Định kỳ báo cáo kết quả thực hiện về Sở Công Thương trước ngày 15/12 hàng năm để tổng hợp, báo cáo UBND tỉnh.',
        },
      ],
      followsPlanId: null,
      note: 'Kế hoạch tổng hợp, sinh bằng mã với hạt giống cố định, chỉ dùng để đo hiệu năng.',
    },
    agencies,
    successions: [...registry.successions, ...EXTRA_SUCCESSIONS],
    sections,
    tasks,
    zones,
    projects,
    targets,
    funding: {
      unit: 'tỷ đồng',
      statedTotal: total,
      lines: [
        { id: 'NV-1', dimension: 'source', label: 'Ngân sách Trung ương', amount: total * 0.1 },
        { id: 'NV-2', dimension: 'source', label: 'Ngân sách địa phương', amount: total * 0.15 },
        { id: 'NV-3', dimension: 'source', label: 'Vốn doanh nghiệp và huy động khác', amount: total * 0.75 },
        ...years.map((year, at) => ({ id: `PK-${year}`, dimension: 'year' as const, label: `Năm ${year}`, year, amount: yearAmounts[at] })),
      ],
      source: 'Mục V. Kinh phí thực hiện',
    },
    statedFigures: [
      { id: 'SL-01', label: 'Số dự án trọng điểm', value: size.projects, unit: 'dự án', reconcileWith: 'projects.count', quote: `Danh mục ${size.projects} dự án trọng điểm kèm theo.`, where: 'Phụ lục 2' },
      { id: 'SL-02', label: 'Số nhiệm vụ', value: size.tasks, unit: 'nhiệm vụ', reconcileWith: 'tasks.count', quote: `Phụ lục 1 gồm ${size.tasks} nhiệm vụ.`, where: 'Phụ lục 1' },
    ],
  };
  return Plan.parse(input);
}

/** The agencies that report on the plan, in the order `syntheticPlan` gives them rows. */
export function reportingAgencyIds(size: PlanSize = NATIONAL_SIZE): string[] {
  return [FOCAL_POINT_ID, ...REPORTING_IDS.filter((id) => id !== FOCAL_POINT_ID).slice(0, size.agencies - 1)];
}
