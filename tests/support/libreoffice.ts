/**
 * Renders a workbook the way a printer would see it: LibreOffice headless converts the `.xlsx` to
 * PDF (visible sheets, with their page setup), then poppler's pdftoppm turns every page into a PNG.
 * Used by the tests of every writer to check that a file opens and prints, and to look at it.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);

export interface RenderedWorkbook {
  /** The folder holding the workbook, the PDF and the PNGs (left in place to be looked at). */
  readonly dir: string;
  readonly xlsx: string;
  readonly pdf: string;
  /** One PNG per printed page, in page order. */
  readonly pngs: readonly string[];
}

const onPath = (tool: string): boolean =>
  (process.env.PATH ?? '').split(':').some((dir) => dir !== '' && existsSync(join(dir, tool)));

/** Whether `soffice` and `pdftoppm` are installed. */
export const hasLibreOffice = (): boolean => onPath('soffice') && onPath('pdftoppm');

/**
 * Writes `file` as `<name>.xlsx` in a fresh temporary folder, converts it to PDF and the PDF to
 * PNGs at `dpi`. Each call uses its own LibreOffice profile, so parallel test runs do not block
 * each other on the profile lock.
 */
export async function renderXlsx(file: ArrayBuffer, name = 'workbook', dpi = 60): Promise<RenderedWorkbook> {
  const dir = mkdtempSync(join(tmpdir(), 'plan-tracker-render-'));
  const xlsx = join(dir, `${name}.xlsx`);
  writeFileSync(xlsx, new Uint8Array(file));
  const profile = pathToFileURL(join(dir, 'lo-profile')).href;
  await run(
    'soffice',
    [`-env:UserInstallation=${profile}`, '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', dir, xlsx],
    { timeout: 110_000 },
  );
  const pdf = join(dir, `${name}.pdf`);
  if (!existsSync(pdf)) throw new Error(`LibreOffice wrote no PDF for ${xlsx}`);
  await run('pdftoppm', ['-png', '-r', String(dpi), pdf, join(dir, 'page')], { timeout: 60_000 });
  const pngs = readdirSync(dir)
    .filter((f) => /^page-\d+\.png$/.test(f))
    .sort((a, b) => Number(/\d+/.exec(a)?.[0]) - Number(/\d+/.exec(b)?.[0]))
    .map((f) => join(dir, f));
  return { dir, xlsx, pdf, pngs };
}
