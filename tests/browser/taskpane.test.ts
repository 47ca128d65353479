/**
 * The task pane on its own in headless Chromium (no Office host): the officials' year end to end
 * on plan 40/KH-UBND, on files — load the plan, make the agency workbooks for 2022, fill two of
 * them in as agencies would (exceljs in Node), check them, consolidate, report, download — with a
 * screenshot of every step in `docs/`, an axe-core check, and proof that nothing leaves the machine.
 */
import { mkdir, readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { Locator, Page } from 'playwright-core';
import { seriousViolations } from './axe';
import { OFFICE_JS_URL, PANE, type Pane, REPO, type Rig, WEB_ROOT, isLocal, openPane, openRig } from './harness';
import { fillTasks } from './returnedWorkbook';

jest.setTimeout(600_000);

const DOCS = join(REPO, 'docs');
/** A Chromium step can take long on a loaded machine; no test asserts on time. */
const STEP_TIMEOUT = 120_000;

let rig: Rig;
let pane: Pane;
let page: Page;

/** The whole pane, or its top `maxHeight` pixels when a step's lists run long. */
async function screenshot(step: string, maxHeight?: number): Promise<void> {
  await page.evaluate(() => window.scrollTo(0, 0));
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  const clip = maxHeight === undefined ? undefined : { x: 0, y: 0, width: PANE.width, height: Math.min(height, maxHeight) };
  await page.screenshot({ path: join(DOCS, `taskpane-${step}.png`), fullPage: true, ...(clip === undefined ? {} : { clip }) });
}

async function download(action: () => Promise<void>): Promise<{ name: string; data: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent('download', { timeout: STEP_TIMEOUT }), action()]);
  return { name: file.suggestedFilename(), data: await readFile(await file.path()) };
}

/** Waits until the element is on screen; fails the test when it never comes. */
async function shown(locator: Locator): Promise<void> {
  await locator.waitFor({ state: 'visible', timeout: STEP_TIMEOUT });
}

async function openStep(name: string): Promise<void> {
  await page.getByRole('tab', { name }).click();
}

/** Waits for the running job (its progress bar) to end. */
async function settle(): Promise<void> {
  await page.getByRole('progressbar').waitFor({ state: 'detached', timeout: STEP_TIMEOUT });
}

/** The step tabs, by their accessible names, in order. */
async function expectTabs(names: readonly string[]): Promise<void> {
  expect(await page.getByRole('tab').count()).toBe(names.length);
  for (const [index, name] of names.entries()) {
    expect(await page.getByRole('tab').nth(index).getAttribute('id')).toBe(await page.getByRole('tab', { name, exact: true }).getAttribute('id'));
  }
}

async function expectAccessible(): Promise<void> {
  expect(await seriousViolations(page)).toEqual([]);
}

beforeAll(async () => {
  await mkdir(DOCS, { recursive: true });
  rig = await openRig();
  pane = await openPane(rig);
  page = pane.page;
  await page.getByRole('heading', { name: 'Theo dõi kế hoạch', level: 1 }).waitFor({ timeout: STEP_TIMEOUT });
});

afterAll(async () => {
  await rig?.close();
});

