/**
 * Bố cục (layout) — what each sheet of the master and agency workbooks looks like, as data read
 * from `templates/*.json`, so that a province can rename a header or widen a column without code.
 * A column is described once here; writing and reading both follow the description.
 */
import { z } from 'zod';

/** One value of a drop-down and what it means in the model (an enum value of `src/domain`). */
export const ListOption = z.object({
  /** As officials write it, shown in the cell: `Đang triển khai`. */
  label: z.string().min(1),
  label_en: z.string().min(1),
  /** The model value: an enum member, or a boolean for yes/no lists. */
  value: z.union([z.string().min(1), z.boolean()]),
  /** Other spellings read as this value (`Đã hoàn thành`, `HT`); never written. */
  aliases: z.array(z.string().min(1)).default([]),
});
export type ListOption = z.infer<typeof ListOption>;

/** Danh sách giá trị — named so that the master and the agency workbook share one mapping. */
export const ValueLists = z.record(z.string().min(1), z.array(ListOption).min(1));
export type ValueLists = z.infer<typeof ValueLists>;

export const ColumnKind = z.enum([
  'text',
  'number',
  'integer',
  'date',
  'list',
  'percent',
  /** One property (`part`) of one agency reference or of a list of them. */
  'agency',
]);
export type ColumnKind = z.infer<typeof ColumnKind>;

/**
 * Who owns a column: `plan` (from the plan; locked in agency workbooks), `answer` (the agency
 * fills it in; unlocked), `officer` (the planning officer's own notes in the master, such as
 * `Đánh giá`: not part of the model, never overwritten by consolidation).
 */
export const ColumnRole = z.enum(['plan', 'answer', 'officer']);
export type ColumnRole = z.infer<typeof ColumnRole>;

export const Column = z.object({
  /** The model field the column holds (`content`, `leadAgencies`); for `officer` columns, a name. */
  key: z.string().min(1),
  header: z.string().min(1),
  header_en: z.string().min(1),
  /** Characters. */
  width: z.number().positive(),
  /** Invariant format code: `@`, `0`, `#,##0.00`, `dd/mm/yyyy`, `General`. */
  format: z.string().min(1),
  kind: ColumnKind,
  /** Name of the value list, for `list` columns. */
  list: z.string().min(1).optional(),
  /** Separator of an array field written in one cell (`; `, ` | `). */
  join: z.string().min(1).optional(),
  /** For `agency` columns: the names as written, or the agency ids. */
  part: z.enum(['name', 'id']).optional(),
  required: z.boolean().default(false),
  /** An empty cell reads as null (otherwise as '' for text, [] for arrays). */
  nullable: z.boolean().default(false),
  role: ColumnRole.default('plan'),
  /** Input check bounds (answer columns), and the reader's range check. */
  min: z.number().optional(),
  max: z.number().optional(),
  wrap: z.boolean().default(false),
  /** Horizontal alignment of the data cells; Excel's default (text left, numbers right) when absent. */
  align: z.enum(['left', 'center', 'right']).optional(),
});
export type Column = z.infer<typeof Column>;

/** A row of a key/value sheet (`Kế hoạch`): one field of one record. */
export const Field = z.object({
  /** Path in the record: `id`, `document.number`. */
  key: z.string().min(1),
  label: z.string().min(1),
  label_en: z.string().min(1),
  kind: z.enum(['text', 'integer', 'date', 'list']),
  list: z.string().min(1).optional(),
  required: z.boolean().default(false),
  nullable: z.boolean().default(false),
});
export type Field = z.infer<typeof Field>;

const SHEET_NAME = /^[^\\/?*[\]:]{1,31}$/;
const TABLE_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
const A1 = /^[A-Z]{1,3}[1-9]\d*$/;

