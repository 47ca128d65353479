/**
 * Ngăn tác vụ — what the officer waits for when the pane opens: the JavaScript the page loads
 * before it can show anything (the scripts `taskpane.html` names), the part loaded only when a
 * file is read or written (every other chunk of the build: the engine, exceljs), both gzipped as
 * a web server sends them; and the time from navigation to a pane the officer can use, in headless
 * Chromium, with Office.js answered from the `@microsoft/office-js` package instead of Microsoft's
 * CDN. "Usable" is the first step's main button (`Tạo sổ mới từ kế hoạch`) shown and enabled.
 */
import { execFile } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { median } from './measure';
import type { Asset, NotMeasured, PaneSizes, PaneTiming } from './results';
import { serveFolder } from './staticServer';

export const REPO = resolve(__dirname, '..', '..', '..');
/** The web build the add-in ships (`npx webpack --mode production`), and the bench's own copy of it. */
export const SHIPPED_BUILD = join(REPO, 'dist', 'web');
export const BENCH_BUILD = join(REPO, 'dist', 'bench-web');

const CHROMIUM = '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--headless',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
const OFFICE_JS_BASE = 'https://appsforoffice.microsoft.com/lib/1/hosted/';
const OFFICE_JS_DIST = join(REPO, 'node_modules', '@microsoft', 'office-js', 'dist');
/** The first step's main button in either language (the pane opens in Vietnamese for a vi-VN browser). */
const READY_LABELS = ['Tạo sổ mới từ kế hoạch', 'Create a new workbook from the plan'];
const TIMEOUT_MS = 60_000;

/** What the web build is made from: a build older than any of them is stale. */
const SOURCES = ['src', 'templates', 'seeds', 'webpack.config.js', 'manifest.xml', 'package.json'];

const notMeasured = (reason: string): NotMeasured => ({ measured: false, reason });

function newestChange(path: string): number {
  const info = statSync(path);
  if (!info.isDirectory()) return info.mtimeMs;
  return readdirSync(path).reduce((newest, entry) => Math.max(newest, newestChange(join(path, entry))), info.mtimeMs);
}

const isBuild = (folder: string): boolean => existsSync(join(folder, 'taskpane.html'));

function isFresh(folder: string): boolean {
  const sources = SOURCES.map((source) => join(REPO, source)).filter((path) => existsSync(path));
  return statSync(join(folder, 'taskpane.html')).mtimeMs >= Math.max(...sources.map(newestChange));
}

/** Builds the pane into the bench's own folder, leaving `dist/web` to whoever is using it; null when built. */
export async function buildPane(): Promise<NotMeasured | null> {
  if (!existsSync(join(REPO, 'webpack.config.js'))) return notMeasured('no webpack.config.js yet');
  return new Promise((done) => {
    execFile(
      process.execPath,
      [require.resolve('webpack-cli/bin/cli.js'), '--mode', 'production', '--output-path', BENCH_BUILD],
      { cwd: REPO, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout) => {
        if (error === null) return done(null);
        const errors = stdout.split('\n').filter((line) => /error/i.test(line)).slice(0, 3).join(' | ');
        done(notMeasured(`webpack failed: ${errors || error.message}`));
      },
    );
  });
}

/** The build to measure: the one this run made, else the freshest existing one. */
export function chooseBuild(builtNow: boolean): { folder: string; builtNow: boolean } | NotMeasured {
  if (builtNow) return { folder: BENCH_BUILD, builtNow };
  const existing = [SHIPPED_BUILD, BENCH_BUILD].filter(isBuild).sort((a, b) => statSync(join(b, 'taskpane.html')).mtimeMs - statSync(join(a, 'taskpane.html')).mtimeMs);
  const folder = existing[0];
  return folder === undefined ? notMeasured('no web build in dist/web or dist/bench-web (the full run builds one)') : { folder, builtNow };
}

const scriptsOf = (html: string): string[] =>
  [...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)].map((match) => match[1]).filter((src) => !/^[a-z]+:/i.test(src));

function javascriptFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return javascriptFiles(path);
    return entry.name.endsWith('.js') ? [path] : [];
  });
}

