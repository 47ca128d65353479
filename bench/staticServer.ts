/** A tiny static file server on 127.0.0.1 for the built task pane: GET only, nothing outside its folder. */
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml; charset=utf-8',
};

export interface StaticServer {
  readonly origin: string;
  close(): Promise<void>;
}

function fileFor(root: string, url: string): string | null {
  try {
    const file = normalize(join(root, decodeURIComponent(new URL(url, 'http://127.0.0.1').pathname)));
    return file.startsWith(root + sep) ? file : null;
  } catch {
    return null;
  }
}

export async function serveFolder(folder: string): Promise<StaticServer> {
  const root = normalize(folder);
  const server = createServer((request, response) => {
    const file = fileFor(root, request.url ?? '/');
    if (request.method !== 'GET' || file === null) {
      response.writeHead(404).end();
      return;
    }
    readFile(file).then(
      (body) => response.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream', 'Cache-Control': 'no-store' }).end(body),
      () => response.writeHead(404).end(),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
