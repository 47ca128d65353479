import ExcelJS from 'exceljs';
import { Finding } from '../../../src/domain/finding';
import { inspectWorkbookBytes, type GateResult } from '../../../src/workbook/gate/inspect';
import { MAX_FILE_BYTES, MAX_TEXT_LENGTH, type GateLimits } from '../../../src/workbook/gate/limits';
import { buildOle } from '../../support/oleBuilder';
import { buildZip, deflateRepeated, type ZipPart } from '../../support/zipBuilder';
import { sharedStringsXml, SHEET_NAME, SHEET_PART, sheetXml, STRINGS_PART, workbookParts } from './workbookParts';

const FILE = 'So-Cong-Thuong-2022.xlsx';
const MiB = 1024 * 1024;
const text = (s: string): Uint8Array => new TextEncoder().encode(s);

async function exceljsWorkbook(): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(SHEET_NAME);
  sheet.addRow(['Mã', 'Nội dung nhiệm vụ', 'Tỷ lệ hoàn thành (%)']);
  sheet.addRow(['I.1', 'Rà soát quy hoạch các khu công nghiệp', 50]);
  sheet.mergeCells('A4:C4');
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

const inspect = (bytes: Uint8Array, limits?: Partial<GateLimits>): Promise<GateResult> =>
  inspectWorkbookBytes(bytes, FILE, limits);

const packageWith = async (overrides: readonly ZipPart[] = []): Promise<Uint8Array> => buildZip(workbookParts(overrides));

/** The result's findings, each checked against the finding schema. */
function findingsOf(result: GateResult): Finding[] {
  for (const finding of result.findings) Finding.parse(finding);
  return result.findings;
}

/** Asserts a refusal whose first finding has `code`, and returns that finding. */
function refusedWith(result: GateResult, code: Finding['code']): Finding {
  expect(result.ok).toBe(false);
  const findings = findingsOf(result);
  expect(findings.map((f) => f.code)).toContain(code);
  const finding = findings.find((f) => f.code === code);
  if (!finding) throw new Error('unreachable');
  expect(finding).toMatchObject({ severity: 'error', where: FILE, file: FILE });
  return finding;
}

