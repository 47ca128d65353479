/**
 * Tệp có đúng biểu mẫu không — the checks of a returned file as a whole, from its hidden `_meta`:
 * a form of this system (`not-a-template`), of this plan (`wrong-plan`), of an agency of the plan
 * whose file name does not point to another agency (`wrong-agency`), for the period being
 * consolidated (`wrong-period`), and made from the plan rows as they are now (`stale-template`:
 * an error when the plan rows changed since, a warning when only the template version differs).
 */
import type { Finding } from '../../domain/finding';
import { type Period, parsePeriod } from '../../domain/period';
import type { Plan } from '../../domain/plan';
import { formatVnDate } from '../../domain/vn/date';
import { type AgencyMeta, readAgencyMeta } from '../../layout/meta';
import type { Layouts } from '../../layout/schema';
import type { SheetGrid } from '../../workbook/port';
import type { ExpectedReturn, Expectations } from './expected';
import { agencyNamedByFile } from './fileName';
import { quoted, returnFinding } from './findings';

export interface MetaInput {
  readonly fileName: string;
  readonly sheets: readonly SheetGrid[];
  readonly plan: Plan;
  readonly layouts: Layouts;
  /** The period the officer consolidates; when absent, the file's own. */
  readonly period?: Period;
  readonly expectations: Expectations;
}

export interface MetaCheck {
  readonly meta: AgencyMeta | null;
  readonly findings: readonly Finding[];
  /** The rows the file was made with, when they are the plan's current rows for its agency and period. */
  readonly expected: ExpectedReturn | null;
}

export async function checkMeta(input: MetaInput): Promise<MetaCheck> {
  const { plan, layouts } = input;
  const metaName = layouts.agency.meta.name.toLowerCase();
  const read = readAgencyMeta(input.sheets.find((sheet) => sheet.name.toLowerCase() === metaName) ?? null);
  if (!read.ok) return { meta: null, findings: [notATemplate(read)], expected: null };
  const meta = read.value;
  if (meta.planId !== plan.id) return { meta, findings: [wrongPlan(meta, plan)], expected: null };

  const findings: Finding[] = [];
  const agency = plan.agencies.find((candidate) => candidate.id === meta.agencyId);
  if (agency === undefined) findings.push(unknownAgency(meta));
  const named = agencyNamedByFile(input.fileName, plan.agencies);
  if (agency !== undefined && named !== undefined && named.id !== agency.id) {
    findings.push(fileNamesOther(input.fileName, meta, named.name));
  }
  if (input.period !== undefined && input.period.id !== meta.period) findings.push(wrongPeriod(meta, input.period));

  const period = parsePeriod(meta.period);
  if (agency === undefined || !period.ok) return { meta, findings, expected: null };
  const expected = await input.expectations(period.value, agency.id, meta.planHash);
  if (expected === null) {
    return { meta, findings: [...findings, planChanged(meta)], expected: null };
  }
  const version = layouts.agency.templateVersion;
  if (meta.templateVersion !== version) findings.push(olderVersion(meta, version));
  return { meta, findings, expected };
}

function notATemplate(reason: { reason_vi: string; reason_en: string }): Finding {
  return returnFinding(
    'not-a-template',
    'error',
    {},
    {
      vi: `${reason.reason_vi} Không chép số liệu sang tệp khác: hãy điền vào chính tệp biểu mẫu đã nhận.`,
      en: `${reason.reason_en} Do not copy the data into another file: fill in the form file that was received.`,
    },
    { expected: '_meta' },
  );
}

function wrongPlan(meta: AgencyMeta, plan: Plan): Finding {
  return returnFinding(
    'wrong-plan',
    'error',
    {},
    {
      vi: `tệp là biểu mẫu của kế hoạch "${quoted(meta.planId)}", không phải kế hoạch "${plan.id}" đang tổng hợp. Hãy kiểm tra lại tệp; nếu tệp đúng, hãy tổng hợp vào sổ theo dõi của kế hoạch "${quoted(meta.planId)}".`,
      en: `the file is a form of plan "${quoted(meta.planId)}", not of plan "${plan.id}" being consolidated. Check the file; if it is the right one, consolidate it into the master of plan "${quoted(meta.planId)}".`,
    },
    { found: meta.planId, expected: plan.id },
  );
}

function unknownAgency(meta: AgencyMeta): Finding {
  return returnFinding(
    'wrong-agency',
    'error',
    {},
    {
      vi: `cơ quan ghi trong tệp (${quoted(meta.agencyName)}, mã ${quoted(meta.agencyId)}) không có trong danh sách cơ quan của kế hoạch. Hãy dùng đúng biểu mẫu đã gửi cho cơ quan mình.`,
      en: `the agency named in the file (${quoted(meta.agencyName)}, id ${quoted(meta.agencyId)}) is not an agency of the plan. Use the form that was sent to your agency.`,
    },
    { found: meta.agencyId },
  );
}

function fileNamesOther(fileName: string, meta: AgencyMeta, namedAgency: string): Finding {
  return returnFinding(
    'wrong-agency',
    'error',
    {},
    {
      vi: `tên tệp "${fileName}" là của ${namedAgency}, nhưng biểu mẫu bên trong là của ${quoted(meta.agencyName)}. Hãy kiểm tra đã gửi đúng tệp của cơ quan mình chưa; nếu đúng, hãy đổi tên tệp cho khớp rồi gửi lại.`,
      en: `the file name "${fileName}" points to ${namedAgency}, but the form inside belongs to ${quoted(meta.agencyName)}. Check that the right agency's file was sent; if so, rename the file to match and send it again.`,
    },
    { found: namedAgency, expected: meta.agencyName },
  );
}

function wrongPeriod(meta: AgencyMeta, period: Period): Finding {
  return returnFinding(
    'wrong-period',
    'error',
    {},
    {
      vi: `tệp là báo cáo kỳ ${meta.period}, không phải kỳ ${period.id} đang tổng hợp. Hãy gửi báo cáo kỳ ${period.id}, điền vào biểu mẫu của kỳ ${period.id}.`,
      en: `the file reports period ${meta.period}, not period ${period.id} being consolidated. Send the report for ${period.id}, filled in on the ${period.id} form.`,
    },
    { found: meta.period, expected: period.id },
  );
}

function planChanged(meta: AgencyMeta): Finding {
  const made = formatVnDate(meta.generatedAt.slice(0, 10));
  return returnFinding(
    'stale-template',
    'error',
    {},
    {
      vi: `biểu mẫu được tạo ngày ${made}, sau đó nội dung kế hoạch giao cho cơ quan đã thay đổi. Hãy điền lại báo cáo vào biểu mẫu mới được gửi kèm.`,
      en: `the form was made on ${made}; the plan rows assigned to the agency have changed since. Fill in the report again on the new form sent with this reply.`,
    },
    { found: meta.planHash.slice(0, 12), expected: 'biểu mẫu mới / the new form' },
  );
}

function olderVersion(meta: AgencyMeta, version: string): Finding {
  return returnFinding(
    'stale-template',
    'warning',
    {},
    {
      vi: `biểu mẫu theo phiên bản ${quoted(meta.templateVersion)}, phiên bản hiện hành là ${version}; nội dung kế hoạch không đổi nên tệp vẫn được tiếp nhận. Kỳ sau hãy dùng biểu mẫu mới.`,
      en: `the form is version ${quoted(meta.templateVersion)}; the current version is ${version}. The plan rows are unchanged, so the file is accepted. Use the new form next period.`,
    },
    { found: meta.templateVersion, expected: version },
  );
}
