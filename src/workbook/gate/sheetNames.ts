/**
 * Tên trang tính — which sheet a worksheet part is, read from `xl/workbook.xml` and its
 * relationships while they stream past, so that a finding names "Nhiệm vụ" rather than
 * `xl/worksheets/sheet1.xml`. These are the fixed paths exceljs itself reads.
 */
import { attribute, type XmlSink, type XmlTag } from './xmlScan';

const WORKBOOK_PART = 'xl/workbook.xml';
const WORKBOOK_RELS_PART = 'xl/_rels/workbook.xml.rels';

export class SheetNames {
  private readonly sheetByRelationship = new Map<string, string>();
  private readonly partByRelationship = new Map<string, string>();

  /** A sink for `part` when it is one of the two parts that name sheets, else null. */
  sinkFor(part: string): XmlSink | null {
    const key = part.toLowerCase();
    if (key === WORKBOOK_PART) return this.sink((tag) => this.sheet(tag));
    if (key === WORKBOOK_RELS_PART) return this.sink((tag) => this.relationship(tag));
    return null;
  }

  /** The name of the sheet stored in `part`, when the workbook says. */
  nameOf(part: string): string | undefined {
    const key = part.toLowerCase();
    for (const [id, target] of this.partByRelationship) {
      if (target === key) return this.sheetByRelationship.get(id);
    }
    return undefined;
  }

  private sink(onTag: (tag: XmlTag) => void): XmlSink {
    return { tag: onTag, text: () => undefined, doctype: () => undefined };
  }

  private sheet(tag: XmlTag): void {
    if (tag.closing || tag.name !== 'sheet') return;
    const name = attribute(tag, 'name');
    const id = attribute(tag, '(?:[A-Za-z_][\\w.-]*:)?id');
    if (name !== undefined && id !== undefined) this.sheetByRelationship.set(id, name);
  }

  private relationship(tag: XmlTag): void {
    if (tag.closing || tag.name !== 'Relationship') return;
    const id = attribute(tag, 'Id');
    const target = attribute(tag, 'Target');
    if (id === undefined || target === undefined) return;
    // Targets are relative to `xl/` unless absolute within the package.
    const path = target.startsWith('/') ? target.slice(1) : `xl/${target}`;
    this.partByRelationship.set(id, path.toLowerCase());
  }
}
