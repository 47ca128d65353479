import ExcelJS from 'exceljs';
import { consolidateFiles } from '../../src/app/consolidate';
import { initMasterWorkbook } from '../../src/app/initMaster';
import { readMaster } from '../../src/app/readMaster';
import type { ReturnedFileSource } from '../../src/app/returnedFile';
import type { WorkbookFile } from '../../src/workbook/port';
import { inspectWorkbookBytes } from '../../src/workbook/gate/inspect';
import { createXlsx, openXlsx } from '../../src/workbook/xlsx/xlsxWorkbook';
import { samplePlan } from '../layout/fixtures';
import { edited, fillValid, layouts, period, sentFile } from '../rules/validate/returns';

const access = { inspect: inspectWorkbookBytes, open: (bytes: Uint8Array) => openXlsx(bytes) };
const clock = () => new Date('2022-12-01T01:00:00.000Z');

async function newMaster(): Promise<ArrayBuffer> {
  const file = createXlsx();
  await initMasterWorkbook(samplePlan(), layouts, file);
  return file.toArrayBuffer();
}

async function filled(agencyId: string): Promise<ReturnedFileSource & { bytes: ArrayBuffer }> {
  const sent = await sentFile(agencyId);
  const bytes = await edited(sent.bytes, fillValid);
  return { fileName: sent.fileName, bytes, read: async () => new Uint8Array(bytes) };
}

/** A port that records when its sheets are written. */
function recording(file: WorkbookFile, events: string[]): WorkbookFile {
  return {
    listSheets: () => file.listSheets(),
    readSheet: (name) => file.readSheet(name),
    readTables: (names) => file.readTables(names),
    writeSheets: async (specs, remove) => {
      events.push('write master');
      return file.writeSheets(specs, remove);
    },
    toArrayBuffer: () => file.toArrayBuffer(),
  };
}

describe('consolidateFiles', () => {
  it('reads, validates and consolidates the files one at a time, then writes the report tables once', async () => {
    const events: string[] = [];
    const files = [await filled('kg.sct'), await filled('kg.bqlkkt')].map((file) => ({
      fileName: file.fileName,
      read: async () => {
        events.push(`read ${file.fileName}`);
        return file.read();
      },
    }));
    const master = recording(await openXlsx(await newMaster()), events);
    const result = await consolidateFiles(master, files, layouts, access, {
      period: period('2022'),
      clock,
      onFile: (outcome, done, total) => events.push(`done ${outcome.check.file} ${done}/${total}`),
    });
    expect(events).toEqual(['read 2022_SCT.xlsx', 'done 2022_SCT.xlsx 1/2', 'read 2022_BQL-KKT.xlsx', 'done 2022_BQL-KKT.xlsx 2/2', 'write master']);
    if (!result.ok) throw new Error('refused');
    expect(result.files.map((file) => [file.submission.outcome, file.submission.rowsAccepted])).toEqual([
      ['accepted', 6],
      ['accepted', 1],
    ]);
    const read = await readMaster(master, layouts);
    expect(read.reports.tasks).toHaveLength(3);
    expect(read.reports.projects.map((row) => row.projectId)).toEqual(['DA-02', 'DA-01']);
    expect(read.reports.submissions.map((row) => row.receivedAt)).toEqual(['2022-12-01T01:00:00.000Z', '2022-12-01T01:00:00.000Z']);
  });

  it('logs a file it cannot read as rejected, and consolidates the others', async () => {
    const good = await filled('kg.sct');
    const master = await openXlsx(await newMaster());
    const result = await consolidateFiles(master, [{ fileName: 'thu.xlsx', read: async () => new TextEncoder().encode('<html></html>') }, good], layouts, access, { clock });
    if (!result.ok) throw new Error('refused');
    expect(result.files.map((file) => [file.check.status, file.submission.outcome, file.submission.errors])).toEqual([
      ['unreadable', 'rejected', 1],
      ['valid', 'accepted', 0],
    ]);
  });

  it('touches nothing when the master’s own tables have errors', async () => {
    const first = await openXlsx(await newMaster());
    await consolidateFiles(first, [await filled('kg.sct')], layouts, access, { clock });
    // The officer types a status the list does not have into the report table.
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(await first.toArrayBuffer());
    const reportSheet = book.getWorksheet('BC nhiệm vụ');
    if (reportSheet === undefined) throw new Error('no report sheet');
    reportSheet.getCell('E2').value = 'Tạm ổn';
    const events: string[] = [];
    const master = recording(await openXlsx((await book.xlsx.writeBuffer()) as ArrayBuffer), events);
    const result = await consolidateFiles(master, [await filled('kg.bqlkkt')], layouts, access, { clock });
    expect(result.ok).toBe(false);
    expect(result.masterFindings.map((finding) => `${finding.code} ${finding.sheet}!${finding.cell}`)).toEqual(['invalid-enum BC nhiệm vụ!E2']);
    expect(events).toEqual([]);
  });
});
