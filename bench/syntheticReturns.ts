/**
 * Tệp báo cáo tổng hợp — the returned workbooks the bench reads: the plan's real agency workbooks
 * (`makeAgencyWorkbooks`), answered by the sample-return filling of `src/app/samples.ts` (most
 * properly, a few with the mistakes officers meet), for each reporting year in turn and then again
 * in further rounds with other answers, as agencies send corrected files. Every file has its own
 * bytes (a file received twice is left out: it would measure nothing new). Files are written to
 * `folder` one at a time, so no more than one workbook is held at once. Which files carry a
 * mistake is not recorded here: the bench's validate pass counts the files with errors.
 */
import { createHash } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parsePeriod, type Period } from '../src/domain/period';
import type { Plan } from '../src/domain/plan';
import { writeSampleReturns } from '../src/app/samples';
import type { Layouts } from '../src/layout/schema';
import { createXlsx } from '../src/workbook/xlsx/xlsxWorkbook';
import { REPORT_YEARS } from './syntheticPlan';

export interface GeneratedReturn {
  readonly fileName: string;
  readonly period: string;
  readonly bytes: number;
}

/** When the forms were made and the seed of the first round (later rounds add to it). */
export interface ReturnOptions {
  readonly generatedAt: string;
  readonly seed: number;
}

/** Thrown through `writeSampleReturns` to stop a round once enough files are written. */
class Enough extends Error {}

function yearPeriod(year: number): Period {
  const period = parsePeriod(String(year));
  if (!period.ok) throw new Error(period.reason_en);
  return period.value;
}

/** A later round's file carries its round in the name, as a resent file does (`…_lan-2.xlsx`). */
const roundName = (fileName: string, round: number): string => (round === 0 ? fileName : fileName.replace(/\.xlsx$/, `_lan-${round + 1}.xlsx`));

/** Writes `count` returned files to `folder`; returns them in the order written. */
export async function writeReturnedFiles(plan: Plan, layouts: Layouts, count: number, folder: string, options: ReturnOptions): Promise<GeneratedReturn[]> {
  const written: GeneratedReturn[] = [];
  const seen = new Set<string>();
  for (let round = 0; written.length < count; round++) {
    for (const year of REPORT_YEARS) {
      if (written.length >= count) break;
      const period = yearPeriod(year);
      const output = {
        createFile: () => createXlsx(),
        save: async (fileName: string, data: ArrayBuffer) => {
          const bytes = new Uint8Array(data);
          const sha256 = createHash('sha256').update(bytes).digest('hex');
          if (seen.has(sha256)) return;
          seen.add(sha256);
          const name = roundName(fileName, round);
          await writeFile(join(folder, name), bytes);
          written.push({ fileName: name, period: period.id, bytes: bytes.byteLength });
          if (written.length >= count) throw new Enough();
        },
      };
      try {
        await writeSampleReturns(plan, period, layouts, output, { generatedAt: options.generatedAt, seed: options.seed + round * 10_000 + year });
      } catch (error) {
        if (!(error instanceof Enough)) throw error;
      }
    }
  }
  return written;
}
