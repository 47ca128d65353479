/**
 * The parts of a minimal `.xlsx` package (one sheet "Nhiệm vụ" and a shared-string table), written
 * by hand so that a test can swap in the one hostile part it is about.
 */
import type { ZipPart } from '../../support/zipBuilder';

export const SHEET_NAME = 'Nhiệm vụ';
export const SHEET_PART = 'xl/worksheets/sheet1.xml';
export const STRINGS_PART = 'xl/sharedStrings.xml';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';

/** A worksheet part whose `<sheetData>` holds `rows`. */
export const sheetXml = (rows: string, options: { dimension?: string; after?: string } = {}): string =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${MAIN}" xmlns:r="${REL}">` +
  `<dimension ref="${options.dimension ?? 'A1:B2'}"/><sheetData>${rows}</sheetData>${options.after ?? ''}</worksheet>`;

/** A shared-string table of `items` (plain texts, escaped here). */
export const sharedStringsXml = (items: readonly string[]): string =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="${MAIN}" count="${items.length}" uniqueCount="${items.length}">` +
  items.map((text) => `<si><t>${text.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</t></si>`).join('') +
  '</sst>';

const DEFAULT_ROWS = '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1"><v>7100</v></c></row>';

/** The package's parts, with `overrides` replacing parts of the same name and the rest appended. */
export function workbookParts(overrides: readonly ZipPart[] = []): ZipPart[] {
  const base: ZipPart[] = [
    {
      name: '[Content_Types].xml',
      data:
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
        '<Default Extension="xml" ContentType="application/xml"/>' +
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
        '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' +
        '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>' +
        '</Types>',
    },
    {
      name: '_rels/.rels',
      data: `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    },
    {
      name: 'xl/workbook.xml',
      data: `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets><sheet name="${SHEET_NAME}" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    },
    {
      name: 'xl/_rels/workbook.xml.rels',
      data:
        `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${PKG_REL}">` +
        `<Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/>` +
        `<Relationship Id="rId2" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
    },
    { name: SHEET_PART, data: sheetXml(DEFAULT_ROWS) },
    { name: STRINGS_PART, data: sharedStringsXml(['Sở Công Thương']) },
  ];
  const replaced = base.map((part) => overrides.find((o) => o.name === part.name) ?? part);
  return [...replaced, ...overrides.filter((o) => !base.some((part) => part.name === o.name))];
}
