/**
 * The plan model (DESIGN §3): one issued document, as data. Every type here is inferred from its
 * zod schema, so the schema is the single source of truth for seeds, workbooks and the CLI.
 *
 * Faithfulness rule: text is kept exactly as the document wrote it (`asWritten`, `timeFrame`,
 * `scale` …); parsed values are derived by the functions in `src/domain/vn`, not stored twice.
 */
import { z } from 'zod';

/** ISO calendar date `YYYY-MM-DD`. */
export const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD');
export type IsoDate = z.infer<typeof IsoDate>;

/** Stable identifier: ASCII letters, digits and `.`, `-`, `_`, `/`, `:`. */
export const Id = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._:/-]*$/, 'expected an ASCII id');

/** Cơ quan — kinds of responsible bodies. */
export const AgencyKind = z.enum([
  'department', // Sở, ban, ngành cấp tỉnh (incl. Ban Quản lý, Văn phòng UBND, Công an tỉnh …)
  'district', // UBND cấp huyện, or one named district/city
  'commune', // UBND cấp xã (successor of the district level from 01/07/2025)
  'province', // UBND tỉnh, Tỉnh ủy and their bodies
  'group', // "Các Sở, ban, ngành có liên quan" — several bodies, not one
  'other', // central bodies, associations, banks, enterprises named as responsible
]);
export type AgencyKind = z.infer<typeof AgencyKind>;

export const Agency = z.object({
  id: Id,
  /** Tên chính thức. */
  name: z.string().min(1),
  /** Tên viết tắt, e.g. `Sở KH&ĐT`, `BQL KKT`. The first is used in file names. */
  shortNames: z.array(z.string().min(1)).default([]),
  /** Every other spelling met in the documents, kept verbatim. */
  aliases: z.array(z.string().min(1)).default([]),
  kind: AgencyKind,
  /** Province slug, e.g. `kien-giang`. */
  province: z.string().min(1),
  /** For groups: the agency ids the group may stand for, when the document says so. */
  members: z.array(Id).default([]),
});
export type Agency = z.infer<typeof Agency>;

/** Kế thừa — from `effectiveFrom`, `to` holds the duties of `from` (`to: null`: abolished). */
export const Succession = z.object({
  from: Id,
  to: Id.nullable(),
  effectiveFrom: IsoDate,
  /** The legal basis or a short explanation, as officials write it. */
  basis: z.string().default(''),
});
export type Succession = z.infer<typeof Succession>;

/** A reference to an agency from a plan row, keeping the name the document used. */
export const AgencyRef = z.object({
  agencyId: Id,
  asWritten: z.string().min(1),
});
export type AgencyRef = z.infer<typeof AgencyRef>;

/** Văn bản được thực hiện — a document the plan implements or cites. */
export const CitedDocument = z.object({
  number: z.string().min(1),
  date: IsoDate.nullable(),
  title: z.string().default(''),
  /** When the citation disagrees with another citation of the same document, as written. */
  asWritten: z.string().default(''),
});
export type CitedDocument = z.infer<typeof CitedDocument>;

/** Chế độ báo cáo — who reports to whom, by which day each year (`15/12`). */
export const ReportingDuty = z.object({
  from: z.array(AgencyRef).default([]),
  to: AgencyRef.nullable(),
  /** Day and month as the document writes it, e.g. `15/12 hàng năm`; null when the document sets
   * no periodic deadline (reports only when problems arise, as in 40/KH-UBND). */
  due: z.string().min(1).nullable(),
  text: z.string().default(''),
});
export type ReportingDuty = z.infer<typeof ReportingDuty>;

export const DocumentKind = z.enum(['ke-hoach', 'chuong-trinh-hanh-dong', 'thong-bao', 'quyet-dinh', 'khac']);
export type DocumentKind = z.infer<typeof DocumentKind>;

export const PlanDocument = z.object({
  /** Số hiệu as written, e.g. `40/KH-UBND`; null when the copy carries none. */
  number: z.string().nullable(),
  kind: DocumentKind,
  issuer: z.string().min(1),
  province: z.string().min(1),
  /** Ngày ban hành; null when the copy carries none. */
  date: IsoDate.nullable(),
  title: z.string().min(1),
  /** Giai đoạn, e.g. 2021–2025, and the horizon (định hướng đến năm 2030). */
  periodFrom: z.number().int().nullable(),
  periodTo: z.number().int().nullable(),
  horizon: z.number().int().nullable(),
  implements: z.array(CitedDocument).default([]),
  reporting: z.array(ReportingDuty).default([]),
  /** For a notice or follow-up document: the plan id it follows (e.g. the meeting notice → plan 40). */
  followsPlanId: Id.nullable().default(null),
  /** Where the document's own metadata comes from when the copy lacks it. */
  note: z.string().default(''),
});
export type PlanDocument = z.infer<typeof PlanDocument>;

/** Nhóm nhiệm vụ — a Roman-numbered group of the task appendix, or a heading of lettered duties. */
export const Section = z.object({
  id: Id,
  /** As written: `I`, `II`, … or `1`, `2` for headings. */
  number: z.string().min(1),
  title: z.string().min(1),
});
export type Section = z.infer<typeof Section>;

/** Nhiệm vụ. */
export const Task = z.object({
  id: Id,
  sectionId: Id.nullable(),
  /** STT as written (restarts per group). */
  number: z.string().min(1),
  content: z.string().min(1),
  /** Cơ quan chủ trì — one or more. */
  leadAgencies: z.array(AgencyRef).min(1),
  /** Cơ quan phối hợp — zero or more, possibly a group. */
  cooperatingAgencies: z.array(AgencyRef).default([]),
  /** Thời gian thực hiện as written: `2022`, `2022-2025`, `Hàng năm`, or '' when none. */
  timeFrame: z.string(),
  /** Where the row comes from: `Phụ lục 1`, `Mục VI.1.a` … */
  source: z.string().default(''),
});
export type Task = z.infer<typeof Task>;

