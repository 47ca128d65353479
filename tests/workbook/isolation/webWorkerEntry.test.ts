import type { WorkerReply } from '../../../src/workbook/isolation/protocol';
import { edited, fillValid, sentFile } from '../../rules/validate/returns';

/** The worker's global scope, as the entry script uses it. */
interface FakeScope {
  postMessage?: (message: unknown) => void;
  addEventListener?: (type: string, listener: (event: { data: unknown }) => void) => void;
}

describe('webWorkerEntry', () => {
  const scope = globalThis as FakeScope;
  const replies: WorkerReply[] = [];
  let listener: ((event: { data: unknown }) => void) | undefined;

  beforeAll(() => {
    scope.postMessage = (message) => replies.push(message as WorkerReply);
    scope.addEventListener = (type, handler) => {
      if (type === 'message') listener = handler;
    };
    // Loaded once the scope is in place: the script starts serving as it loads.
    require('../../../src/workbook/isolation/webWorkerEntry');
  });
  afterAll(() => {
    delete scope.postMessage;
    delete scope.addEventListener;
  });

  it('says it is ready, then answers a parse request with the file’s grids', async () => {
    expect(replies).toEqual([{ kind: 'ready' }]);
    const sent = await sentFile('kg.sct');
    listener?.({ data: { kind: 'parse', bytes: new Uint8Array(await edited(sent.bytes, fillValid)), fileName: sent.fileName } });
    await new Promise<void>((resolve) => {
      const wait = () => (replies.length > 1 ? resolve() : setTimeout(wait, 10));
      wait();
    });
    expect(replies[1]).toMatchObject({ kind: 'parsed', result: { readable: true } });
  }, 60_000);

  it('answers what is not a parse request as a crash, without parsing', async () => {
    listener?.({ data: { kind: 'parse', bytes: 'not bytes', fileName: 'x.xlsx' } });
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(replies[2]).toEqual({ kind: 'crashed', detail: 'not a parse request' });
  });
});
