import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileFor, serveStatic } from '../support/server';

describe('fileFor', () => {
  const root = resolve('/srv/web');

  it('maps a URL path to the file under the root', () => {
    expect(fileFor(root, '/taskpane.html')).toBe(join(root, 'taskpane.html'));
    expect(fileFor(root, '/assets/icon-32.png?v=1')).toBe(join(root, 'assets', 'icon-32.png'));
    expect(fileFor(root, '/T%E1%BB%87p.xlsx')).toBe(join(root, 'Tệp.xlsx'));
  });

  it('never leaves the root', () => {
    expect(fileFor(root, '/../etc/passwd')).toBe(join(root, 'etc', 'passwd'));
    expect(fileFor(root, '/%2e%2e/%2e%2e/etc/passwd')).toBe(join(root, 'etc', 'passwd'));
    expect(fileFor(root, '/..')).toBeNull();
    expect(fileFor(root, '/%E0%A4%A')).toBeNull();
  });
});

describe('serveStatic', () => {
  let directory: string;

  beforeAll(async () => {
    directory = await mkdtemp(join(tmpdir(), 'plan-tracker-web-'));
    await writeFile(join(directory, 'taskpane.html'), '<!doctype html><title>x</title>');
  });

  afterAll(async () => {
    await rm(directory, { recursive: true, force: true });
  });

  const get = (url: string) =>
    new Promise<{ status: number; type: string | undefined; body: string }>((done, fail) => {
      request(url, (response) => {
        let body = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => (body += chunk));
        response.on('end', () => done({ status: response.statusCode ?? 0, type: response.headers['content-type'], body }));
      })
        .on('error', fail)
        .end();
    });

  it('serves the files of a folder on 127.0.0.1 only, and nothing else', async () => {
    const server = await serveStatic(directory);
    try {
      expect(server.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      expect(await get(`${server.origin}/taskpane.html`)).toEqual({
        status: 200,
        type: 'text/html; charset=utf-8',
        body: '<!doctype html><title>x</title>',
      });
      expect((await get(`${server.origin}/missing.js`)).status).toBe(404);
      expect((await get(`${server.origin}/`)).status).toBe(404);
    } finally {
      await server.close();
    }
  });
});
