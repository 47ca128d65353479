import { execFile } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { promisify } from 'node:util';
import { createXlsx } from '../../../src/workbook/xlsx/xlsxWorkbook';
import { hasLibreOffice, renderXlsx } from '../../support/libreoffice';
import { allSheets } from './fixtures';

const run = promisify(execFile);

/** The PDF's text, one entry per page. */
async function pdfPages(pdf: string): Promise<string[]> {
  const { stdout } = await run('pdftotext', ['-layout', pdf, '-']);
  return stdout.split('\f').filter((page) => page.trim() !== '');
}

// Needs `soffice` and poppler (`pdftoppm`, `pdftotext`); skipped where they are not installed.
const withOffice = hasLibreOffice() ? it : it.skip;

describe('a written workbook in LibreOffice', () => {
  withOffice(
    'converts to PDF: visible sheets printed, hidden ones not, the appendix header repeated on every page',
    async () => {
      const workbook = createXlsx();
      await workbook.writeSheets(allSheets());
      const rendered = await renderXlsx(await workbook.toArrayBuffer(), 'ke-hoach-40');

      expect(statSync(rendered.pdf).size).toBeGreaterThan(0);
      expect(rendered.pngs.length).toBeGreaterThanOrEqual(1);
      expect(rendered.pngs.every((png) => existsSync(png))).toBe(true);

      const pages = await pdfPages(rendered.pdf);
      const text = pages.join('\n');
      expect(text).toContain('HƯỚNG DẪN ĐIỀN BIỂU MẪU');
      expect(text).toContain('Rà soát, điều chỉnh quy hoạch');
      expect(text).not.toContain('kg-40-kh-ubnd');
      expect(text).not.toContain('kỳ báo cáo');

      const appendixPages = pages.filter((page) => /cụm công nghiệp số \d+/.test(page));
      expect(appendixPages.length).toBeGreaterThan(1);
      for (const page of appendixPages) expect(page).toContain('Cơ quan chủ trì');
      expect(appendixPages[0]).toContain('Phụ lục I');
      expect(appendixPages[appendixPages.length - 1]).toContain('Tổng cộng');
    },
    120_000,
  );
});
