/** Nhật ký tiếp nhận — the submission log as the master holds it. */
import { readMaster } from '../../app/readMaster';
import type { Submission } from '../../domain/report';
import { bundledLayouts } from '../../layout/bundled';
import type { Master } from '../state/master';

export interface SubmissionLog {
  readonly submissions: readonly Submission[];
  /** Agency names by id, from the plan in the same workbook. */
  readonly agencyNames: Readonly<Record<string, string>>;
}

export async function readSubmissionLog(master: Master): Promise<SubmissionLog> {
  const read = await readMaster(master.port, bundledLayouts());
  const agencyNames = Object.fromEntries((read.plan?.agencies ?? []).map((agency) => [agency.id, agency.name]));
  return { submissions: read.reports.submissions, agencyNames };
}