/** Khu / cụm công nghiệp, trung tâm logistics. */
export const ZoneKind = z.enum(['industrial-park', 'industrial-cluster', 'economic-zone', 'logistics-centre']);
export type ZoneKind = z.infer<typeof ZoneKind>;

export const Zone = z.object({
  id: Id,
  kind: ZoneKind,
  name: z.string().min(1),
  /** Every other spelling met (e.g. `KCN Thanh Lộc` for `KCN Thạnh Lộc`). */
  aliases: z.array(z.string().min(1)).default([]),
  location: z.string().default(''),
  /** Diện tích (ha), when the document states it. */
  areaHa: z.number().nonnegative().nullable().default(null),
  /** Năm hoàn thành đầu tư hạ tầng, when a target sets it. */
  completionYear: z.number().int().nullable().default(null),
  note: z.string().default(''),
});
export type Zone = z.infer<typeof Zone>;

/** Dự án trọng điểm. */
export const Project = z.object({
  id: Id,
  number: z.string().min(1),
  name: z.string().min(1),
  /** Chủ đầu tư; null when the cell is empty. */
  investor: z.string().nullable(),
  /** Địa điểm đầu tư as written. */
  location: z.string().nullable(),
  /** When the location names a park or cluster. */
  zoneId: Id.nullable().default(null),
  /** Quy mô as written (units and line breaks kept). */
  scale: z.string().nullable(),
  /** Tổng vốn đầu tư (tỷ đồng). */
  totalInvestment: z.number().nonnegative().nullable(),
  /** Thời gian dự kiến hoàn thành (year). */
  completionYear: z.number().int().nullable(),
  sector: z.string().nullable().default(null),
  /** Cơ quan theo dõi — the agency that reports on the project. */
  followedBy: AgencyRef.nullable().default(null),
  /** Cells left empty by merged cells in the source, and what the row shares with its neighbour. */
  note: z.string().default(''),
});
export type Project = z.infer<typeof Project>;

/** Chỉ tiêu kinds. */
export const TargetKind = z.enum(['level', 'share', 'average-growth', 'count', 'completion']);
export type TargetKind = z.infer<typeof TargetKind>;

export const Comparison = z.enum(['>', '>=', '=', '<', '<=', 'range', '~']);
export type Comparison = z.infer<typeof Comparison>;

export const Target = z.object({
  id: Id,
  /** Chỉ tiêu as written. */
  indicator: z.string().min(1),
  kind: TargetKind,
  comparison: Comparison,
  value: z.number(),
  /** Upper bound when `comparison` is `range` (`8,0-8,5%`). */
  valueMax: z.number().nullable().default(null),
  /** Đơn vị: `%`, `%/năm`, `tỷ đồng`, `doanh nghiệp`, `ha` … */
  unit: z.string().min(1),
  baselineValue: z.number().nullable().default(null),
  baselineYear: z.number().int().nullable().default(null),
  /** First year of the period the target covers (growth targets: the base is the year before). */
  startYear: z.number().int().nullable().default(null),
  targetYear: z.number().int(),
  zoneId: Id.nullable().default(null),
  /** The sentence the target comes from, verbatim. */
  source: z.string().default(''),
});
export type Target = z.infer<typeof Target>;

/** Nguồn vốn / phân kỳ — one line of the funding section. */
export const FundingLine = z.object({
  id: Id,
  dimension: z.enum(['source', 'year']),
  label: z.string().min(1),
  year: z.number().int().nullable().default(null),
  amount: z.number(),
});
export type FundingLine = z.infer<typeof FundingLine>;

export const Funding = z.object({
  unit: z.string().default('tỷ đồng'),
  /** Tổng kinh phí as stated. */
  statedTotal: z.number().nullable(),
  lines: z.array(FundingLine).default([]),
  source: z.string().default(''),
});
export type Funding = z.infer<typeof Funding>;

/**
 * Số liệu nêu trong văn bản — a figure stated in prose, kept so that the plan can be reconciled
 * with its own tables (`reconcileWith`) or tracked as a reported value (meeting notices).
 */
export const StatedFigure = z.object({
  id: Id,
  /** What the figure measures, in the document's words. */
  label: z.string().min(1),
  value: z.number(),
  unit: z.string().min(1),
  /** The year or period the figure refers to, as written (`2016-2020`, `6 tháng đầu năm 2022`). */
  period: z.string().default(''),
  /** Which computed quantity it should match, when there is one. */
  reconcileWith: z
    .enum(['projects.count', 'projects.totalInvestment', 'funding.total', 'tasks.count', 'none'])
    .default('none'),
  /** The sentence, verbatim, and where it stands. */
  quote: z.string().min(1),
  where: z.string().default(''),
});
export type StatedFigure = z.infer<typeof StatedFigure>;

export const PLAN_SCHEMA_VERSION = 1;

export const Plan = z.object({
  schemaVersion: z.literal(PLAN_SCHEMA_VERSION),
  id: Id,
  document: PlanDocument,
  agencies: z.array(Agency),
  successions: z.array(Succession).default([]),
  sections: z.array(Section).default([]),
  tasks: z.array(Task).default([]),
  zones: z.array(Zone).default([]),
  projects: z.array(Project).default([]),
  targets: z.array(Target).default([]),
  funding: Funding.nullable().default(null),
  statedFigures: z.array(StatedFigure).default([]),
});
export type Plan = z.infer<typeof Plan>;
/** A plan as written in JSON, before defaults are applied. */
export type PlanInput = z.input<typeof Plan>;
