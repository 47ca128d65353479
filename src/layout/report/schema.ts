/**
 * Bố cục báo cáo — the computed sheets (`templates/report.json`) and the official appendix forms
 * (`templates/appendix-*.json`) as data, so that a province can reword a header, reorder or widen
 * a column, or number its appendices 1, 2 instead of I, II without code. Every column key the code
 * fills must be present exactly once; the schemas check it, so a layout that loads is complete.
 */
import { z } from 'zod';
import { Comparison, DocumentKind } from '../../domain/plan';
import { TaskStatus } from '../../domain/report';
import { ComplianceStatus } from '../../rules/compute';

/** Excel's rules for a sheet name; `'` too, because print titles do not escape it. */
const SheetName = z.string().regex(/^[^\\/?*[\]:']{1,31}$/, 'a sheet name has at most 31 characters and none of \\ / ? * [ ] : \'');
const Rgb = z.string().regex(/^[0-9A-F]{6}$/, 'expected RRGGBB');
const Text = z.string().min(1);

export const Align = z.enum(['left', 'center', 'right']);
export type Align = z.infer<typeof Align>;

const ColumnBase = z.object({
  header: Text,
  header_en: Text,
  /** Characters. */
  width: z.number().positive().max(255),
  /** Invariant format code: `@`, `#,##0`, `#,##0.00`, `0.0%`, `dd/mm/yyyy`. */
  format: Text,
  align: Align.default('left'),
});

export interface ReportColumn<K extends string = string> extends z.infer<typeof ColumnBase> {
  readonly key: K;
}

/** The columns of one table: each key exactly once, in the order the layout chooses. */
function columnsOf<K extends string>(keys: readonly [K, ...K[]]) {
  return z.array(ColumnBase.extend({ key: z.enum(keys as [K, ...K[]]) })).superRefine((columns, context) => {
    const present = columns.map((column) => column.key as string);
    for (const key of keys) {
      const count = present.filter((candidate) => candidate === key).length;
      if (count !== 1) context.addIssue({ code: z.ZodIssueCode.custom, message: `column "${key}" must appear once (found ${count})` });
    }
  });
}

const Titled = { title: Text, title_en: Text };

/** One text for every value of an enum, none missing (a `z.record` would let keys go missing). */
function textFor<K extends string>(keys: readonly K[]) {
  return z.object(Object.fromEntries(keys.map((key) => [key, Text])) as Record<K, typeof Text>);
}

export const PrintLayout = z.object({
  orientation: z.enum(['portrait', 'landscape']),
  paperSize: z.literal('A4'),
  marginsCm: z.object({ top: z.number().min(0), bottom: z.number().min(0), left: z.number().min(0), right: z.number().min(0) }),
  fitToWidth: z.boolean(),
});
export type PrintLayout = z.infer<typeof PrintLayout>;

export const TALLY_KEYS = [...ComplianceStatus.options, 'total', 'doneRate', 'onTimeRate'] as const;

export const ComplianceSheetLayout = z.object({
  name: SheetName,
  name_en: Text,
  ...Titled,
  sections: z.object({
    ...Titled,
    /** The row of tasks that belong to no group. */
    otherGroup: Text,
    columns: columnsOf(['number', 'name', ...TALLY_KEYS]),
  }),
  agencies: z.object({
    titleLead: Text,
    titleLead_en: Text,
    titleCooperating: Text,
    titleCooperating_en: Text,
    columns: columnsOf(['number', 'agency', ...TALLY_KEYS]),
  }),
  reportingGaps: z.object({
    ...Titled,
    statuses: textFor(['late', 'not-reported'] as const),
    columns: columnsOf(['number', 'agency', 'status', 'submissions', 'rejectedSubmissions', 'lastReceivedAt']),
  }),
});
export type ComplianceSheetLayout = z.infer<typeof ComplianceSheetLayout>;

const SummaryItem = z.object({ label: Text, label_en: Text, unit: z.string(), format: Text });
const Dimension = z.object({ ...Titled, labelHeader: Text, labelHeader_en: Text });

export const INVESTMENT_DIMENSIONS = ['progress', 'location', 'zone', 'completionYear', 'sector'] as const;
export type InvestmentDimension = (typeof INVESTMENT_DIMENSIONS)[number];

const Results = z.object({ matches: Text, differs: Text });

export const InvestmentSheetLayout = z.object({
  name: SheetName,
  name_en: Text,
  ...Titled,
  summary: z.object({
    ...Titled,
    columns: columnsOf(['number', 'item', 'value', 'unit']),
    items: z.object({
      count: SummaryItem,
      totalInvestment: SummaryItem,
      projectsReporting: SummaryItem,
      disbursedTotal: SummaryItem,
      investmentOfPriced: SummaryItem,
      disbursedOfPriced: SummaryItem,
      rate: SummaryItem,
    }),
  }),
  groups: z.object({
    /** The `label` column takes its header from the dimension. */
    columns: columnsOf(['number', 'label', 'count', 'totalInvestment', 'withoutInvestment']),
    dimensions: z.object(
      Object.fromEntries(INVESTMENT_DIMENSIONS.map((key) => [key, Dimension])) as Record<InvestmentDimension, typeof Dimension>,
    ),
  }),
  pastCompletion: z.object({
    ...Titled,
    columns: columnsOf([
      'number',
      'name',
      'investor',
      'location',
      'plannedCompletionYear',
      'expectedCompletionYear',
      'progress',
      'totalInvestment',
      'disbursed',
    ]),
  }),
  reconciliation: z.object({
    ...Titled,
    results: Results,
    /** Stated counts (of projects) are whole numbers, whatever the amount columns show. */
    countFormat: Text,
    columns: columnsOf(['number', 'label', 'unit', 'stated', 'computed', 'difference', 'tolerance', 'result']),
  }),
});
export type InvestmentSheetLayout = z.infer<typeof InvestmentSheetLayout>;

export const TargetsSheetLayout = z.object({
  name: SheetName,
  name_en: Text,
  ...Titled,
  ruleTitle: Text,
  ruleTitle_en: Text,
  /** `actuals` becomes one column per year; its headers take `{year}`. */
  columns: columnsOf([
    'number',
    'indicator',
    'unit',
    'plan',
    'targetYear',
    'baseYear',
    'baseValue',
    'actuals',
    'percentOfPlan',
    'reference',
    'percentOfReference',
    'achievedGrowth',
    'requiredGrowth',
    'projectedValue',
    'status',
  ]),
});
export type TargetsSheetLayout = z.infer<typeof TargetsSheetLayout>;

export const FundingSheetLayout = z.object({
  name: SheetName,
  name_en: Text,
  ...Titled,
  bySource: z.object(Titled),
  byYear: z.object(Titled),
  /** `{unit}` in a header is the plan's funding unit. */
  columns: columnsOf(['number', 'label', 'amount']),
  rows: z.object({ sum: Text, stated: Text, difference: Text, result: Text }),
  results: Results,
  noFunding: Text,
  noStatedTotal: Text,
});
export type FundingSheetLayout = z.infer<typeof FundingSheetLayout>;

/** What every appendix shares: its frame on the page (Nghị định 30/2020/NĐ-CP, Phụ lục I). */
export const AppendixFrame = z.object({
  label: Text,
  /** `Phụ lục I` or `Phụ lục 1`. */
  numbering: z.enum(['roman', 'arabic']),
  /** With `{reportNumber}`, `{day}`, `{month}`, `{year}`, `{issuer}`. */
  attachedTo: Text,
  /** How a bare report number is completed: `{number}/BC-{issuerCode}`. */
  reportNumber: Text,
  /** What stands for a number or date not given yet. */
  placeholder: Text,
  fonts: z.object({
    name: Text,
    heading: z.number().positive(),
    label: z.number().positive(),
    caption: z.number().positive(),
    attached: z.number().positive(),
    table: z.number().positive(),
  }),
  /** How many columns the issuer's name spans at the top left. */
  headingColumns: z.number().int().positive(),
  print: PrintLayout,
});
export type AppendixFrame = z.infer<typeof AppendixFrame>;

export const ReportLayout = z.object({
  kind: z.literal('report'),
  layoutVersion: Text,
  look: z.object({
    fontName: Text,
    fontSize: z.number().positive(),
    titleSize: z.number().positive(),
    headerFill: Rgb,
    totalFill: Rgb,
    englishColor: Rgb,
  }),
  print: PrintLayout,
  periodLabels: z.object({ year: Text, half1: Text, half2: Text, quarter: Text }),
  documentKinds: textFor(DocumentKind.options),
  subtitle: Text,
  subtitle_en: Text,
  totalLabel: Text,
  noRows: Text,
  sheets: z.object({
    compliance: ComplianceSheetLayout,
    investment: InvestmentSheetLayout,
    targets: TargetsSheetLayout,
    funding: FundingSheetLayout,
  }),
  appendix: AppendixFrame,
});
export type ReportLayout = z.infer<typeof ReportLayout>;

const AppendixBase = z.object({
  kind: z.literal('appendix'),
  /** Its number among the report's appendices. */
  number: z.number().int().positive(),
  sheetName: SheetName,
  sheetName_en: Text,
  /** Written in capitals; `{period}`, `{document}`, `{issuer}`, `{planTitle}`; `\n` breaks the line. */
  caption: Text,
});

export const TaskAppendixLayout = AppendixBase.extend({
  entity: z.literal('tasks'),
  columns: columnsOf(['number', 'content', 'leadAgencies', 'cooperatingAgencies', 'timeFrame', 'result', 'assessment']),
  /** The group row of tasks outside every group. */
  otherGroup: Text,
  /** A merged agency: `{name} (nay là {current})`. */
  successor: Text,
  result: z.object({
    statuses: textFor(TaskStatus.options),
    percent: Text,
    completedOn: Text,
    text: Text,
    obstacles: Text,
    agency: Text,
  }),
});
export type TaskAppendixLayout = z.infer<typeof TaskAppendixLayout>;

export const ProjectAppendixLayout = AppendixBase.extend({
  entity: z.literal('projects'),
  columns: columnsOf([
    'number',
    'name',
    'investor',
    'location',
    'totalInvestment',
    'progress',
    'disbursed',
    'disbursementRate',
    'completionYear',
    'note',
  ]),
  pastCompletion: Text,
});
export type ProjectAppendixLayout = z.infer<typeof ProjectAppendixLayout>;

export const TargetAppendixLayout = AppendixBase.extend({
  entity: z.literal('targets'),
  columns: columnsOf(['number', 'indicator', 'unit', 'plan', 'actuals', 'percentOfPlan', 'assessment']),
  /** The group row of the targets of one target year. */
  group: Text,
  /** How the plan's value is written, by comparison: `Trên {value}`, `{value}-{valueMax}`. */
  comparisons: textFor(Comparison.options),
  growth: Text,
});
export type TargetAppendixLayout = z.infer<typeof TargetAppendixLayout>;

export interface ReportLayouts {
  readonly report: ReportLayout;
  readonly tasks: TaskAppendixLayout;
  readonly projects: ProjectAppendixLayout;
  readonly targets: TargetAppendixLayout;
}
