import { openReturnedFile, type ReturnedFileAccess, sha256OfBytes } from '../../src/app/returnedFile';
import { inspectWorkbookBytes } from '../../src/workbook/gate/inspect';
import { WorkbookReadError } from '../../src/workbook/errors';
import { openXlsx } from '../../src/workbook/xlsx/xlsxWorkbook';
import { edited, fillValid, sentFile } from '../rules/validate/returns';

const access: ReturnedFileAccess = { inspect: inspectWorkbookBytes, open: (bytes) => openXlsx(bytes) };
const source = (fileName: string, bytes: Uint8Array) => ({ fileName, read: async () => bytes });

describe('sha256OfBytes', () => {
  it('is the SHA-256 of the bytes, in lower-case hex', async () => {
    expect(await sha256OfBytes(new TextEncoder().encode('abc'))).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });
});

describe('openReturnedFile', () => {
  it('reads every sheet of a workbook as a grid, _meta included', async () => {
    const sent = await sentFile();
    const bytes = new Uint8Array(await edited(sent.bytes, fillValid));
    const opened = await openReturnedFile(source(sent.fileName, bytes), access);
    if (!opened.readable) throw new Error('not read');
    expect(opened.sha256).toBe(await sha256OfBytes(bytes));
    expect(opened.workbook.sheets.map((sheet) => sheet.name)).toEqual(expect.arrayContaining(['Hướng dẫn', 'Nhiệm vụ', 'Dự án', 'Chỉ tiêu', '_meta']));
    expect(opened.findings).toEqual([]);
  });

  it('stops at the gate a file that is not a workbook, without parsing it', async () => {
    const open = jest.fn(access.open);
    const opened = await openReturnedFile(source('bao-cao.xlsx', new TextEncoder().encode('Số liệu: 1, 2, 3\n')), { ...access, open });
    expect(opened.readable).toBe(false);
    expect(opened.findings[0]).toMatchObject({ code: 'file-unreadable', severity: 'error', file: 'bao-cao.xlsx' });
    expect(open).not.toHaveBeenCalled();
  });

  it("turns the parser's typed failure into a finding", async () => {
    const sent = await sentFile();
    const failing: ReturnedFileAccess = {
      inspect: access.inspect,
      open: async () => {
        throw new WorkbookReadError('Tệp hỏng.', 'The file is damaged.');
      },
    };
    const opened = await openReturnedFile(source('x.xlsx', new Uint8Array(sent.bytes)), failing);
    expect(opened).toMatchObject({ readable: false, findings: [{ code: 'file-unreadable', message_vi: 'Tệp hỏng.', file: 'x.xlsx' }] });
  });

  it('reports a sheet larger than the reader accepts as file-too-large', async () => {
    const sent = await sentFile();
    const small: ReturnedFileAccess = { inspect: access.inspect, open: (bytes) => openXlsx(bytes, { limits: { maxRows: 3 } }) };
    const opened = await openReturnedFile(source('x.xlsx', new Uint8Array(sent.bytes)), small);
    expect(opened).toMatchObject({ readable: false, findings: [{ code: 'file-too-large', severity: 'error' }] });
  });

  it('reads through the isolated parser when one is given, running neither the gate nor the parser here', async () => {
    const sent = await sentFile();
    const bytes = new Uint8Array(sent.bytes);
    const here = { inspect: jest.fn(access.inspect), open: jest.fn(access.open) };
    const isolated = { parse: jest.fn(async () => ({ readable: true as const, sheets: [], findings: [] })) };
    const opened = await openReturnedFile(source('x.xlsx', bytes), { ...here, isolated });
    expect(opened).toEqual({ readable: true, sha256: await sha256OfBytes(bytes), workbook: { fileName: 'x.xlsx', sheets: [] }, findings: [] });
    expect(isolated.parse).toHaveBeenCalledWith(bytes, 'x.xlsx');
    expect([here.inspect, here.open].map((part) => part.mock.calls.length)).toEqual([0, 0]);
  });

  it('lets a fault of the tool itself through', async () => {
    const sent = await sentFile();
    const broken: ReturnedFileAccess = { inspect: access.inspect, open: async () => Promise.reject(new TypeError('bug')) };
    await expect(openReturnedFile(source('x.xlsx', new Uint8Array(sent.bytes)), broken)).rejects.toThrow('bug');
  });
});
