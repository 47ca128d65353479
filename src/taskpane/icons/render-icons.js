/**
 * Draws the add-in's ribbon and manifest icons (`src/taskpane/assets/icon-<size>.png`) from
 * `icon.svg` with headless Chromium, so that the PNGs are made from one source and can be made
 * again after the drawing changes: `node src/taskpane/icons/render-icons.js`.
 */
const { readFile, mkdir } = require('node:fs/promises');
const { join } = require('node:path');
const { chromium } = require('playwright-core');

const SIZES = [16, 32, 64, 80];
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

async function main() {
  const svg = await readFile(join(__dirname, 'icon.svg'), 'utf8');
  const out = join(__dirname, '..', 'assets');
  await mkdir(out, { recursive: true });
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--headless', '--disable-gpu'] });
  try {
    const page = await browser.newPage();
    for (const size of SIZES) {
      await page.setViewportSize({ width: size, height: size });
      const sized = svg.replace('<svg ', `<svg width="${size}" height="${size}" `);
      await page.setContent(`<!doctype html><html><body style="margin:0;background:transparent">${sized}</body></html>`);
      await page.locator('svg').screenshot({ path: join(out, `icon-${size}.png`), omitBackground: true });
    }
  } finally {
    await browser.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
