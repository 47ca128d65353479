import { join } from 'node:path';
import { consolidateFiles } from '../../../src/app/consolidate';
import { initMasterWorkbook } from '../../../src/app/initMaster';
import { createNodeWorkerParser } from '../../../src/workbook/isolation/nodeWorker';
import { type IsolatedParser, parseReturnedBytes } from '../../../src/workbook/isolation/parseReturnedBytes';
import { WorkerStartError } from '../../../src/workbook/isolation/workerParser';
import { xlsxReadingParts } from '../../../src/workbook/isolation/xlsxReading';
import { createXlsx, openXlsx } from '../../../src/workbook/xlsx/xlsxWorkbook';
import { samplePlan } from '../../layout/fixtures';
import { edited, fillValid, layouts, period, sentFile } from '../../rules/validate/returns';

const HOSTILE = join(__dirname, 'fixtures', 'hostileParser.ts');
/** Far above the time an honest file takes, yet short enough to wait for in a test. */
const TEST_TIMEOUT_MS = 4_000;

let returned: { fileName: string; bytes: Uint8Array };
const parsers: IsolatedParser[] = [];

function parser(options: Parameters<typeof createNodeWorkerParser>[0] = {}): IsolatedParser {
  const created = createNodeWorkerParser(options);
  parsers.push(created);
  return created;
}

beforeAll(async () => {
  const sent = await sentFile('kg.sct');
  returned = { fileName: sent.fileName, bytes: new Uint8Array(await edited(sent.bytes, fillValid)) };
}, 60_000);
afterEach(async () => {
  await Promise.all(parsers.splice(0).map((created) => created.close()));
});

describe('createNodeWorkerParser', () => {
  it('reads a returned workbook in a worker into the same grids as reading it in this thread', async () => {
    const inWorker = await parser().parse(returned.bytes, returned.fileName);
    expect(inWorker).toEqual(await parseReturnedBytes(returned.bytes, returned.fileName, xlsxReadingParts()));
    expect(inWorker.readable && inWorker.sheets.map((sheet) => sheet.name)).toEqual(expect.arrayContaining(['Nhiệm vụ', '_meta']));
  }, 60_000);

  it('runs the gate in the worker, with the limits it was given', async () => {
    const strict = parser({ limits: { gate: { maxFileBytes: 100 } } });
    const refused = await strict.parse(returned.bytes, returned.fileName);
    expect(refused).toMatchObject({ readable: false, findings: [{ code: 'file-too-large', file: returned.fileName }] });
    const html = await strict.parse(new TextEncoder().encode('<html></html>'), 'trang-web.xlsx');
    expect(html).toMatchObject({ readable: false, findings: [{ code: 'file-unreadable', file: 'trang-web.xlsx' }] });
  }, 60_000);

  it('reports a file that exhausts its worker’s memory as file-too-large, and reads the next file', async () => {
    const hostile = parser({ parserModule: HOSTILE, resourceLimits: { maxOldGenerationSizeMb: 192 } });
    const exhausted = await hostile.parse(returned.bytes, 'oom-2022_SCT.xlsx');
    expect(exhausted).toEqual({
      readable: false,
      findings: [expect.objectContaining({ code: 'file-too-large', severity: 'error', file: 'oom-2022_SCT.xlsx', expected: '≤ 192 MB' })],
    });
    expect(exhausted.findings[0]?.message_vi).toContain('Đề nghị cơ quan');
    expect(await hostile.parse(returned.bytes, returned.fileName)).toMatchObject({ readable: true });
  }, 60_000);

  it('stops a file that hangs at the time limit as file-unreadable, and reads the next file', async () => {
    const hostile = parser({ parserModule: HOSTILE, timeoutMs: TEST_TIMEOUT_MS });
    const stopped = await hostile.parse(returned.bytes, 'hang-2022_SCT.xlsx');
    expect(stopped).toEqual({ readable: false, findings: [expect.objectContaining({ code: 'file-unreadable', severity: 'error', file: 'hang-2022_SCT.xlsx' })] });
    expect(stopped.findings[0]?.message_vi).toMatch(/^Tệp quá phức tạp hoặc hỏng; xử lý quá thời gian/);
    expect(stopped.findings[0]?.message_en).toMatch(/^The file is too complex or damaged; reading it took too long/);
    expect(await hostile.parse(returned.bytes, returned.fileName)).toMatchObject({ readable: true });
  }, 60_000);

  it('reports a file that ends its worker, or makes the parser throw, as file-unreadable, and reads the next file', async () => {
    const hostile = parser({ parserModule: HOSTILE });
    for (const fileName of ['exit-2022_SCT.xlsx', 'throw-2022_SCT.xlsx']) {
      const crashed = await hostile.parse(returned.bytes, fileName);
      expect(crashed).toEqual({ readable: false, findings: [expect.objectContaining({ code: 'file-unreadable', file: fileName })] });
      expect(await hostile.parse(returned.bytes, returned.fileName)).toMatchObject({ readable: true });
    }
  }, 60_000);

  it('rejects, as a fault of the tool and not of the file, when its worker cannot start', async () => {
    const broken = parser({ parserModule: join(__dirname, 'fixtures', 'no-such-parser.ts') });
    const failed = broken.parse(returned.bytes, returned.fileName);
    await expect(failed).rejects.toBeInstanceOf(WorkerStartError);
    await expect(failed).rejects.toMatchObject({ message_vi: expect.stringMatching(/^Không khởi động được bộ phận đọc tệp báo cáo/) });
  }, 60_000);

  it('lets a consolidation go on past a file that fails its worker: the file is logged, the next one consolidated', async () => {
    const master = createXlsx();
    await initMasterWorkbook(samplePlan(), layouts, master);
    const isolated = parser({ parserModule: HOSTILE, timeoutMs: TEST_TIMEOUT_MS, resourceLimits: { maxOldGenerationSizeMb: 192 } });
    const access = { ...xlsxReadingParts(), isolated };
    // The hostile parser misbehaves by file name, before it looks at the bytes.
    const source = (fileName: string, bytes: Uint8Array) => ({ fileName, read: async () => bytes });
    const sources = [
      source('oom-2022_SCT.xlsx', new TextEncoder().encode('oom')),
      source('hang-2022_SCT.xlsx', new TextEncoder().encode('hang')),
      source(returned.fileName, returned.bytes),
    ];
    const result = await consolidateFiles(await openXlsx(await master.toArrayBuffer()), sources, layouts, access, {
      period: period('2022'),
      clock: () => new Date('2022-12-01T01:00:00.000Z'),
    });
    if (!result.ok) throw new Error('master refused');
    expect(result.files.map((file) => [file.check.file, file.check.status, file.check.findings[0]?.code ?? null, file.submission.outcome])).toEqual([
      ['oom-2022_SCT.xlsx', 'unreadable', 'file-too-large', 'rejected'],
      ['hang-2022_SCT.xlsx', 'unreadable', 'file-unreadable', 'rejected'],
      ['2022_SCT.xlsx', 'valid', null, 'accepted'],
    ]);
  }, 60_000);
});
