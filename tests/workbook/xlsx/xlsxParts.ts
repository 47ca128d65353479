/**
 * Looks inside written `.xlsx` packages (zip parts) so tests can assert what Excel will read —
 * and builds "saved by Excel" variants of a package by editing its XML.
 */
import JSZip from 'jszip';

/** The text of one part, e.g. `xl/workbook.xml`. */
export async function readPart(file: ArrayBuffer, path: string): Promise<string> {
  const part = (await JSZip.loadAsync(file)).file(path);
  if (!part) throw new Error(`no part ${path}`);
  return part.async('string');
}

/** The worksheet part of a sheet, found through the workbook's relationships. */
export async function sheetPartPath(file: ArrayBuffer, sheet: string): Promise<string> {
  const workbook = await readPart(file, 'xl/workbook.xml');
  const rels = await readPart(file, 'xl/_rels/workbook.xml.rels');
  const escaped = sheet.replace(/&/g, '&amp;').replace(/'/g, '&apos;');
  const sheetTag = new RegExp(`<sheet [^>]*name="${escaped}"[^>]*/>`).exec(workbook)?.[0];
  const rId = sheetTag && /r:id="([^"]+)"/.exec(sheetTag)?.[1];
  const target = rId && new RegExp(`<Relationship [^>]*Id="${rId}"[^>]*/>`).exec(rels)?.[0];
  const path = target && /Target="([^"]+)"/.exec(target)?.[1];
  if (!path) throw new Error(`no sheet ${sheet}`);
  return path.startsWith('/') ? path.slice(1) : `xl/${path}`;
}

export async function readSheetPart(file: ArrayBuffer, sheet: string): Promise<string> {
  return readPart(file, await sheetPartPath(file, sheet));
}

/** All part paths of the package. */
export async function partPaths(file: ArrayBuffer): Promise<string[]> {
  return Object.keys((await JSZip.loadAsync(file)).files);
}

/** A copy of the package with some parts' XML rewritten. */
export async function rewriteParts(
  file: ArrayBuffer,
  edit: (path: string, xml: string) => string,
): Promise<ArrayBuffer> {
  const zip = await JSZip.loadAsync(file);
  for (const path of Object.keys(zip.files)) {
    if (!path.endsWith('.xml')) continue;
    const part = zip.file(path);
    if (part) zip.file(path, edit(path, await part.async('string')));
  }
  return zip.generateAsync({ type: 'arraybuffer' });
}
