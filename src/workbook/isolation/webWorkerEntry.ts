/**
 * The Web Worker's side (`createWebWorkerParser`): bundled as the worker's own script, it reads the
 * files the task pane sends it with the real gate and parser. exceljs's browser build and the gate
 * need nothing a worker lacks (no DOM; `DecompressionStream` and Web Crypto are there).
 */
import { parseReturnedBytes } from './parseReturnedBytes';
import { serveRequests } from './protocol';
import { xlsxReadingParts } from './xlsxReading';

/** What this script uses of the worker's global scope (`DedicatedWorkerGlobalScope`). */
interface WorkerScope {
  postMessage(message: unknown): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<unknown>) => void): void;
}

const scope = globalThis as unknown as WorkerScope;
const parts = xlsxReadingParts();
serveRequests(
  {
    post: (reply) => scope.postMessage(reply),
    listen: (handler) => scope.addEventListener('message', (event) => handler(event.data)),
  },
  (bytes, fileName) => parseReturnedBytes(bytes, fileName, parts),
);
