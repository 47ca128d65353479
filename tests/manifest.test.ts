import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(__dirname, '..');
const schema = path.resolve(root, '../shared/schemas/office-addin-manifest/OfficeAppManifestV1_1.xsd');
const manifest = path.join(root, 'manifest.xml');

describe('manifest.xml', () => {
  it("validates against Microsoft's published add-in manifest schema (offline, with xmllint)", () => {
    const output = execFileSync('xmllint', ['--noout', '--schema', schema, manifest], { encoding: 'utf8', stdio: 'pipe' });
    expect(output).toBe('');
  });

  const xml = readFileSync(manifest, 'utf8');

  it('is a task-pane add-in for Excel workbooks that reads and writes the document', () => {
    expect(xml).toMatch(/xsi:type="TaskPaneApp"/);
    expect(xml).toMatch(/<Host Name="Workbook"\/>/);
    expect(xml).toMatch(/<Permissions>ReadWriteDocument<\/Permissions>/);
  });

  it('speaks Vietnamese by default with English overrides', () => {
    expect(xml).toMatch(/<DefaultLocale>vi-VN<\/DefaultLocale>/);
    expect(xml).toMatch(/<Override Locale="en-US" Value="Plan tracker"\/>/);
  });

  it('asks for ExcelApi 1.7 at least, so that Office 2019 and later can load it', () => {
    expect(xml).toMatch(/<Set Name="ExcelApi" MinVersion="1.7"\/>/);
  });
});
