/**
 * Số lần đồng bộ — what the Office.js adapter costs on Excel on the web, where every
 * `context.sync()` is a network round trip and a request over 5 MB is refused: measured on the
 * sync-counting fake of the tests, for writing a new master (a small plan, then the national one)
 * and for consolidating returned files into the national master (one read of the master's tables,
 * then the write of the report tables).
 */
import { readFile } from 'node:fs/promises';
import { consolidateFiles } from '../src/app/consolidate';
import { initMasterWorkbook } from '../src/app/initMaster';
import type { Plan } from '../src/domain/plan';
import { bundledLayouts } from '../src/layout/bundled';
import { createOfficeWorkbook } from '../src/workbook/officejs/officeWorkbook';
import type { WorkbookPort } from '../src/workbook/port';
import { FAKE_REQUEST_LIMIT, FakeExcel, type RequestRecord } from '../tests/support/fakeExcel';
import { inThreadAccess, receivingClock } from './filePasses';
import type { OfficeResult, RoundTrips } from './results';
import { firstFiles } from './workspace';

function openFake(): { fake: FakeExcel; port: WorkbookPort } {
  const fake = new FakeExcel();
  return { fake, port: createOfficeWorkbook(fake.run, { isSetSupported: fake.isSetSupported }) };
}

function roundTrips(label: string, requests: readonly RequestRecord[]): RoundTrips {
  return {
    label,
    syncs: requests.length,
    largestRequestBytes: Math.max(0, ...requests.map((request) => request.bytes)),
    totalBytes: requests.reduce((sum, request) => sum + request.bytes, 0),
  };
}

async function load(label: string, plan: Plan): Promise<OfficeResult['load'][number]> {
  const { fake, port } = openFake();
  const measured = await fake.measure(() => initMasterWorkbook(plan, bundledLayouts(), port));
  return { ...roundTrips(label, measured.requests), tasks: plan.tasks.length };
}

async function consolidate(plan: Plan, folder: string, count: number): Promise<OfficeResult['consolidate'][number]> {
  const layouts = bundledLayouts();
  const { fake, port } = openFake();
  await initMasterWorkbook(plan, layouts, port);
  const files = await firstFiles(folder, count);
  const sources = files.map((file) => ({ fileName: file.fileName, read: async () => new Uint8Array(await readFile(file.path)) }));
  const measured = await fake.measure(() => consolidateFiles(port, sources, layouts, inThreadAccess, { clock: receivingClock() }));
  if (!measured.result.ok) throw new Error('the master written through the fake has errors');
  return { ...roundTrips(`${count} tệp / files, ${plan.tasks.length}-task master`, measured.requests), files: count, reportRows: measured.result.reports.tasks.length };
}

export interface OfficePlans {
  /** Beside the national plan, shows whether the number of syncs follows the number of rows. */
  readonly small: Plan;
  readonly national: Plan;
  /** The plan the returned files answer: their master is written through the fake first. */
  readonly returns: Plan;
}

export async function officeRoundTrips(plans: OfficePlans, folder: string, counts: readonly number[]): Promise<OfficeResult> {
  const loads = [await load('kế hoạch nhỏ / small plan', plans.small), await load('kế hoạch quốc gia / national plan', plans.national)];
  const consolidations: OfficeResult['consolidate'] = [];
  for (const count of counts) consolidations.push(await consolidate(plans.returns, folder, count));
  return { load: loads, consolidate: consolidations, requestLimitBytes: FAKE_REQUEST_LIMIT };
}
