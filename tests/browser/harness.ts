/**
 * The browser tests' rig: the built add-in (`dist/web`, built here when missing or older than its
 * sources), served on 127.0.0.1, in headless Chromium, with Office.js answered from the
 * `@microsoft/office-js` package instead of Microsoft's CDN and every request recorded.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { type Browser, type Page, chromium } from 'playwright-core';
import { type StaticServer, serveStatic } from '../support/server';

export const REPO = resolve(__dirname, '..', '..');
export const WEB_ROOT = join(REPO, 'dist', 'web');
export const OFFICE_JS_URL = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
const OFFICE_JS_BASE = 'https://appsforoffice.microsoft.com/lib/1/hosted/';
const OFFICE_JS_DIST = join(REPO, 'node_modules', '@microsoft', 'office-js', 'dist');

/** What the web build is made from: newer than the build means the build is stale. */
const SOURCES = ['src', 'templates', 'seeds', 'webpack.config.js', 'manifest.xml', 'package.json'];

function newestChange(path: string): number {
  const info = statSync(path);
  if (!info.isDirectory()) return info.mtimeMs;
  return readdirSync(path).reduce((newest, entry) => Math.max(newest, newestChange(join(path, entry))), info.mtimeMs);
}

/** Builds `dist/web` with webpack (production) unless a build newer than every source is there. */
export function ensureWebBuild(): void {
  const built = join(WEB_ROOT, 'taskpane.html');
  const sourcesChanged = Math.max(...SOURCES.map((source) => newestChange(join(REPO, source))));
  if (existsSync(built) && statSync(built).mtimeMs >= sourcesChanged) return;
  execFileSync(process.execPath, [require.resolve('webpack-cli/bin/cli.js'), '--mode', 'production'], {
    cwd: REPO,
    stdio: 'pipe',
  });
}

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--headless',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface Rig {
  readonly server: StaticServer;
  readonly browser: Browser;
  close(): Promise<void>;
}

export interface Pane {
  readonly page: Page;
  /** Every URL the page asked for, in order. */
  readonly requests: string[];
  /** Console errors, uncaught exceptions and Content-Security-Policy violations. */
  readonly problems: string[];
}

/** A pane about as wide as Excel's task pane. */
export const PANE = { width: 380, height: 1000 };

export async function openRig(): Promise<Rig> {
  ensureWebBuild();
  const server = await serveStatic(WEB_ROOT);
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
  return {
    server,
    browser,
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}

/**
 * A new browser context on the pane. Office.js and the files it loads next to itself come from
 * the npm package (nothing reaches the CDN), or `officeJs` stands in for it.
 */
export async function openPane(rig: Rig, officeJs?: string): Promise<Pane> {
  // Reduced motion: no fade-in is half-drawn when axe measures colour contrast.
  const context = await rig.browser.newContext({ viewport: PANE, acceptDownloads: true, locale: 'vi-VN', reducedMotion: 'reduce' });
  const requests: string[] = [];
  const problems: string[] = [];
  await context.route(`${OFFICE_JS_BASE}**`, async (route) => {
    if (officeJs !== undefined) return route.fulfill({ status: 200, contentType: 'text/javascript', body: officeJs });
    const path = new URL(route.request().url()).pathname.slice(new URL(OFFICE_JS_BASE).pathname.length);
    const file = resolve(OFFICE_JS_DIST, path);
    if (!file.startsWith(OFFICE_JS_DIST) || !existsSync(file)) return route.fulfill({ status: 404, body: '' });
    return route.fulfill({ status: 200, contentType: 'text/javascript', body: await readFile(file) });
  });
  const page = await context.newPage();
  page.on('request', (request) => requests.push(request.url()));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  await page.goto(`${rig.server.origin}/taskpane.html`);
  return { page, requests, problems };
}

/** Whether a recorded request stayed on the machine: the local server, or the intercepted Office.js CDN. */
export function isLocal(url: string, origin: string): boolean {
  return url.startsWith(`${origin}/`) || url.startsWith(OFFICE_JS_BASE) || url.startsWith('blob:') || url.startsWith('data:');
}
