import { parseReturnedBytes } from '../../../src/workbook/isolation/parseReturnedBytes';
import type { ParseBytes } from '../../../src/workbook/isolation/protocol';
import { createWebWorkerParser } from '../../../src/workbook/isolation/webWorker';
import { WorkerStartError } from '../../../src/workbook/isolation/workerParser';
import { xlsxReadingParts } from '../../../src/workbook/isolation/xlsxReading';
import { edited, fillValid, sentFile } from '../../rules/validate/returns';
import { asWorker, PageWorker } from './pageWorker';

let returned: { fileName: string; bytes: Uint8Array };

beforeAll(async () => {
  const sent = await sentFile('kg.sct');
  returned = { fileName: sent.fileName, bytes: new Uint8Array(await edited(sent.bytes, fillValid)) };
}, 60_000);

const readForReal: ParseBytes = (bytes, fileName) => parseReturnedBytes(bytes, fileName, xlsxReadingParts());

/** Workers made for a parser, each reading with `parse`. */
function workers(parse: ParseBytes = readForReal) {
  const made: PageWorker[] = [];
  return {
    made,
    factory: () => {
      const worker = new PageWorker(parse);
      made.push(worker);
      return asWorker(worker);
    },
  };
}

describe('createWebWorkerParser', () => {
  it('reads a returned workbook in its worker into the grids the validator needs', async () => {
    const { made, factory } = workers();
    const parser = createWebWorkerParser(factory);
    const parsed = await parser.parse(returned.bytes, returned.fileName);
    expect(parsed).toEqual(await readForReal(returned.bytes, returned.fileName));
    expect(parsed.readable && parsed.sheets.map((sheet) => sheet.name)).toEqual(expect.arrayContaining(['Nhiệm vụ', '_meta']));
    await parser.close();
    expect(made.map((worker) => worker.terminated)).toEqual([true]);
  });

  it('keeps its worker for the next file, and reads one file at a time in the order asked', async () => {
    const order: string[] = [];
    const { made, factory } = workers(async (_bytes, fileName) => {
      order.push(`start ${fileName}`);
      await new Promise((resolve) => setTimeout(resolve, 20));
      order.push(`end ${fileName}`);
      return { readable: false, findings: [] };
    });
    const parser = createWebWorkerParser(factory);
    await Promise.all([parser.parse(returned.bytes, 'a.xlsx'), parser.parse(returned.bytes, 'b.xlsx')]);
    expect(order).toEqual(['start a.xlsx', 'end a.xlsx', 'start b.xlsx', 'end b.xlsx']);
    expect(made).toHaveLength(1);
    await parser.close();
  });

  it('terminates a worker that takes longer than the time allowed, reports the file as unreadable, and reads the next file in a new worker', async () => {
    const { made, factory } = workers((bytes, fileName) => (fileName.startsWith('hang-') ? new Promise(() => undefined) : readForReal(bytes, fileName)));
    const parser = createWebWorkerParser(factory, { timeoutMs: 200 });
    const stopped = await parser.parse(returned.bytes, 'hang-2022_SCT.xlsx');
    expect(stopped).toEqual({ readable: false, findings: [expect.objectContaining({ code: 'file-unreadable', severity: 'error', file: 'hang-2022_SCT.xlsx', expected: '≤ 1 s' })] });
    expect(stopped.findings[0]?.message_vi).toMatch(/^Tệp quá phức tạp hoặc hỏng; xử lý quá thời gian/);
    expect(made.map((worker) => worker.terminated)).toEqual([true]);
    expect(await parser.parse(returned.bytes, returned.fileName)).toMatchObject({ readable: true });
    expect(made).toHaveLength(2);
    await parser.close();
  });

  it('reports a file whose worker dies as unreadable, and reads the next file in a new worker', async () => {
    const { made, factory } = workers((bytes, fileName) => {
      if (fileName.startsWith('crash-')) made[made.length - 1]?.fail('Uncaught RangeError: Array buffer allocation failed');
      return fileName.startsWith('crash-') ? new Promise(() => undefined) : readForReal(bytes, fileName);
    });
    const parser = createWebWorkerParser(factory);
    expect(await parser.parse(returned.bytes, 'crash-2022_SCT.xlsx')).toEqual({
      readable: false,
      findings: [expect.objectContaining({ code: 'file-unreadable', file: 'crash-2022_SCT.xlsx', found: 'Uncaught RangeError: Array buffer allocation failed' })],
    });
    expect(await parser.parse(returned.bytes, returned.fileName)).toMatchObject({ readable: true });
    expect(made.map((worker) => worker.terminated)).toEqual([true, false]);
    await parser.close();
  });

  it('rejects, as a fault of the pane and not of the file, when the worker’s script cannot be loaded', async () => {
    const parser = createWebWorkerParser(() => asWorker(new PageWorker('script-missing')));
    await expect(parser.parse(returned.bytes, returned.fileName)).rejects.toBeInstanceOf(WorkerStartError);
  });
});
