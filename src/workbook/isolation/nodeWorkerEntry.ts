/**
 * The Node worker's side (`createNodeWorkerParser`): reads the files the CLI sends it with the real
 * gate and parser and the limits it was started with — or with the module named in its start data,
 * which tests use to make a file exhaust or hang its worker.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { NodeWorkerData } from './nodeWorker';
import { parseReturnedBytes } from './parseReturnedBytes';
import { type ParseBytes, serveRequests } from './protocol';
import { xlsxReadingParts } from './xlsxReading';

function parserOf(data: NodeWorkerData): ParseBytes {
  if (data.parserModule === undefined) {
    const parts = xlsxReadingParts(data.limits);
    return (bytes, fileName) => parseReturnedBytes(bytes, fileName, parts);
  }
  const loaded: unknown = require(data.parserModule);
  const parse = typeof loaded === 'object' && loaded !== null ? (loaded as { parseReturnedBytes?: unknown }).parseReturnedBytes : undefined;
  if (typeof parse !== 'function') throw new Error(`${data.parserModule} exports no parseReturnedBytes function`);
  return parse as ParseBytes;
}

const port = parentPort;
if (port === null) throw new Error('nodeWorkerEntry runs only as a worker thread');
serveRequests(
  {
    post: (reply) => port.postMessage(reply),
    listen: (handler) => port.on('message', handler),
  },
  parserOf(workerData as NodeWorkerData),
);