describe('the task pane in a browser without Office', () => {
  it('opens in Vietnamese, in standalone mode, with the six steps of the year', async () => {
    await shown(page.getByText('Chế độ độc lập: làm việc trên tệp, không cần Excel'));
    await expectTabs(['Kế hoạch', 'Biểu mẫu', 'Tiếp nhận', 'Tổng hợp', 'Báo cáo', 'Nhật ký']);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('vi');
    await screenshot('start');
    await expectAccessible();
  });

  it('loads plan 40/KH-UBND into a new master workbook and checks it', async () => {
    await page.getByLabel('Kế hoạch có sẵn').selectOption('kg-40-kh-ubnd');
    await page.getByRole('button', { name: 'Tạo sổ mới từ kế hoạch' }).click();
    await settle();
    await shown(page.getByText('Đã nạp kế hoạch 40/KH-UBND.'));
    await shown(page.getByText('43 nhiệm vụ · 25 dự án · 12 chỉ tiêu', { exact: false }));
    await shown(page.getByText('Đang dùng sổ: So-theo-doi_kg-40-kh-ubnd.xlsx'));
    await screenshot('plan');
    await expectAccessible();
  });

  it('adds an appendix pasted from Word to the plan in the workbook', async () => {
    const appendix = [
      'STT\tNội dung\tCơ quan chủ trì\tCơ quan phối hợp\tThời gian thực hiện',
      'I\tNhiệm vụ bổ sung\t\t\t',
      '1\tRà soát danh mục dự án kêu gọi đầu tư\tSở Công Thương\tSở Kế hoạch và Đầu tư\t2022',
    ].join('\n');
    await page.getByLabel('Tên phụ lục (ví dụ: Phụ lục 1)').fill('Phụ lục 9');
    await page.getByLabel('Tiền tố mã dòng', { exact: false }).fill('PL9-');
    await page.getByLabel('Nội dung bảng phụ lục').fill(appendix);
    await page.getByRole('button', { name: 'Đọc bảng' }).click();
    await shown(page.getByText('Đọc được 1 nhóm, 1 dòng.'));
    await page.getByRole('button', { name: 'Thêm vào kế hoạch trong sổ' }).click();
    await shown(page.getByText('Đã thêm 1 dòng vào kế hoạch trong sổ.'));
    await shown(page.getByText('44 nhiệm vụ · 25 dự án · 12 chỉ tiêu', { exact: false }));
    await screenshot('plan-appendix');
    await expectAccessible();
  });

  let returned: { name: string; data: Buffer }[] = [];

  it('makes the agency workbooks for 2022 and downloads them', async () => {
    await openStep('Biểu mẫu');
    await page.getByLabel('Năm').selectOption('2022');
    await page.getByLabel('Kỳ báo cáo').selectOption('year-1');
    await page.getByRole('button', { name: 'Tạo biểu mẫu' }).click();
    await settle();
    const names = await page.getByRole('table').getByRole('row').allTextContents();
    expect(names.length).toBeGreaterThan(3);
    const downloads = page.getByRole('button', { name: /^Tải về .*\.xlsx$/ });
    const first = await download(() => downloads.nth(0).click());
    const second = await download(() => downloads.nth(1).click());
    for (const file of [first, second]) expect(file.name).toMatch(/^2022_.*\.xlsx$/);
    returned = [first, second];
    await screenshot('forms');
    await expectAccessible();
  });

  it('checks two returned workbooks: one filled in well, one with mistakes', async () => {
    const [good, bad] = returned;
    if (good === undefined || bad === undefined) throw new Error('no workbooks were downloaded');
    const filledGood = await fillTasks(good.data, (row) => ({
      status: row % 2 === 0 ? 'Hoàn thành' : 'Đang triển khai',
      percent: row % 2 === 0 ? 100 : 60,
      completedOn: row % 2 === 0 ? new Date(Date.UTC(2022, 9, 20)) : null,
      result: 'Đã triển khai theo kế hoạch',
    }));
    const filledBad = await fillTasks(bad.data, (row) => ({
      status: row === 0 ? 'xong rồi' : 'Đang triển khai',
      percent: row === 0 ? 'khoảng một nửa' : 30,
      completedOn: null,
      result: row === 0 ? '=HYPERLINK("http://example.com","xem")' : 'Đang thực hiện',
    }));
    await openStep('Tiếp nhận');
    await page.getByLabel('Chọn các tệp cơ quan gửi về').setInputFiles([
      { name: good.name, mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: filledGood },
      { name: bad.name, mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: filledBad },
    ]);
    await page.getByRole('button', { name: 'Kiểm tra các tệp' }).click();
    await settle();
    await shown(page.getByText('1/2 tệp đạt'));
    // Cách ly: the files were read in the Web Worker, not in the pane's own thread.
    expect(pane.requests).toContain(`${rig.server.origin}/parse-worker.js`);
    // One group per file, closed until the officer opens it.
    await page.getByRole('button', { name: new RegExp(`^${bad.name.replace(/[.]/g, '\\.')}`) }).click();
    await shown(page.getByRole('listitem').filter({ hasText: 'Giá trị ngoài danh sách' }).first());
    await shown(page.getByRole('listitem').filter({ hasText: 'Công thức trong ô' }).first());

    const marked = await download(() => page.getByRole('button', { name: `Tải bản đánh dấu lỗi của ${bad.name}` }).click());
    expect(marked.name).toBe(bad.name.replace(/\.xlsx$/, '_loi-can-sua.xlsx'));
    const copy = new ExcelJS.Workbook();
    await copy.xlsx.load(marked.data as unknown as Parameters<typeof copy.xlsx.load>[0]);
    expect(copy.worksheets[0]?.name).toBe('Lỗi cần sửa');

    await page.getByLabel('Mức độ').selectOption('error');
    await screenshot('intake', 1600);
    await expectAccessible();
  });

  it('consolidates the files into the master: the good one accepted, the bad rows quarantined', async () => {
    await openStep('Tổng hợp');
    await page.getByRole('button', { name: 'Tổng hợp vào sổ theo dõi' }).click();
    await settle();
    await shown(page.getByText(/^Đã tổng hợp: nhận \d\/2 tệp\.$/));
    const rows = await page.getByRole('table').getByRole('row').allTextContents();
    expect(rows.some((row) => row.includes(returned[0]?.name ?? '?') && row.includes('Đã nhận'))).toBe(true);
    await screenshot('consolidate');
    await expectAccessible();
  });

  it('writes the report for 2022 with its appendices, draws the charts, and downloads it', async () => {
    await openStep('Báo cáo');
    await page.getByLabel('Đánh giá đến ngày').fill('2022-12-14');
    await page.getByRole('button', { name: 'Ghi báo cáo vào sổ theo dõi' }).click();
    await settle();
    await shown(page.getByText('Đã ghi báo cáo kỳ 2022 và các phụ lục vào sổ.'));
    await shown(page.getByRole('heading', { name: 'Tình hình thực hiện nhiệm vụ theo cơ quan chủ trì' }));
    await shown(page.getByRole('heading', { name: 'Vốn đầu tư dự án trọng điểm theo địa điểm' }));
    expect(await page.locator('figure svg rect').count()).toBeGreaterThan(0);

    const report = await download(() => page.getByRole('button', { name: 'Tải báo cáo riêng (.xlsx)' }).click());
    expect(report.name).toBe('Bao-cao_2022.xlsx');
    const master = await download(() => page.getByRole('button', { name: 'Tải sổ theo dõi về' }).click());
    expect(master.name).toBe('So-theo-doi_kg-40-kh-ubnd.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(master.data as unknown as Parameters<typeof workbook.xlsx.load>[0]);
    expect(workbook.worksheets.length).toBeGreaterThan(10);
    await screenshot('report');
    await expectAccessible();
  });

  it('shows the submission log', async () => {
    await openStep('Nhật ký');
    await page.getByRole('button', { name: 'Làm mới' }).click();
    await settle();
    const rows = await page.getByRole('table').getByRole('row').allTextContents();
    expect(rows).toHaveLength(3);
    await screenshot('log');
    await expectAccessible();
  });

  it('switches to English', async () => {
    await page.getByRole('button', { name: 'Switch to English' }).click();
    await shown(page.getByRole('heading', { name: 'Plan tracker', level: 1 }));
    await expectTabs(['Plan', 'Forms', 'Intake', 'Consolidate', 'Report', 'Log']);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await openStep('Report');
    await screenshot('english');
    await expectAccessible();
  });

  it('sends no request off the machine: only the local server and the intercepted Office.js CDN', () => {
    expect(pane.requests).toContain(OFFICE_JS_URL);
    expect(pane.requests.filter((url) => !isLocal(url, rig.server.origin))).toEqual([]);
  });

  it('runs without script errors; the only policy violation is Office.js telemetry, blocked', () => {
    const telemetry = /telemetryservice\.firstpartyapps\.oaspapps\.com/;
    expect(pane.problems.filter((problem) => !telemetry.test(problem))).toEqual([]);
  });
});

describe('the task pane inside an old Excel (Office.js stood in for)', () => {
  /** Excel in English with a dark theme, reporting no ExcelApi requirement set the add-in needs. */
  const OLD_EXCEL = `window.Office = {
    HostType: { Excel: 'Excel' },
    onReady: () => Promise.resolve({ host: 'Excel', platform: 'PC' }),
    context: {
      displayLanguage: 'en-US',
      officeTheme: { bodyBackgroundColor: '#262626', bodyForegroundColor: '#f3f3f3', isDarkTheme: true },
      requirements: { isSetSupported: () => false },
    },
  };`;

  it("follows Office's language and theme, and says in both languages that Excel is too old", async () => {
    const excel = await openPane(rig, OLD_EXCEL);
    await excel.page.getByRole('heading', { name: 'Plan tracker', level: 1 }).waitFor({ timeout: STEP_TIMEOUT });
    await excel.page.getByText('Working on the workbook open in Excel').waitFor({ timeout: STEP_TIMEOUT });
    const alert = excel.page.getByRole('alert');
    await alert.waitFor({ timeout: STEP_TIMEOUT });
    const text = await alert.textContent();
    expect(text).toContain('This version of Excel is too old for the add-in');
    expect(text).toContain('Phiên bản Excel này quá cũ để chạy tiện ích');
    const background = await excel.page.locator('.fui-FluentProvider').first().evaluate((element) => getComputedStyle(element).backgroundColor);
    expect(background).toBe('rgb(38, 38, 38)');
    await excel.page.screenshot({ path: join(DOCS, 'taskpane-excel-too-old.png') });
    expect(await seriousViolations(excel.page)).toEqual([]);
    await excel.page.context().close();
  });
});

describe('the built add-in', () => {
  /** The scripts and the policy of `taskpane.html`, as a browser parses the file. */
  const builtPage = () =>
    page.evaluate(async (url) => {
      const parsed = new DOMParser().parseFromString(await (await fetch(url)).text(), 'text/html');
      return {
        scripts: Array.from(parsed.querySelectorAll('script[src]'), (script) => script.getAttribute('src') ?? ''),
        policy: parsed.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content') ?? '',
      };
    }, `${rig.server.origin}/taskpane.html`);

  it('loads exceljs only on demand: the start-up scripts do not contain it', async () => {
    const { scripts } = await builtPage();
    const local = scripts.filter((src) => !src.startsWith('https://'));
    expect(local.length).toBeGreaterThan(0);
    const EXCELJS = '.ExcelJS=';
    for (const src of local) expect((await readFile(join(WEB_ROOT, src), 'utf8')).includes(EXCELJS)).toBe(false);
    const chunks = (await readdir(WEB_ROOT)).filter((name) => name.endsWith('.js'));
    const withExcelJs = await Promise.all(chunks.map(async (name) => (await readFile(join(WEB_ROOT, name), 'utf8')).includes(EXCELJS)));
    expect(withExcelJs.filter(Boolean)).toHaveLength(1);
  });

  it('loads Office.js from the CDN; allows scripts only from itself and the CDN, connections only to itself', async () => {
    const { scripts, policy } = await builtPage();
    expect(scripts[0]).toBe(OFFICE_JS_URL);
    const directives = Object.fromEntries(
      policy.split(';').map((part) => {
        const [name = '', ...values] = part.trim().split(/\s+/);
        return [name, values];
      }),
    );
    expect(directives['script-src']).toEqual(["'self'", 'https://appsforoffice.microsoft.com']);
    expect(directives['connect-src']).toEqual(["'self'"]);
    expect(directives['style-src']).toEqual(["'self'", "'unsafe-inline'"]);
    expect(directives['img-src']).toEqual(["'self'", 'data:', 'blob:']);
    expect(directives['default-src']).toEqual(["'self'"]);
  });

  it('ships the manifest, the icons and the ribbon function file', async () => {
    expect(await readdir(join(WEB_ROOT, 'assets'))).toEqual(expect.arrayContaining(['icon-16.png', 'icon-32.png', 'icon-64.png', 'icon-80.png']));
    expect(await readFile(join(WEB_ROOT, 'manifest.xml'), 'utf8')).toBe(await readFile(join(REPO, 'manifest.xml'), 'utf8'));
    expect(await readFile(join(WEB_ROOT, 'commands.html'), 'utf8')).toContain(OFFICE_JS_URL);
  });
});
