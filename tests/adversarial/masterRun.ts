/**
 * One hostile file through the whole pipeline the officer runs — gate, parser, validation,
 * consolidation into a master — with the master's tables read before and after, and the time and
 * heap the run took measured against safety bounds.
 */
import { type ConsolidationResult, consolidateFiles } from '../../src/app/consolidate';
import { initMasterWorkbook } from '../../src/app/initMaster';
import { readMaster } from '../../src/app/readMaster';
import type { ReturnedFileAccess } from '../../src/app/returnedFile';
import type { Reports } from '../../src/domain/report';
import { type MasterTables, masterTableNames } from '../../src/layout/masterRead';
import type { GateLimits } from '../../src/workbook/gate/limits';
import { inspectWorkbookBytes } from '../../src/workbook/gate/inspect';
import { createXlsx, openXlsx } from '../../src/workbook/xlsx/xlsxWorkbook';
import { samplePlan } from '../layout/fixtures';
import { edited, fillValid, layouts, period, sentFile } from '../rules/validate/returns';
import type { HostileFile } from './hostileFiles';
import { type Measured, measured } from './safetyBounds';

export const clock = () => new Date('2022-12-01T01:00:00.000Z');

export const access = (limits: Partial<GateLimits> = {}): ReturnedFileAccess => ({
  inspect: (bytes, fileName) => inspectWorkbookBytes(bytes, fileName, limits),
  open: (bytes) => openXlsx(bytes),
});

/**
 * A master of the sample plan that already holds Ban Quản lý Khu kinh tế's accepted report for
 * 2022, so that a case can show that another agency's rows are left alone.
 */
export async function masterWithOneReport(): Promise<ArrayBuffer> {
  const file = createXlsx();
  await initMasterWorkbook(samplePlan(), layouts, file);
  const sent = await sentFile('kg.bqlkkt');
  const bytes = new Uint8Array(await edited(sent.bytes, fillValid));
  const result = await consolidateFiles(file, [{ fileName: sent.fileName, read: async () => bytes }], layouts, access(), { period: period('2022'), clock });
  if (!result.ok || result.files[0]?.submission.outcome !== 'accepted') throw new Error('the base master could not be made');
  return file.toArrayBuffer();
}

export interface MasterState {
  /** Every table of the master as read through the port. */
  readonly tables: MasterTables;
  readonly reports: Reports;
}

export interface CaseRun {
  readonly before: MasterState;
  readonly after: MasterState;
  /** The consolidation, with the time and heap it took (the master saved included). */
  readonly run: Measured<ConsolidationResult>;
}

async function stateOf(bytes: ArrayBuffer): Promise<MasterState> {
  const port = await openXlsx(bytes);
  const tables = await port.readTables(masterTableNames(layouts.master));
  return { tables, reports: (await readMaster(port, layouts)).reports };
}

/** Consolidates one file into a copy of the master, as `plan-tracker consolidate --period 2022` would. */
export async function consolidateOne(master: ArrayBuffer, file: HostileFile, limits: Partial<GateLimits> = {}): Promise<CaseRun> {
  const before = await stateOf(master);
  const port = await openXlsx(master);
  const run = await measured(async () => {
    const result = await consolidateFiles(port, [{ fileName: file.fileName, read: async () => file.bytes }], layouts, access(limits), {
      period: period('2022'),
      clock,
    });
    return { result, saved: await port.toArrayBuffer() };
  });
  return { before, after: await stateOf(run.value.saved), run: { ...run, value: run.value.result } };
}
