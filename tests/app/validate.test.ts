import { FileCheck, checkReturnedFile, validationRun } from '../../src/app/validate';
import { inspectWorkbookBytes } from '../../src/workbook/gate/inspect';
import { openXlsx } from '../../src/workbook/xlsx/xlsxWorkbook';
import { samplePlan } from '../layout/fixtures';
import { edited, fillValid, layouts, period, sentFile, setRow } from '../rules/validate/returns';

const access = { inspect: inspectWorkbookBytes, open: (bytes: Uint8Array) => openXlsx(bytes) };
const run = validationRun(samplePlan(), layouts, access, { period: period('2022') });
const source = (fileName: string, bytes: ArrayBuffer | Uint8Array) => ({ fileName, read: async () => new Uint8Array(bytes) });

describe('checkReturnedFile', () => {
  it('says a properly filled file is valid, with its agency, period and hash', async () => {
    const sent = await sentFile();
    const checked = await checkReturnedFile(source(sent.fileName, await edited(sent.bytes, fillValid)), run);
    expect(checked.check).toMatchObject({ file: '2022_SCT.xlsx', agency: 'kg.sct', period: '2022', status: 'valid', findings: [] });
    expect(checked.check.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(checked.validated?.rows).toHaveLength(6);
    expect(FileCheck.parse(JSON.parse(JSON.stringify(checked.check)))).toEqual(checked.check);
  });

  it('says a file with errors is invalid and keeps its grids for an annotated copy', async () => {
    const sent = await sentFile();
    const checked = await checkReturnedFile(source(sent.fileName, await edited(sent.bytes, fillValid, setRow('Nhiệm vụ', 'I.1', { 'Tình trạng': 'Tốt' }))), run);
    expect(checked.check.status).toBe('invalid');
    expect(checked.check.findings.map((finding) => `${finding.code} ${finding.sheet}!${finding.cell}`)).toEqual(['invalid-enum Nhiệm vụ!E4']);
    expect(checked.workbook?.sheets.length).toBeGreaterThan(0);
  });

  it('says a file it cannot read is unreadable, and goes on', async () => {
    const checked = await checkReturnedFile(source('2022_SCT.xls', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(600).fill(0)])), run);
    expect(checked.check).toMatchObject({ status: 'unreadable', agency: null, period: null });
    expect(checked.check.findings.length).toBeGreaterThan(0);
    expect(checked.workbook).toBeNull();
  });

  it('judges against the period asked for', async () => {
    const sent = await sentFile();
    const later = validationRun(samplePlan(), layouts, access, { period: period('2023') });
    const checked = await checkReturnedFile(source(sent.fileName, await edited(sent.bytes, fillValid)), later);
    expect(checked.check.findings.map((finding) => finding.code)).toEqual(['wrong-period']);
  });
});