describe('inspectWorkbookBytes', () => {
  describe('accepts ordinary workbooks', () => {
    it('lets through a workbook written by exceljs, counting its parts and inflated bytes', async () => {
      const result = await inspect(await exceljsWorkbook());
      expect(findingsOf(result)).toEqual([]);
      expect(result).toMatchObject({ ok: true });
      if (result.ok) {
        expect(result.entries).toBeGreaterThan(5);
        expect(result.inflatedBytes).toBeGreaterThan(1000);
      }
    });

    it('lets through the minimal hand-built package', async () => {
      const result = await inspect(await packageWith());
      expect(result).toEqual({ ok: true, entries: 6, inflatedBytes: expect.any(Number), findings: [] });
    });

    it('reads a package whose sizes and offsets are all in Zip64 records', async () => {
      const result = await inspect(await buildZip(workbookParts(), { zip64: true }));
      expect(result).toEqual({ ok: true, entries: 6, inflatedBytes: expect.any(Number), findings: [] });
      const bomb = await buildZip(workbookParts([{ name: SHEET_PART, data: sheetXml('', { dimension: 'A1:XFD1048576' }) }]), { zip64: true });
      expect(refusedWith(await inspect(bomb), 'too-many-cells').sheet).toBe(SHEET_NAME);
    });

    it('leaves the bytes it was given unchanged', async () => {
      const bytes = await exceljsWorkbook();
      const copy = bytes.slice();
      await inspect(bytes);
      expect(bytes).toEqual(copy);
    });

    it('accepts a text of exactly 32,767 characters, counting an entity such as &amp; as one', async () => {
      // Stored: so repetitive a part would deflate beyond the 100:1 ratio.
      const strings = sharedStringsXml(['&'.repeat(MAX_TEXT_LENGTH)]);
      const bytes = await packageWith([{ name: STRINGS_PART, data: strings, method: 'stored' }]);
      expect((await inspect(bytes)).ok).toBe(true);
    });
  });

  describe('tells what a file that is not a workbook is', () => {
    it('reports a zero-byte file as unreadable and says it is empty', async () => {
      const finding = refusedWith(await inspect(new Uint8Array(0)), 'file-unreadable');
      expect(finding.message_vi).toContain('rỗng');
      expect(finding.message_en).toContain('empty');
    });

    it('reports random bytes as unreadable', async () => {
      let seed = 7;
      const bytes = Uint8Array.from({ length: 4096 }, () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) & 0xff);
      const finding = refusedWith(await inspect(bytes), 'file-unreadable');
      expect(finding.found).toBe('unknown');
    });

    it.each([
      ['<!DOCTYPE html><html><body><table><tr><td>1</td></tr></table></body></html>'],
      ['\uFEFF  <html xmlns:x="urn:schemas-microsoft-com:office:excel"><body></body></html>'],
      ['<table border="1"><tr><td>Sở Công Thương</td></tr></table>'],
    ])('names a web page renamed to .xlsx as HTML: %s', async (page) => {
      const finding = refusedWith(await inspect(text(page)), 'file-unreadable');
      expect(finding.found).toBe('html');
      expect(finding.message_vi).toContain('HTML');
    });

    it('names comma- or semicolon-separated text renamed to .xlsx as CSV', async () => {
      for (const csv of ['Mã,Nội dung,Tình trạng\nI.1,Rà soát,Hoàn thành\n', 'Mã;Tình trạng\r\nI.1;Đang triển khai\r\n']) {
        expect(refusedWith(await inspect(text(csv)), 'file-unreadable').found).toBe('csv');
      }
    });

    it('names an XML Spreadsheet 2003 file as a legacy format', async () => {
      const xml =
        '<?xml version="1.0"?>\n<?mso-application progid="Excel.Sheet"?>\n' +
        '<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet"><Worksheet ss:Name="Sheet1"/></Workbook>';
      expect(refusedWith(await inspect(text(xml)), 'legacy-format').found).toBe('xml-2003');
    });

    it('reports an OLE file holding EncryptionInfo as a password-protected workbook', async () => {
      const ole = buildOle(['\u0006DataSpaces', 'EncryptionInfo', 'EncryptedPackage']);
      const finding = refusedWith(await inspect(ole), 'encrypted');
      expect(finding.message_vi).toContain('mật khẩu');
      expect(finding.message_en).toContain('password');
    });

    it('reports an OLE file holding a Workbook stream as an Excel 97-2003 .xls', async () => {
      const ole = buildOle(['Workbook', '\u0005SummaryInformation', '\u0005DocumentSummaryInformation']);
      expect(refusedWith(await inspect(ole), 'legacy-format').found).toBe('xls');
    });

    it('reports an OLE file with many directory sectors the same way', async () => {
      const ole = buildOle([...Array.from({ length: 30 }, (_, i) => `Stream${i}`), 'Book']);
      expect(refusedWith(await inspect(ole), 'legacy-format').found).toBe('xls');
    });

    it('reports another OLE document (a Word file) as not a workbook', async () => {
      const ole = buildOle(['WordDocument', '1Table']);
      expect(refusedWith(await inspect(ole), 'file-unreadable').found).toBe('office-document');
    });

    it('reports a bare OLE signature as unreadable', async () => {
      const ole = buildOle(['Workbook']).slice(0, 600);
      expect(refusedWith(await inspect(ole), 'file-unreadable').found).toMatch(/OLE/);
    });

    it('reports a zip that is a Word document, a LibreOffice .ods or a plain archive as not a workbook', async () => {
      const docx = await buildZip([
        { name: '[Content_Types].xml', data: '<Types/>' },
        { name: 'word/document.xml', data: '<w:document/>' },
      ]);
      expect(refusedWith(await inspect(docx), 'file-unreadable').found).toBe('office-document');
      const ods = await buildZip([
        { name: 'mimetype', data: 'application/vnd.oasis.opendocument.spreadsheet', method: 'stored' },
        { name: 'content.xml', data: '<office:document-content/>' },
      ]);
      expect(refusedWith(await inspect(ods), 'file-unreadable').found).toBe('opendocument');
      const archive = await buildZip([{ name: 'bao-cao.pdf', data: '%PDF-1.7' }]);
      expect(refusedWith(await inspect(archive), 'file-unreadable').found).toBe('zip-archive');
    });

    it('refuses a file above 20 MiB before reading it', async () => {
      const bytes = new Uint8Array(MAX_FILE_BYTES + 1);
      bytes.set([0x50, 0x4b, 0x03, 0x04]);
      const finding = refusedWith(await inspect(bytes), 'file-too-large');
      expect(finding.message_vi).toContain('20 MB');
    });
  });

  describe('reads the zip structure without trusting it', () => {
    it.each([0.1, 0.5, 0.9, 0.999])('reports a workbook cut at %s of its length as unreadable', async (share) => {
      const bytes = await exceljsWorkbook();
      const cut = bytes.slice(0, Math.floor(bytes.length * share));
      const finding = refusedWith(await inspect(cut), 'file-unreadable');
      expect(finding.message_vi).toContain('bị hỏng hoặc bị chỉnh sửa');
    });

    it('reports a part whose data would run past the end of the file as unreadable', async () => {
      const bytes = await packageWith([{ name: STRINGS_PART, data: sharedStringsXml(['x']), claimedCompressedSize: 50 * MiB }]);
      expect(refusedWith(await inspect(bytes), 'file-unreadable').found).toMatch(/past the end/);
    });

    it('reports data that does not inflate as unreadable', async () => {
      const garbage = { bytes: Uint8Array.from({ length: 64 }, (_, i) => (i * 37) & 0xff), size: 1000, crc: 0 };
      const bytes = await packageWith([{ name: SHEET_PART, data: garbage }]);
      expect(refusedWith(await inspect(bytes), 'file-unreadable').found).toContain(SHEET_PART);
    });

    it('reports a zip of 1,001 parts as a zip bomb', async () => {
      const extra = Array.from({ length: 1001 - 6 }, (_, i): ZipPart => ({ name: `xl/media/p${i}.txt`, data: '', method: 'stored' }));
      const bytes = await packageWith(extra);
      expect(refusedWith(await inspect(bytes), 'zip-bomb').found).toBe('1001 entries');
    });

    it('reports parts that share bytes as a zip bomb', async () => {
      const first: ZipPart = { name: 'xl/media/a.bin', data: new Uint8Array(100), method: 'stored', claimedCompressedSize: 200 };
      const second: ZipPart = { name: 'xl/media/b.bin', data: new Uint8Array(100), method: 'stored' };
      expect(refusedWith(await inspect(await packageWith([first, second])), 'zip-bomb').found).toMatch(/overlapping/);
    });

    it.each([
      ['a duplicated part name', [SHEET_PART, SHEET_PART]],
      ['part names differing only in case', [SHEET_PART, 'XL/Worksheets/Sheet1.xml']],
      ['a ../ name', ['../../evil.xml']],
      ['a ../ inside a name', ['xl/../../evil.xml']],
      ['a name starting with /', ['/xl/evil.xml']],
      ['a name starting with \\', ['\\xl\\evil.xml']],
    ])('reports %s as a damaged or altered file', async (_case, names) => {
      const parts = workbookParts().filter((part) => !names.includes(part.name));
      const bytes = await buildZip([...parts, ...names.map((name): ZipPart => ({ name, data: sheetXml('') }))]);
      const finding = refusedWith(await inspect(bytes), 'file-unreadable');
      expect(finding.message_vi).toContain('bị hỏng hoặc bị chỉnh sửa');
      expect(finding.message_en).toContain('damaged or has been altered');
    });
  });

  describe('stops inflating as soon as a limit is crossed', () => {
    const zeros = new Uint8Array(MiB);

    it('reports a part inflating past the per-part limit as a zip bomb', async () => {
      const bomb = await deflateRepeated(zeros, 3);
      const result = await inspect(await packageWith([{ name: 'xl/media/image1.png', data: bomb }]), {
        maxEntryInflated: 2 * MiB,
        maxInflateRatio: 1e9,
      });
      expect(refusedWith(result, 'zip-bomb').found).toBe(`xl/media/image1.png inflates to more than ${2 * MiB} bytes`);
    });

    it('reports parts together inflating past the total limit as a zip bomb', async () => {
      const part = await deflateRepeated(zeros, 2);
      const parts = ['a', 'b', 'c'].map((n): ZipPart => ({ name: `xl/media/${n}.png`, data: part }));
      const result = await inspect(await packageWith(parts), { maxTotalInflated: 5 * MiB, maxInflateRatio: 1e9 });
      expect(refusedWith(result, 'zip-bomb').found).toBe(`all parts inflate to more than ${5 * MiB} bytes`);
    });

    it('reports a part inflating at more than 100:1 with the real limits as a zip bomb', async () => {
      const bomb = await deflateRepeated(zeros, 2);
      const finding = refusedWith(await inspect(await packageWith([{ name: STRINGS_PART, data: bomb }])), 'zip-bomb');
      expect(finding.expected).toBe('≤ 100:1');
    });

    it('stops at the limit, before the end of the part: a bomb cut short is still reported as a bomb', async () => {
      const bomb = await deflateRepeated(zeros, 4);
      const cut = { ...bomb, bytes: bomb.bytes.slice(0, Math.floor(bomb.bytes.length * 0.8)) };
      const bytes = await packageWith([{ name: SHEET_PART, data: cut }]);
      expect(refusedWith(await inspect(bytes, { maxInflateRatio: 1e9 }), 'file-unreadable').found).toMatch(/unexpected end/);
      const result = await inspect(bytes, { maxEntryInflated: MiB, maxInflateRatio: 1e9 });
      expect(refusedWith(result, 'zip-bomb').found).toBe(`${SHEET_PART} inflates to more than ${MiB} bytes`);
    });

    it('accepts well-compressed XML below the limits', async () => {
      const rows = Array.from({ length: 2000 }, (_, i) => `<row r="${i + 1}"><c r="A${i + 1}"><v>${i}</v></c></row>`).join('');
      const bytes = await packageWith([{ name: SHEET_PART, data: sheetXml(rows, { dimension: 'A1:A2000' }) }]);
      expect((await inspect(bytes)).ok).toBe(true);
    });
  });

  describe('reads what the XML parts hold', () => {
    it('reports a DOCTYPE in a worksheet, naming the sheet', async () => {
      const xml = '<?xml version="1.0"?><!DOCTYPE lol [<!ENTITY lol "lol">]><worksheet><sheetData/></worksheet>';
      const finding = refusedWith(await inspect(await packageWith([{ name: SHEET_PART, data: xml }])), 'xml-doctype');
      expect(finding.sheet).toBe(SHEET_NAME);
    });

    it('reports a DOCTYPE in any other XML part', async () => {
      const types = '<?xml version="1.0"?>\n<!doctype Types SYSTEM "http://example.invalid/t.dtd"><Types/>';
      const finding = refusedWith(await inspect(await packageWith([{ name: '[Content_Types].xml', data: types }])), 'xml-doctype');
      expect(finding.sheet).toBeUndefined();
    });

    it('refuses a workbook with macros (xl/vbaProject.bin), asking for an .xlsx without them', async () => {
      const bytes = await packageWith([{ name: 'xl/vbaProject.bin', data: new Uint8Array([0xd0, 0xcf, 0x11, 0xe0]) }]);
      const finding = refusedWith(await inspect(bytes), 'macro-present');
      expect(finding.message_vi).toContain('macro');
      expect(finding.message_en).toContain('without macros');
    });

    it('lets through a workbook linking to other workbooks, with a warning', async () => {
      const bytes = await packageWith([{ name: 'xl/externalLinks/externalLink1.xml', data: '<externalLink/>' }]);
      const result = await inspect(bytes);
      expect(result.ok).toBe(true);
      expect(findingsOf(result)).toEqual([
        expect.objectContaining({ code: 'external-link', severity: 'warning', where: FILE, found: 'xl/externalLinks/externalLink1.xml' }),
      ]);
    });

    it('reports a sheet claiming the range A1:XFD1048576 as too many cells, naming the sheet', async () => {
      const bytes = await packageWith([{ name: SHEET_PART, data: sheetXml('', { dimension: 'A1:XFD1048576' }) }]);
      const finding = refusedWith(await inspect(bytes), 'too-many-cells');
      expect(finding).toMatchObject({ sheet: SHEET_NAME, found: 'A1:XFD1048576' });
    });

    it.each([
      ['a column past XFD', '<row r="1"><c r="XFE1"><v>1</v></c></row>', 'XFE1'],
      ['a row past 1,048,576', '<row r="1048577"><c r="A1048577"><v>1</v></c></row>', '1048577:1048577'],
      ['an absurd row number', '<row r="1"><c r="A99999999999999999999"><v>1</v></c></row>', 'A99999999999999999999'],
    ])('reports %s as too many cells', async (_case, rows, ref) => {
      const bytes = await packageWith([{ name: SHEET_PART, data: sheetXml(rows) }]);
      expect(refusedWith(await inspect(bytes), 'too-many-cells').found).toBe(ref);
    });

    it('reports more <c> elements than the cell limit as too many cells', async () => {
      const cells = Array.from({ length: 1001 }, (_, i) => `<c r="A${i + 1}"><v>1</v></c>`).join('');
      const bytes = await packageWith([{ name: SHEET_PART, data: sheetXml(`<row r="1">${cells}</row>`) }]);
      expect(refusedWith(await inspect(bytes, { maxCells: 1000 }), 'too-many-cells').found).toBe('1001 cells');
    });

    it('reports merged ranges covering more than 100,000 cells as too many cells', async () => {
      const merges = '<mergeCells count="2"><mergeCell ref="A1:Z3000"/><mergeCell ref="A3001:Z4000"/></mergeCells>';
      const bytes = await packageWith([{ name: SHEET_PART, data: sheetXml('', { after: merges }) }]);
      expect(refusedWith(await inspect(bytes), 'too-many-cells').found).toBe('104000 cells');
    });

    it('reports a 40,000-character shared string as a cell too long', async () => {
      const bytes = await packageWith([{ name: STRINGS_PART, data: sharedStringsXml(['Báo cáo '.repeat(5000)]) }]);
      const finding = refusedWith(await inspect(bytes), 'cell-too-long');
      expect(finding.found).toBe('40000 characters');
    });

    it('reports a 40,000-character inline string with its sheet and cell', async () => {
      const rows = `<row r="3"><c r="H3" t="inlineStr"><is><r><t>${'a'.repeat(20000)}</t></r><r><t xml:space="preserve">${'b'.repeat(20000)}</t></r></is></c></row>`;
      const bytes = await packageWith([{ name: SHEET_PART, data: sheetXml(rows) }]);
      expect(refusedWith(await inspect(bytes), 'cell-too-long')).toMatchObject({ sheet: SHEET_NAME, cell: 'H3' });
    });

    it('reports a cell tag too long to read as a damaged file', async () => {
      const rows = `<row r="1"><c ${'x:pad="0" '.repeat(1000)}r="XFE1"><v>1</v></c></row>`;
      const bytes = await packageWith([{ name: SHEET_PART, data: sheetXml(rows) }]);
      expect(refusedWith(await inspect(bytes), 'file-unreadable').found).toMatch(/<c> tag longer/);
    });

    it('reads stored (uncompressed) parts the same way', async () => {
      const bytes = await packageWith([{ name: SHEET_PART, data: sheetXml('', { dimension: 'A1:XFD1048576' }), method: 'stored' }]);
      expect(refusedWith(await inspect(bytes), 'too-many-cells').sheet).toBe(SHEET_NAME);
    });
  });
});
