/**
 * Runs `validate` and `consolidate` in-process, as `runCli` does, and writes the files they read:
 * a master for the sample plan and returned workbooks, filled in or broken, in a temporary folder.
 */
import { writeFileSync } from 'node:fs';
import { initMasterWorkbook } from '../../src/app/initMaster';
import { runCli } from '../../src/cli/main';
import { createXlsx } from '../../src/workbook/xlsx/xlsxWorkbook';
import { samplePlan } from '../layout/fixtures';
import { type Edit, edited, fillValid, layouts, sentFile, setRow } from '../rules/validate/returns';
import { memoryIo } from './memoryIo';
import type { TempFolder } from './tempFiles';

export async function runReturnsCli(...argv: string[]) {
  const streams = memoryIo();
  const exitCode = await runCli(argv, streams.io);
  return { exitCode, stdout: streams.stdout(), stderr: streams.stderr() };
}

export async function writeMaster(files: TempFolder, name = 'master.xlsx'): Promise<string> {
  const file = createXlsx();
  await initMasterWorkbook(samplePlan(), layouts, file);
  const path = files.path(name);
  writeFileSync(path, new Uint8Array(await file.toArrayBuffer()));
  return path;
}

export async function writeReturn(files: TempFolder, agencyId: string, ...edits: readonly Edit[]): Promise<string> {
  const sent = await sentFile(agencyId);
  const path = files.path(sent.fileName);
  writeFileSync(path, new Uint8Array(await edited(sent.bytes, fillValid, ...edits)));
  return path;
}

export const badStatus: Edit = setRow('Nhiệm vụ', 'I.2', { 'Tình trạng': 'Tốt' });