async function asset(folder: string, path: string): Promise<Asset> {
  const bytes = await readFile(path);
  return { file: relative(folder, path), bytes: bytes.byteLength, gzipBytes: gzipSync(bytes).byteLength };
}

export async function paneSizes(folder: string, builtNow: boolean): Promise<PaneSizes | NotMeasured> {
  const pages = readdirSync(folder).filter((name) => name.endsWith('.html'));
  const scripts = new Map<string, string[]>();
  for (const page of pages) scripts.set(page, scriptsOf(await readFile(join(folder, page), 'utf8')).map((src) => resolve(folder, src)));
  const initialPaths = scripts.get('taskpane.html') ?? [];
  if (initialPaths.length === 0) return notMeasured(`${relative(REPO, folder)}/taskpane.html names no script`);
  const otherPages = new Set([...scripts].filter(([page]) => page !== 'taskpane.html').flatMap(([, paths]) => paths));
  const lazyPaths = javascriptFiles(folder).filter((path) => !initialPaths.includes(path) && !otherPages.has(path));
  const initial = await Promise.all(initialPaths.map((path) => asset(folder, path)));
  const lazy = await Promise.all(lazyPaths.map((path) => asset(folder, path)));
  const gzipTotal = (assets: readonly Asset[]): number => assets.reduce((sum, item) => sum + item.gzipBytes, 0);
  return {
    measured: true,
    folder: relative(REPO, folder),
    builtNow,
    fresh: isFresh(folder),
    initial,
    lazy: lazy.sort((a, b) => b.gzipBytes - a.gzipBytes),
    initialGzipBytes: gzipTotal(initial),
    lazyGzipBytes: gzipTotal(lazy),
  };
}

declare global {
  interface Window {
    /** `performance.now()` when the pane became usable: milliseconds since navigation started. */
    paneUsableAt?: number;
  }
}

/** Installed before the page's own scripts: notes when the first step's main button is shown and enabled. */
function watchForReadyButton(labels: readonly string[]): void {
  const usable = (): boolean =>
    Array.from(document.querySelectorAll('button')).some(
      (button) =>
        labels.includes((button.textContent ?? '').trim()) &&
        !button.disabled &&
        button.getAttribute('aria-disabled') !== 'true' &&
        button.getClientRects().length > 0,
    );
  const observer = new MutationObserver(() => {
    if (window.paneUsableAt === undefined && usable()) {
      window.paneUsableAt = performance.now();
      observer.disconnect();
    }
  });
  observer.observe(document, { subtree: true, childList: true, attributes: true });
}

export async function timeToUsablePane(folder: string, runs: number): Promise<PaneTiming | NotMeasured> {
  if (!existsSync(CHROMIUM)) return notMeasured(`no Chromium at ${CHROMIUM}`);
  const server = await serveFolder(folder);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  try {
    const times: number[] = [];
    for (let run = 0; run < runs; run++) {
      // A new context each time: nothing cached from the run before.
      const context = await browser.newContext({ viewport: { width: 380, height: 1000 }, locale: 'vi-VN' });
      await context.route(`${OFFICE_JS_BASE}**`, async (route) => {
        const file = resolve(OFFICE_JS_DIST, new URL(route.request().url()).pathname.slice(new URL(OFFICE_JS_BASE).pathname.length));
        if (!file.startsWith(OFFICE_JS_DIST) || !existsSync(file)) return route.fulfill({ status: 404, body: '' });
        return route.fulfill({ status: 200, contentType: 'text/javascript', body: await readFile(file) });
      });
      const page = await context.newPage();
      await page.addInitScript(watchForReadyButton, READY_LABELS);
      await page.goto(`${server.origin}/taskpane.html`, { waitUntil: 'commit' });
      const usableAt = await page.waitForFunction(() => window.paneUsableAt, undefined, { timeout: TIMEOUT_MS });
      times.push(Number(await usableAt.jsonValue()));
      await context.close();
    }
    return { measured: true, runsMs: times, medianMs: median(times), selector: `button "${READY_LABELS[0]}" visible and enabled` };
  } catch (error) {
    return notMeasured(`Chromium: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
  } finally {
    await browser.close();
    await server.close();
  }
}
