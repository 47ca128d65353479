/**
 * Một vòng báo cáo — the whole year of an officer, end to end, for the demo: a new master for the
 * plan, the agency forms for the period, a set of sample returns, their validation (with an
 * annotated copy for each file with findings) and their consolidation into the master. Files go
 * through the injected `files` (the demo writes them under `out/`), so this runs anywhere.
 */
import type { Finding } from '../domain/finding';
import type { Period } from '../domain/period';
import type { Plan } from '../domain/plan';
import type { Submission } from '../domain/report';
import type { Layouts } from '../layout/schema';
import type { WorkbookFile } from '../workbook/port';
import { annotatedFileName, writeAnnotatedCopy } from './annotate';
import { consolidateFiles } from './consolidate';
import { initMasterWorkbook } from './initMaster';
import { writeAgencyWorkbooks } from './makeAgencyWorkbooks';
import type { ReturnedFileAccess, ReturnedFileSource } from './returnedFile';
import { type SampleMistake, writeSampleReturns } from './samples';
import { checkReturnedFile, type FileCheck, validationRun } from './validate';

export interface RoundTripFiles extends ReturnedFileAccess {
  createFile(): WorkbookFile;
  openFile(bytes: Uint8Array): Promise<WorkbookFile>;
  /** Paths are relative to the output folder: `master.xlsx`, `templates/…`, `samples/…`, `annotated/…`. */
  save(path: string, data: ArrayBuffer): Promise<void>;
  load(path: string): Promise<Uint8Array>;
}

export interface RoundTripOptions {
  readonly clock: () => Date;
  /** The focal point when the plan names none (plan 40/KH-UBND: Sở Công Thương). */
  readonly focalPointId?: string;
}

export interface RoundTripSummary {
  readonly master: string;
  readonly templates: readonly string[];
  readonly samples: readonly { readonly file: string; readonly mistake: SampleMistake; readonly status: FileCheck['status']; readonly errors: number; readonly warnings: number; readonly annotated: string | null }[];
  readonly consolidation: readonly Submission[];
  readonly masterFindings: readonly Finding[];
}

export const MASTER_FILE = 'master.xlsx';

export async function runRoundTrip(plan: Plan, period: Period, layouts: Layouts, files: RoundTripFiles, options: RoundTripOptions): Promise<RoundTripSummary> {
  const generatedAt = options.clock().toISOString();
  const assign = options.focalPointId === undefined ? {} : { focalPointId: options.focalPointId };

  const master = files.createFile();
  await initMasterWorkbook(plan, layouts, master);
  await files.save(MASTER_FILE, await master.toArrayBuffer());

  const { written } = await writeAgencyWorkbooks(
    plan,
    period,
    layouts,
    { createFile: () => files.createFile(), save: (fileName, data) => files.save(`templates/${fileName}`, data) },
    { generatedAt, ...assign },
  );
  const samples = await writeSampleReturns(
    plan,
    period,
    layouts,
    { createFile: () => files.createFile(), save: (fileName, data) => files.save(`samples/${fileName}`, data) },
    { generatedAt, ...assign },
  );
  const sources: ReturnedFileSource[] = samples.map((sample) => ({ fileName: sample.fileName, read: () => files.load(`samples/${sample.fileName}`) }));

  const run = validationRun(plan, layouts, files, { period, assign });
  const checked: RoundTripSummary['samples'][number][] = [];
  for (const [index, source] of sources.entries()) {
    const result = await checkReturnedFile(source, run);
    const { findings } = result.check;
    let annotated: string | null = null;
    if (result.workbook !== null && findings.length > 0) {
      annotated = `annotated/${annotatedFileName(source.fileName)}`;
      await files.save(annotated, await writeAnnotatedCopy(result.workbook, findings, layouts, files.createFile()));
    }
    checked.push({
      file: source.fileName,
      mistake: samples[index]?.mistake ?? 'none',
      status: result.check.status,
      errors: findings.filter((finding) => finding.severity === 'error').length,
      warnings: findings.filter((finding) => finding.severity === 'warning').length,
      annotated,
    });
  }

  const masterFile = await files.openFile(await files.load(MASTER_FILE));
  const consolidated = await consolidateFiles(masterFile, sources, layouts, files, { period, assign, clock: options.clock });
  if (consolidated.ok) await files.save(MASTER_FILE, await masterFile.toArrayBuffer());
  return {
    master: MASTER_FILE,
    templates: written.map((workbook) => `templates/${workbook.fileName}`),
    samples: checked,
    consolidation: consolidated.ok ? consolidated.files.map((file) => file.submission) : [],
    masterFindings: consolidated.masterFindings,
  };
}