const SheetBase = z.object({
  /** What the sheet holds, for code to find it: `tasks`, `taskReports`. */
  entity: z.string().min(1),
  name: z.string().regex(SHEET_NAME, 'a sheet name has at most 31 characters and none of \\ / ? * [ ] :'),
  name_en: z.string().min(1),
  /** Excel table name: ASCII, unique in the workbook. */
  table: z.string().regex(TABLE_NAME, 'a table name is ASCII letters, digits and _'),
  /** Where the table's header row starts. */
  at: z.string().regex(A1).default('A1'),
  /** Text above the table (agency workbooks), with `{placeholders}`. */
  title: z.string().optional(),
});

export const TableSheet = SheetBase.extend({
  shape: z.literal('table'),
  columns: z.array(Column).min(1),
});
export type TableSheet = z.infer<typeof TableSheet>;

/** A record as key/value rows: three columns (field path, label, value) and the fields in order. */
export const FieldsSheet = SheetBase.extend({
  shape: z.literal('fields'),
  columns: z.object({ field: Column, label: Column, value: Column }),
  fields: z.array(Field).min(1),
});
export type FieldsSheet = z.infer<typeof FieldsSheet>;

export const SheetLayout = z.discriminatedUnion('shape', [TableSheet, FieldsSheet]);
export type SheetLayout = z.infer<typeof SheetLayout>;

/** Kiểu chữ và màu — how the sheets look. */
export const Look = z.object({
  fontName: z.string().min(1),
  fontSize: z.number().positive(),
  headerFill: z.string().regex(/^[0-9A-F]{6}$/),
  /** Plan cells in agency workbooks: grey says "do not type here". */
  planFill: z.string().regex(/^[0-9A-F]{6}$/),
  answerFill: z.string().regex(/^[0-9A-F]{6}$/),
  tableStyle: z.string().min(1),
});
export type Look = z.infer<typeof Look>;

export const MasterLayout = z.object({
  kind: z.literal('master'),
  layoutVersion: z.string().min(1),
  look: Look,
  sheets: z.array(SheetLayout).min(1),
});
export type MasterLayout = z.infer<typeof MasterLayout>;

/** Text with `{placeholders}`, one paragraph per entry. */
const Paragraphs = z.array(z.string());

export const AgencyLayout = z.object({
  kind: z.literal('agency'),
  /** Written to `_meta`; a returned file with another version is `stale-template`. */
  templateVersion: z.string().min(1),
  look: Look,
  sheets: z.array(TableSheet).min(1),
  /** `Hướng dẫn`: Vietnamese first, English in a smaller second block. */
  instructions: z.object({
    name: z.string().regex(SHEET_NAME),
    width: z.number().positive(),
    title: z.string().min(1),
    heading: Paragraphs,
    body_vi: Paragraphs,
    body_en: Paragraphs,
    /** The deadline sentence, by whether the plan's reporting duty gives a yearly day. */
    deadline_vi: z.string().min(1),
    deadline_en: z.string().min(1),
    noDeadline_vi: z.string().min(1),
    noDeadline_en: z.string().min(1),
  }),
  meta: z.object({
    name: z.string().regex(SHEET_NAME),
    state: z.enum(['hidden', 'veryHidden']),
  }),
  /** `năm 2022`, `6 tháng đầu năm 2022`, `quý III năm 2022`. */
  periodLabels: z.object({
    year: z.string().min(1),
    half1: z.string().min(1),
    half2: z.string().min(1),
    quarter: z.string().min(1),
  }),
  /** `Vai trò` when the plan named a predecessor: `{role} (theo kế hoạch: {names})`. */
  inheritedRole: z.string().min(1),
  /** `Kế hoạch` of a target: `{value}{unit} (năm {year})`. */
  targetPlan: z.string().min(1),
  /** Who receives the reports when the plan names no one. */
  recipientUnknown: z.string().min(1),
});
export type AgencyLayout = z.infer<typeof AgencyLayout>;

export interface Layouts {
  readonly master: MasterLayout;
  readonly agency: AgencyLayout;
  readonly lists: ValueLists;
}
