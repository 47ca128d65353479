/**
 * A sync-counting fake of the part of the Excel JavaScript API that the Office.js adapter uses.
 *
 * It keeps Office.js's semantics where they matter for correctness and cost:
 * - proxies queue operations; nothing reaches the document until `context.sync()`, which applies
 *   the queue in order, counts one request and records its size (the UTF-8 bytes of the JSON of
 *   the queued operations). A request over 5 MB is refused whole, as Excel on the web does;
 * - a property can be read only after `load` and `sync` (else `PropertyNotLoaded`); loaded values
 *   are a snapshot; `isNullObject` is known only after the object was loaded and synced;
 * - `getItem` of a missing item fails at sync (`ItemNotFound`); `get…OrNullObject` gives a null
 *   object, and everything reached from a null object is null too;
 * - the first failing operation rejects the sync; operations before it stay applied;
 * - an API newer than the fake's `apiVersion` fails at sync with `ApiNotFound`;
 * - strings written through `values` or `formulas` are parsed as if typed (`=…`, `+…`, `-…`, `@…`
 *   become formulas, `07` a number, `TRUE` a boolean) unless the cell is text-formatted (`@`);
 *   `null` in a 2-D array leaves the cell unchanged; arrays must match the range's size;
 * - a protected sheet refuses changes to its cells; the last visible sheet cannot be deleted or
 *   hidden; sheet and table names are unique regardless of case.
 * It does not calculate: a formula cell reads back as 0. Format properties are recorded on every
 * cell of the range they were set on. It does not measure text either: `format.autofitRows()`
 * records the rows as fitted, and drops any height set on them before.
 */
import { lettersToCol, parseRange, rangeA1, type RangeAddress } from '../../src/workbook/address';
import type { ExcelRun } from '../../src/workbook/officejs/officeWorkbook';
import { compareVersions } from '../../src/workbook/officejs/requirements';

export const FAKE_REQUEST_LIMIT = 5 * 1024 * 1024;

export type Scalar = string | number | boolean;

export interface RequestRecord {
  readonly operations: number;
  readonly bytes: number;
  readonly calculationSuspended: boolean;
  readonly screenUpdatingSuspended: boolean;
}

export interface LoadRecord {
  readonly path: string;
  readonly properties: readonly string[];
}

/** `OfficeExtension.Error`'s shape: a code, a message, where it failed. */
export class FakeOfficeError extends Error {
  override readonly name = 'RichApi.Error';
  readonly debugInfo: { readonly code: string; readonly message: string; readonly errorLocation: string };

  constructor(
    readonly code: string,
    message: string,
    errorLocation = '',
  ) {
    super(message);
    this.debugInfo = { code, message, errorLocation };
  }
}

const notLoaded = (property: string): FakeOfficeError =>
  new FakeOfficeError(
    'PropertyNotLoaded',
    `The property '${property}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
  );

// ---------------------------------------------------------------------------------------------
// The document

export class FakeCell {
  value: Scalar = '';
  formula: string | null = null;
  numberFormat = 'General';
  readonly format = new Map<string, unknown>();
  hyperlink: Excel.RangeHyperlink | null = null;

  get isEmpty(): boolean {
    return this.value === '' && this.formula === null;
  }
}

export interface FakeValidation {
  readonly range: string;
  rule?: Excel.DataValidationRule;
  errorAlert?: Excel.DataValidationErrorAlert;
  ignoreBlanks?: boolean;
}

export interface FakeNote {
  readonly address: string;
  readonly content: string;
  readonly kind: 'note' | 'comment';
}

export class FakeSheet {
  visibility: 'Visible' | 'Hidden' | 'VeryHidden' = 'Visible';
  tabColor = '';
  frozenRows = 0;
  protection: { protected: boolean; options?: Excel.WorksheetProtectionOptions; password?: string } = { protected: false };
  readonly cells = new Map<number, Map<number, FakeCell>>();
  readonly validations: FakeValidation[] = [];
  readonly merges: string[] = [];
  readonly notes: FakeNote[] = [];
  readonly columnWidths = new Map<number, number>();
  readonly rowHeights = new Map<number, number>();
  /** Rows Excel was asked to fit to their content. */
  readonly fittedRows = new Set<number>();
  readonly pageLayout: Record<string, unknown> = {};

  constructor(public name: string) {}

  /** The cell at `B7`, if anything was ever written there. */
  cell(address: string): FakeCell | undefined {
    const range = parseRange(address);
    return range ? this.cells.get(range.top)?.get(range.left) : undefined;
  }

  /** The stored value at `B7` ('' when empty). */
  value(address: string): Scalar {
    return this.cell(address)?.value ?? '';
  }

  at(row: number, col: number, create: true): FakeCell;
  at(row: number, col: number, create?: false): FakeCell | undefined;
  at(row: number, col: number, create = false): FakeCell | undefined {
    let cells = this.cells.get(row);
    if (!cells) {
      if (!create) return undefined;
      cells = new Map();
      this.cells.set(row, cells);
    }
    let cell = cells.get(col);
    if (!cell && create) {
      cell = new FakeCell();
      cells.set(col, cell);
    }
    return cell;
  }

  /** The smallest rectangle holding every value (or, unless `valuesOnly`, every formatted cell). */
  usedRange(valuesOnly: boolean): RangeAddress | null {
    let used: RangeAddress | null = null;
    for (const [row, cells] of this.cells) {
      for (const [col, cell] of cells) {
        if (valuesOnly ? cell.isEmpty : cell.isEmpty && cell.numberFormat === 'General' && cell.format.size === 0) continue;
        used = used
          ? { top: Math.min(used.top, row), left: Math.min(used.left, col), bottom: Math.max(used.bottom, row), right: Math.max(used.right, col) }
          : { top: row, left: col, bottom: row, right: col };
      }
    }
    return used;
  }
}

export class FakeTable {
  style = 'TableStyleMedium2';
  showBandedRows = true;

  constructor(
    public name: string,
    readonly sheet: FakeSheet,
    readonly range: RangeAddress,
  ) {}

  get address(): string {
    return rangeA1(this.range);
  }
}

const MAX_SHEET_NAME = 31;
const key = (name: string): string => name.toLowerCase();

/** The workbook's content, as the host holds it. */
export class FakeDocument {
  readonly sheets: FakeSheet[];
  readonly tables: FakeTable[] = [];
  readonly calculations: string[] = [];

  constructor(names: readonly string[]) {
    this.sheets = names.map((name) => new FakeSheet(name));
  }

  sheet(name: string): FakeSheet | null {
    return this.sheets.find((s) => key(s.name) === key(name)) ?? null;
  }

  table(name: string): FakeTable | null {
    return this.tables.find((t) => key(t.name) === key(name)) ?? null;
  }

  checkSheetName(name: string, self: FakeSheet | null): void {
    if (name.trim() === '' || name.length > MAX_SHEET_NAME || /[[\]:*?/\\]/.test(name) || /^'|'$/.test(name)) {
      throw new FakeOfficeError('InvalidArgument', `"${name}" is not a valid sheet name.`);
    }
    const other = this.sheet(name);
    if (other && other !== self) throw new FakeOfficeError('ItemAlreadyExists', `A sheet named "${name}" already exists.`);
  }

  checkTableName(name: string, self: FakeTable): void {
    if (!/^[A-Za-z_\\][A-Za-z0-9_.\\]*$/.test(name)) throw new FakeOfficeError('InvalidArgument', `"${name}" is not a valid table name.`);
    const other = this.table(name);
    if (other && other !== self) throw new FakeOfficeError('ItemAlreadyExists', `A table named "${name}" already exists.`);
  }

  visibleCount(except?: FakeSheet): number {
    return this.sheets.filter((s) => s !== except && s.visibility === 'Visible').length;
  }

  deleteSheet(sheet: FakeSheet): void {
    if (sheet.visibility === 'Visible' && this.visibleCount(sheet) === 0) {
      throw new FakeOfficeError('InvalidOperation', 'A workbook must contain at least one visible worksheet.');
    }
    this.sheets.splice(this.sheets.indexOf(sheet), 1);
    for (let i = this.tables.length - 1; i >= 0; i--) if (this.tables[i].sheet === sheet) this.tables.splice(i, 1);
  }
}

// ---------------------------------------------------------------------------------------------
// Requests

interface QueuedOperation {
  readonly json: { readonly path: string; readonly action: string; readonly name: string; readonly args?: unknown };
  readonly version: string;
  readonly apply: () => void;
}

const utf8Bytes = (text: string): number => Buffer.byteLength(text, 'utf8');

class FakeContext {
  readonly workbook: FakeWorkbook;
  readonly application: FakeApplication;
  private queue: QueuedOperation[] = [];
  private suspendedCalculation = false;
  private suspendedScreen = false;

  constructor(readonly excel: FakeExcel) {
    this.application = new FakeApplication(this);
    this.workbook = new FakeWorkbook(this);
  }

  get pending(): number {
    return this.queue.length;
  }

  enqueue(operation: QueuedOperation): void {
    this.queue.push(operation);
  }

  markSuspension(kind: 'calculation' | 'screen'): void {
    if (kind === 'calculation') this.suspendedCalculation = true;
    else this.suspendedScreen = true;
  }

  async sync(): Promise<void> {
    const operations = this.queue;
    this.queue = [];
    const record: RequestRecord = {
      operations: operations.length,
      bytes: utf8Bytes(JSON.stringify(operations.map((o) => o.json))),
      calculationSuspended: this.suspendedCalculation,
      screenUpdatingSuspended: this.suspendedScreen,
    };
    this.suspendedCalculation = false;
    this.suspendedScreen = false;
    this.excel.record(record);
    if (record.bytes > this.excel.requestLimit) {
      throw new FakeOfficeError('RequestPayloadSizeLimitExceeded', `The request payload size (${record.bytes} bytes) has exceeded the limit.`);
    }
    for (const operation of operations) {
      if (!this.excel.isSetSupported('ExcelApi', operation.version)) {
        throw new FakeOfficeError('ApiNotFound', `${operation.json.name} needs ExcelApi ${operation.version}.`, operation.json.path);
      }
      try {
        operation.apply();
      } catch (error) {
        if (error instanceof FakeOfficeError) throw new FakeOfficeError(error.code, error.message, `${operation.json.path}.${operation.json.name}`);
        throw error;
      }
    }
    await Promise.resolve();
  }
}

/**
 * A proxy: queues operations against an object that is found when the request runs (and then
 * kept, as Office.js binds a proxy to its object), and holds what was loaded.
 */
abstract class FakeObject<T> {
  private resolved: { readonly target: T | null } | null = null;
  private loadedValues: Map<string, unknown> | null = null;
  private nullKnown: boolean | null = null;

  constructor(
    readonly context: FakeContext,
    protected readonly path: string,
    private readonly resolver: () => T | null,
  ) {}

  get isNullObject(): boolean {
    if (this.nullKnown === null) throw notLoaded('isNullObject');
    return this.nullKnown;
  }

  load(properties?: string | readonly string[]): this {
    const list = (typeof properties === 'string' ? properties.split(',') : (properties ?? [])).map((p) => p.trim()).filter(Boolean);
    this.context.excel.loads.push({ path: this.path, properties: list });
    this.queue('load', '', list, '1.1', () => this.applyLoad(list));
    return this;
  }

  /** The object, or null for a null object; resolved once. */
  resolve(): T | null {
    if (!this.resolved) this.resolved = { target: this.resolver() };
    return this.resolved.target;
  }

  /** The object; a null object cannot be changed. */
  protected target(): T {
    const target = this.resolve();
    if (target === null) throw new FakeOfficeError('InvalidObjectPath', `${this.path} is a null object.`);
    return target;
  }

  applyLoad(properties: readonly string[]): void {
    const target = this.resolve();
    this.nullKnown = target === null;
    this.loadedValues ??= new Map();
    if (target === null) return;
    const own = properties.length > 0 ? properties : this.scalarProperties();
    for (const property of own) {
      const slash = property.indexOf('/');
      if (slash >= 0) {
        const child = this.navigation(property.slice(0, slash));
        if (!child) throw new FakeOfficeError('InvalidArgument', `Cannot load "${property}" on ${this.path}.`);
        child.applyLoad([property.slice(slash + 1)]);
        continue;
      }
      this.loadedValues.set(property, this.read(target, property));
    }
  }

  protected loaded<V>(property: string): V {
    if (!this.loadedValues?.has(property)) throw notLoaded(property);
    return this.loadedValues.get(property) as V;
  }

  protected queue(action: string, name: string, args: unknown, version: string, apply: () => void): void {
    this.context.enqueue({ json: { path: this.path, action, name, ...(args === undefined ? {} : { args }) }, version, apply });
  }

  protected set(name: string, value: unknown, version: string, apply: (target: T) => void): void {
    this.queue('set', name, value, version, () => apply(this.target()));
  }

  protected call(name: string, args: unknown, version: string, apply: (target: T) => void): void {
    this.queue('call', name, args, version, () => apply(this.target()));
  }

  /** A child proxy reached from this one; null when this one is null. */
  protected child<C>(resolve: (target: T) => C | null): () => C | null {
    return () => {
      const target = this.resolve();
      return target === null ? null : resolve(target);
    };
  }

  protected navigation(_name: string): FakeObject<unknown> | undefined {
    return undefined;
  }

  protected scalarProperties(): string[] {
    return [];
  }

  protected abstract read(target: T, property: string): unknown;
}

const unknownProperty = (path: string, property: string): FakeOfficeError =>
  new FakeOfficeError('InvalidArgument', `${path} has no property "${property}" the fake can load.`);

// ---------------------------------------------------------------------------------------------
// Application, workbook, collections

class FakeApplication extends FakeObject<FakeDocument> {
  constructor(context: FakeContext) {
    super(context, 'application', () => context.excel.document);
  }

  suspendApiCalculationUntilNextSync(): void {
    this.context.markSuspension('calculation');
    this.call('suspendApiCalculationUntilNextSync', undefined, '1.6', () => undefined);
  }

  suspendScreenUpdatingUntilNextSync(): void {
    this.context.markSuspension('screen');
    this.call('suspendScreenUpdatingUntilNextSync', undefined, '1.9', () => undefined);
  }

  calculate(type: string): void {
    this.call('calculate', [type], '1.1', (doc) => doc.calculations.push(type));
  }

  protected read(_doc: FakeDocument, property: string): unknown {
    throw unknownProperty(this.path, property);
  }
}

class FakeWorkbook extends FakeObject<FakeDocument> {
  readonly worksheets: FakeWorksheetCollection;
  readonly tables: FakeTableCollection;

  constructor(context: FakeContext) {
    super(context, 'workbook', () => context.excel.document);
    this.worksheets = new FakeWorksheetCollection(context);
    this.tables = new FakeTableCollection(context, 'workbook.tables', null);
  }

  get application(): FakeApplication {
    return this.context.application;
  }

  protected read(_doc: FakeDocument, property: string): unknown {
    throw unknownProperty(this.path, property);
  }
}

abstract class FakeCollection<M, P extends FakeObject<M>> extends FakeObject<FakeDocument> {
  private loadedItems: P[] | null = null;

  get items(): P[] {
    if (!this.loadedItems) throw notLoaded('items');
    return this.loadedItems;
  }

  override applyLoad(properties: readonly string[]): void {
    super.applyLoad([]);
    const itemProperties = properties.filter((p) => p.startsWith('items/')).map((p) => p.slice('items/'.length));
    this.loadedItems = this.models().map((model, i) => {
      const item = this.itemProxy(model, `${this.path}.items[${i}]`);
      item.applyLoad(itemProperties);
      return item;
    });
  }

  protected read(_doc: FakeDocument, property: string): unknown {
    throw unknownProperty(this.path, property);
  }

  protected abstract models(): M[];
  protected abstract itemProxy(model: M, path: string): P;
}

class FakeWorksheetCollection extends FakeCollection<FakeSheet, FakeWorksheet> {
  constructor(context: FakeContext) {
    super(context, 'workbook.worksheets', () => context.excel.document);
  }

  add(name?: string): FakeWorksheet {
    let created: FakeSheet | null = null;
    this.call('add', [name], '1.1', (doc) => {
      let sheetName = name;
      for (let n = doc.sheets.length + 1; sheetName === undefined; n++) if (!doc.sheet(`Sheet${n}`)) sheetName = `Sheet${n}`;
      doc.checkSheetName(sheetName, null);
      created = new FakeSheet(sheetName);
      doc.sheets.push(created);
    });
    return new FakeWorksheet(this.context, `${this.path}.add(${JSON.stringify(name ?? '')})`, () => created);
  }

  getItem(name: string): FakeWorksheet {
    return new FakeWorksheet(this.context, `${this.path}.getItem(${JSON.stringify(name)})`, () => {
      const sheet = this.context.excel.document.sheet(name);
      if (!sheet) throw new FakeOfficeError('ItemNotFound', `The sheet "${name}" does not exist.`);
      return sheet;
    });
  }

  getItemOrNullObject(name: string): FakeWorksheet {
    return new FakeWorksheet(this.context, `${this.path}.getItemOrNullObject(${JSON.stringify(name)})`, () =>
      this.context.excel.document.sheet(name),
    );
  }

  protected models(): FakeSheet[] {
    return this.context.excel.document.sheets;
  }

  protected itemProxy(model: FakeSheet, path: string): FakeWorksheet {
    return new FakeWorksheet(this.context, path, () => model);
  }
}

class FakeTableCollection extends FakeCollection<FakeTable, FakeTableProxy> {
  /** `sheet` is null for the workbook's collection of every table. */
  constructor(
    context: FakeContext,
    path: string,
    private readonly sheet: (() => FakeSheet | null) | null,
  ) {
    super(context, path, () => (sheet === null || sheet() !== null ? context.excel.document : null));
  }

  add(address: FakeRange | string, hasHeaders: boolean): FakeTableProxy {
    let created: FakeTable | null = null;
    const where = typeof address === 'string' ? address : address.describe();
    this.call('add', [where, hasHeaders], '1.1', (doc) => {
      const range = typeof address === 'string' ? this.rangeFromText(address) : address.rangeTarget();
      const { sheet, rect } = range;
      if (sheet.protection.protected) throw new FakeOfficeError('AccessDenied', `The sheet "${sheet.name}" is protected.`);
      if (doc.tables.some((t) => t.sheet === sheet && overlaps(t.range, rect))) {
        throw new FakeOfficeError('InvalidArgument', 'A table cannot overlap another table.');
      }
      if (!hasHeaders) throw new FakeOfficeError('NotImplemented', 'The fake makes tables with headers only.');
      const seen = new Set<string>();
      for (let col = rect.left; col <= rect.right; col++) {
        const cell = sheet.at(rect.top, col, true);
        let header = cell.isEmpty ? `Column${col - rect.left + 1}` : String(cell.value);
        for (let n = 2; seen.has(key(header)); n++) header = `${header}${n}`;
        seen.add(key(header));
        cell.value = header;
        cell.formula = null;
      }
      let n = doc.tables.length + 1;
      while (doc.table(`Table${n}`)) n++;
      created = new FakeTable(`Table${n}`, sheet, rect);
      doc.tables.push(created);
    });
    return new FakeTableProxy(this.context, `${this.path}.add(${JSON.stringify(where)})`, () => created);
  }

  getItem(name: string): FakeTableProxy {
    return new FakeTableProxy(this.context, `${this.path}.getItem(${JSON.stringify(name)})`, () => {
      const table = this.find(name);
      if (!table) throw new FakeOfficeError('ItemNotFound', `The table "${name}" does not exist.`);
      return table;
    });
  }

  getItemOrNullObject(name: string): FakeTableProxy {
    return new FakeTableProxy(this.context, `${this.path}.getItemOrNullObject(${JSON.stringify(name)})`, () => this.find(name));
  }

  protected models(): FakeTable[] {
    const sheet = this.sheet === null ? null : this.sheet();
    return this.context.excel.document.tables.filter((t) => this.sheet === null || t.sheet === sheet);
  }

  protected itemProxy(model: FakeTable, path: string): FakeTableProxy {
    return new FakeTableProxy(this.context, path, () => model);
  }

  private find(name: string): FakeTable | null {
    return this.models().find((t) => key(t.name) === key(name)) ?? null;
  }

  private rangeFromText(address: string): RangeTarget {
    const sheet = this.sheet === null ? null : this.sheet();
    if (!sheet) throw new FakeOfficeError('NotImplemented', 'The fake adds tables on a worksheet or a Range.');
    return { sheet, rect: parseAddress(address) };
  }
}

// ---------------------------------------------------------------------------------------------
// Worksheet and what hangs off it

class FakeWorksheet extends FakeObject<FakeSheet> {
  readonly tables: FakeTableCollection;
  readonly protection: FakeProtection;

  constructor(context: FakeContext, path: string, resolver: () => FakeSheet | null) {
    super(context, path, resolver);
    this.tables = new FakeTableCollection(context, `${path}.tables`, () => this.resolve());
    this.protection = new FakeProtection(context, `${path}.protection`, this.child((sheet) => sheet));
  }

  get name(): string {
    return this.loaded('name');
  }
  set name(name: string) {
    this.set('name', name, '1.1', (sheet) => {
      this.context.excel.document.checkSheetName(name, sheet);
      sheet.name = name;
    });
  }

  get visibility(): string {
    return this.loaded('visibility');
  }
  set visibility(visibility: string) {
    this.set('visibility', visibility, '1.1', (sheet) => {
      if (visibility !== 'Visible' && this.context.excel.document.visibleCount(sheet) === 0) {
        throw new FakeOfficeError('InvalidOperation', 'A workbook must contain at least one visible worksheet.');
      }
      sheet.visibility = visibility as FakeSheet['visibility'];
    });
  }

  get position(): number {
    return this.loaded('position');
  }
  set position(position: number) {
    this.set('position', position, '1.1', (sheet) => {
      const sheets = this.context.excel.document.sheets;
      if (!Number.isInteger(position) || position < 0 || position >= sheets.length) {
        throw new FakeOfficeError('InvalidArgument', `Position ${position} is out of range.`);
      }
      sheets.splice(sheets.indexOf(sheet), 1);
      sheets.splice(position, 0, sheet);
    });
  }

  set tabColor(color: string) {
    this.set('tabColor', color, '1.7', (sheet) => {
      sheet.tabColor = color;
    });
  }

  get freezePanes(): { freezeRows: (count?: number) => void } {
    return {
      freezeRows: (count = 1) =>
        this.call('freezePanes.freezeRows', [count], '1.7', (sheet) => {
          sheet.frozenRows = count;
        }),
    };
  }

  private pageLayoutProxy: FakePageLayout | null = null;

  get pageLayout(): FakePageLayout {
    this.pageLayoutProxy ??= new FakePageLayout(this.context, `${this.path}.pageLayout`, this.child((sheet) => sheet));
    return this.pageLayoutProxy;
  }

  get notes(): { add: (cell: FakeRange | string, content: string) => void } {
    return { add: (cell, content) => this.addNote('notes', '1.18', 'note', cell, content) };
  }

  get comments(): { add: (cell: FakeRange | string, content: string) => void } {
    return { add: (cell, content) => this.addNote('comments', '1.10', 'comment', cell, content) };
  }

  getRange(address?: string): FakeRange {
    return new FakeRange(this.context, `${this.path}.getRange(${JSON.stringify(address ?? '')})`, () => {
      const sheet = this.resolve();
      return sheet === null ? null : { sheet, rect: address === undefined ? WHOLE_SHEET : parseAddress(address) };
    });
  }

  getUsedRange(valuesOnly = false): FakeRange {
    return this.usedRange('getUsedRange', valuesOnly, false);
  }

  getUsedRangeOrNullObject(valuesOnly = false): FakeRange {
    return this.usedRange('getUsedRangeOrNullObject', valuesOnly, true);
  }

  delete(): void {
    this.call('delete', undefined, '1.1', (sheet) => this.context.excel.document.deleteSheet(sheet));
  }

  protected override scalarProperties(): string[] {
    return ['name', 'visibility', 'position'];
  }

  protected read(sheet: FakeSheet, property: string): unknown {
    switch (property) {
      case 'name':
        return sheet.name;
      case 'visibility':
        return sheet.visibility;
      case 'position':
        return this.context.excel.document.sheets.indexOf(sheet);
      case 'tabColor':
        return sheet.tabColor;
      default:
        throw unknownProperty(this.path, property);
    }
  }

  private usedRange(method: string, valuesOnly: boolean, orNull: boolean): FakeRange {
    return new FakeRange(this.context, `${this.path}.${method}(${valuesOnly})`, () => {
      const sheet = this.resolve();
      if (sheet === null) return null;
      const rect = sheet.usedRange(valuesOnly);
      if (rect) return { sheet, rect };
      return orNull ? null : { sheet, rect: { top: 1, left: 1, bottom: 1, right: 1 } };
    });
  }

  private addNote(collection: string, version: string, kind: FakeNote['kind'], cell: FakeRange | string, content: string): void {
    const where = typeof cell === 'string' ? cell : cell.describe();
    this.queue('call', `${collection}.add`, [where, content], version, () => {
      const sheet = this.target();
      const rect = typeof cell === 'string' ? parseAddress(cell.replace(/^.*!/, '')) : cell.rangeTarget().rect;
      sheet.notes.push({ address: rangeA1(rect), content, kind });
    });
  }
}

class FakeProtection extends FakeObject<FakeSheet> {
  get protected(): boolean {
    return this.loaded('protected');
  }

  protect(options?: Excel.WorksheetProtectionOptions, password?: string): void {
    this.call('protect', [options ?? null, password ?? null], '1.2', (sheet) => {
      if (sheet.protection.protected) throw new FakeOfficeError('InvalidOperation', `The sheet "${sheet.name}" is already protected.`);
      sheet.protection = { protected: true, ...(options ? { options } : {}), ...(password !== undefined ? { password } : {}) };
    });
  }

  unprotect(password?: string): void {
    this.call('unprotect', [password ?? null], '1.2', (sheet) => {
      sheet.protection = { protected: false };
    });
  }

  protected read(sheet: FakeSheet, property: string): unknown {
    if (property === 'protected') return sheet.protection.protected;
    throw unknownProperty(this.path, property);
  }
}

class FakePageLayout extends FakeObject<FakeSheet> {
  set orientation(value: string) {
    this.set('orientation', value, '1.9', (sheet) => (sheet.pageLayout.orientation = value));
  }
  set paperSize(value: string) {
    this.set('paperSize', value, '1.9', (sheet) => (sheet.pageLayout.paperSize = value));
  }
  set zoom(value: Excel.PageLayoutZoomOptions) {
    this.set('zoom', value, '1.9', (sheet) => (sheet.pageLayout.zoom = value));
  }

  setPrintMargins(unit: string, margins: Excel.PageLayoutMarginOptions): void {
    this.call('setPrintMargins', [unit, margins], '1.9', (sheet) => (sheet.pageLayout.margins = { unit, ...margins }));
  }

  setPrintTitleRows(rows: string): void {
    this.call('setPrintTitleRows', [rows], '1.9', (sheet) => (sheet.pageLayout.printTitleRows = rows));
  }

  protected read(_sheet: FakeSheet, property: string): unknown {
    throw unknownProperty(this.path, property);
  }
}

class FakeTableProxy extends FakeObject<FakeTable> {
  get name(): string {
    return this.loaded('name');
  }
  set name(name: string) {
    this.set('name', name, '1.1', (table) => {
      this.context.excel.document.checkTableName(name, table);
      table.name = name;
    });
  }

  set style(style: string) {
    this.set('style', style, '1.1', (table) => (table.style = style));
  }

  set showBandedRows(show: boolean) {
    this.set('showBandedRows', show, '1.3', (table) => (table.showBandedRows = show));
  }

  private worksheetProxy: FakeWorksheet | null = null;

  get worksheet(): FakeWorksheet {
    this.worksheetProxy ??= new FakeWorksheet(this.context, `${this.path}.worksheet`, this.child((table) => table.sheet));
    return this.worksheetProxy;
  }

  getHeaderRowRange(): FakeRange {
    return this.tableRange('getHeaderRowRange', (r) => ({ ...r, bottom: r.top }));
  }

  getDataBodyRange(): FakeRange {
    return this.tableRange('getDataBodyRange', (r) => ({ ...r, top: r.top + 1 }));
  }

  getRange(): FakeRange {
    return this.tableRange('getRange', (r) => r);
  }

  protected override navigation(name: string): FakeObject<unknown> | undefined {
    return name === 'worksheet' ? this.worksheet : undefined;
  }

  protected override scalarProperties(): string[] {
    return ['name', 'style'];
  }

  protected read(table: FakeTable, property: string): unknown {
    if (property === 'name') return table.name;
    if (property === 'style') return table.style;
    throw unknownProperty(this.path, property);
  }

  private tableRange(method: string, part: (range: RangeAddress) => RangeAddress): FakeRange {
    return new FakeRange(this.context, `${this.path}.${method}()`, this.child((table) => ({ sheet: table.sheet, rect: part(table.range) })));
  }
}

// ---------------------------------------------------------------------------------------------
// Ranges

interface RangeTarget {
  readonly sheet: FakeSheet;
  readonly rect: RangeAddress;
}

const MAX_ROWS = 1_048_576;
const MAX_COLUMNS = 16_384;
const WHOLE_SHEET: RangeAddress = { top: 1, left: 1, bottom: MAX_ROWS, right: MAX_COLUMNS };

const overlaps = (a: RangeAddress, b: RangeAddress): boolean =>
  a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;

/** `A1`, `A1:C5`, `B:D` (whole columns), `3:5` (whole rows), with or without `$`. */
function parseAddress(text: string): RangeAddress {
  const bare = text.replace(/\$/g, '');
  const columns = /^([A-Za-z]{1,3}):([A-Za-z]{1,3})$/.exec(bare);
  if (columns) {
    const left = lettersToCol(columns[1]);
    const right = lettersToCol(columns[2]);
    if (left !== null && right !== null) return { top: 1, left, bottom: MAX_ROWS, right };
  }
  const rows = /^(\d+):(\d+)$/.exec(bare);
  if (rows) return { top: Number(rows[1]), left: 1, bottom: Number(rows[2]), right: MAX_COLUMNS };
  const range = parseRange(bare);
  if (!range) throw new FakeOfficeError('InvalidArgument', `"${text}" is not a range address.`);
  return range;
}

const isWholeColumns = (rect: RangeAddress): boolean => rect.top === 1 && rect.bottom === MAX_ROWS;
const isWholeRows = (rect: RangeAddress): boolean => rect.left === 1 && rect.right === MAX_COLUMNS;

const quoteSheet = (name: string): string => (/^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`);

const NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?$/i;
const PERCENT = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)%$/;

/** What Excel stores when this is typed into a cell with this number format. */
function typed(input: Scalar, numberFormat: string): { value: Scalar; formula: string | null } {
  if (typeof input !== 'string' || numberFormat === '@') return { value: input, formula: null };
  const text = input.trim();
  if (input.length > 1 && input.startsWith('=')) return { value: 0, formula: input };
  if (NUMBER.test(text)) return { value: Number(text), formula: null };
  if (PERCENT.test(text)) return { value: Number(text.slice(0, -1)) / 100, formula: null };
  if (/^(true|false)$/i.test(text)) return { value: text.toLowerCase() === 'true', formula: null };
  if (/^[+-]./.test(input)) return { value: 0, formula: `=${input}` };
  if (/^@./.test(input)) return { value: 0, formula: `=${input.slice(1)}` };
  return { value: input, formula: null };
}

class FakeRange extends FakeObject<RangeTarget> {
  get format(): FakeRangeFormat {
    return new FakeRangeFormat(this, `${this.path}.format`, '');
  }

  get dataValidation(): FakeDataValidation {
    return new FakeDataValidation(this.context, `${this.path}.dataValidation`, this.child((target) => target));
  }

  get values(): Scalar[][] {
    return this.loaded('values');
  }
  set values(rows: unknown) {
    this.writeCells('values', rows);
  }

  get formulas(): Scalar[][] {
    return this.loaded('formulas');
  }
  set formulas(rows: unknown) {
    this.writeCells('formulas', rows);
  }

  get numberFormat(): string[][] {
    return this.loaded('numberFormat');
  }
  set numberFormat(rows: unknown) {
    this.set('numberFormat', rows, '1.1', (target) =>
      this.eachInput(target, rows, (cell, format) => {
        if (typeof format !== 'string') throw new FakeOfficeError('InvalidArgument', 'A number format must be text.');
        cell.numberFormat = format;
      }),
    );
  }

  set hyperlink(link: Excel.RangeHyperlink) {
    this.set('hyperlink', link, '1.7', (target) => {
      this.checkEditable(target);
      this.eachCell(target, (cell) => {
        cell.hyperlink = link;
        if (link.textToDisplay !== undefined) {
          cell.value = link.textToDisplay;
          cell.formula = null;
        }
      });
    });
  }

  get address(): string {
    return this.loaded('address');
  }
  get rowIndex(): number {
    return this.loaded('rowIndex');
  }
  get columnIndex(): number {
    return this.loaded('columnIndex');
  }
  get rowCount(): number {
    return this.loaded('rowCount');
  }
  get columnCount(): number {
    return this.loaded('columnCount');
  }

  /** Runs `format.autofitRows()`: a protected sheet allows it only with `allowFormatRows`. */
  fitRows(): void {
    this.call('format.autofitRows', undefined, '1.2', (target) => {
      const { sheet, rect } = target;
      if (sheet.protection.protected && !sheet.protection.options?.allowFormatRows) {
        throw new FakeOfficeError('AccessDenied', `The sheet "${sheet.name}" is protected.`);
      }
      for (let row = rect.top; row <= rect.bottom; row++) {
        sheet.rowHeights.delete(row);
        sheet.fittedRows.add(row);
      }
    });
  }

  merge(across = false): void {
    this.call('merge', [across], '1.2', (target) => {
      this.checkEditable(target);
      target.sheet.merges.push(rangeA1(target.rect));
    });
  }

  /** The range as a queued argument. */
  describe(): string {
    return this.path;
  }

  /** The range this proxy stands for, when the request runs. */
  rangeTarget(): RangeTarget {
    return this.target();
  }

  /** Sets a format property on every cell (or a column width / row height on whole columns / rows). */
  setFormat(property: string, value: unknown, version: string): void {
    this.set(`format.${property}`, value, version, (target) => {
      if (property === 'columnWidth' && isWholeColumns(target.rect)) {
        for (let col = target.rect.left; col <= target.rect.right; col++) target.sheet.columnWidths.set(col, Number(value));
        return;
      }
      if (property === 'rowHeight' && isWholeRows(target.rect)) {
        for (let row = target.rect.top; row <= target.rect.bottom; row++) target.sheet.rowHeights.set(row, Number(value));
        return;
      }
      if (isWholeColumns(target.rect) || isWholeRows(target.rect)) {
        throw new FakeOfficeError('NotImplemented', `The fake does not format whole rows or columns (${property}).`);
      }
      this.checkEditable(target);
      this.eachCell(target, (cell) => cell.format.set(property, value));
    });
  }

  protected override scalarProperties(): string[] {
    return ['address', 'rowIndex', 'columnIndex', 'rowCount', 'columnCount', 'values', 'formulas', 'numberFormat'];
  }

  protected read(target: RangeTarget, property: string): unknown {
    const { sheet, rect } = target;
    const grid = <V>(of: (cell: FakeCell | undefined) => V): V[][] => {
      if (isWholeColumns(rect) || isWholeRows(rect)) throw new FakeOfficeError('NotImplemented', 'The fake does not load whole rows or columns.');
      return Array.from({ length: rect.bottom - rect.top + 1 }, (_, r) =>
        Array.from({ length: rect.right - rect.left + 1 }, (_, c) => of(sheet.at(rect.top + r, rect.left + c))),
      );
    };
    switch (property) {
      case 'address':
        return `${quoteSheet(sheet.name)}!${rangeA1(rect)}`;
      case 'rowIndex':
        return rect.top - 1;
      case 'columnIndex':
        return rect.left - 1;
      case 'rowCount':
        return rect.bottom - rect.top + 1;
      case 'columnCount':
        return rect.right - rect.left + 1;
      case 'values':
        return grid((cell) => cell?.value ?? '');
      case 'formulas':
        return grid((cell) => cell?.formula ?? cell?.value ?? '');
      case 'numberFormat':
        return grid((cell) => cell?.numberFormat ?? 'General');
      default:
        throw unknownProperty(this.path, property);
    }
  }

  private writeCells(name: 'values' | 'formulas', rows: unknown): void {
    this.set(name, rows, '1.1', (target) =>
      this.eachInput(target, rows, (cell, input) => {
        if (typeof input !== 'string' && typeof input !== 'number' && typeof input !== 'boolean') {
          throw new FakeOfficeError('InvalidArgument', `A cell value must be text, a number or a boolean, not ${JSON.stringify(input)}.`);
        }
        if (typeof input === 'number' && !Number.isFinite(input)) throw new FakeOfficeError('InvalidArgument', 'A number must be finite.');
        const stored = typed(input, cell.numberFormat);
        cell.value = stored.value;
        cell.formula = stored.formula;
      }),
    );
  }

  /** Applies a 2-D input (or one value for every cell); null leaves a cell unchanged. */
  private eachInput(target: RangeTarget, input: unknown, apply: (cell: FakeCell, value: unknown) => void): void {
    this.checkEditable(target);
    const { rect } = target;
    const rows = rect.bottom - rect.top + 1;
    const cols = rect.right - rect.left + 1;
    if (!Array.isArray(input)) {
      if (input !== null) this.eachCell(target, (cell) => apply(cell, input));
      return;
    }
    if (input.length !== rows || input.some((row) => !Array.isArray(row) || row.length !== cols)) {
      throw new FakeOfficeError(
        'InvalidArgument',
        `The number of rows or columns in the input array doesn't match the size or dimensions of the range (${rows}×${cols}).`,
      );
    }
    (input as unknown[][]).forEach((row, r) =>
      row.forEach((value, c) => {
        if (value !== null) apply(target.sheet.at(rect.top + r, rect.left + c, true), value);
      }),
    );
  }

  private eachCell(target: RangeTarget, apply: (cell: FakeCell) => void): void {
    const { rect, sheet } = target;
    for (let row = rect.top; row <= rect.bottom; row++) {
      for (let col = rect.left; col <= rect.right; col++) apply(sheet.at(row, col, true));
    }
  }

  private checkEditable(target: RangeTarget): void {
    if (target.sheet.protection.protected) throw new FakeOfficeError('AccessDenied', `The sheet "${target.sheet.name}" is protected.`);
  }
}

/** `range.format`, `format.font`, `format.fill`, `format.protection`, `format.borders.getItem(…)`. */
class FakeRangeFormat {
  constructor(
    private readonly range: FakeRange,
    readonly path: string,
    private readonly prefix: string,
  ) {}

  private put(property: string, value: unknown, version = '1.1'): void {
    this.range.setFormat(`${this.prefix}${property}`, value, version);
  }

  get font(): FakeRangeFormat {
    return new FakeRangeFormat(this.range, `${this.path}.font`, 'font.');
  }
  get fill(): FakeRangeFormat {
    return new FakeRangeFormat(this.range, `${this.path}.fill`, 'fill.');
  }
  get protection(): FakeRangeFormat {
    return new FakeRangeFormat(this.range, `${this.path}.protection`, 'protection.');
  }
  get borders(): { getItem: (index: string) => FakeRangeFormat } {
    return { getItem: (index) => new FakeRangeFormat(this.range, `${this.path}.borders.getItem(${index})`, `borders.${index}.`) };
  }

  set bold(value: boolean) {
    this.put('bold', value);
  }
  set italic(value: boolean) {
    this.put('italic', value);
  }
  set name(value: string) {
    this.put('name', value);
  }
  set size(value: number) {
    this.put('size', value);
  }
  set color(value: string) {
    this.put('color', value);
  }
  set style(value: string) {
    this.put('style', value);
  }
  set weight(value: string) {
    this.put('weight', value);
  }
  set locked(value: boolean) {
    this.put('locked', value, '1.2');
  }
  set horizontalAlignment(value: string) {
    this.put('horizontalAlignment', value);
  }
  set verticalAlignment(value: string) {
    this.put('verticalAlignment', value);
  }
  set wrapText(value: boolean) {
    this.put('wrapText', value);
  }
  set columnWidth(value: number) {
    this.put('columnWidth', value, '1.2');
  }
  set rowHeight(value: number) {
    this.put('rowHeight', value, '1.2');
  }

  autofitRows(): void {
    this.range.fitRows();
  }
}

class FakeDataValidation extends FakeObject<RangeTarget> {
  set rule(rule: Excel.DataValidationRule) {
    this.set('rule', rule, '1.8', (target) => (this.entry(target).rule = rule));
  }
  set errorAlert(alert: Excel.DataValidationErrorAlert) {
    this.set('errorAlert', alert, '1.8', (target) => (this.entry(target).errorAlert = alert));
  }
  set ignoreBlanks(ignore: boolean) {
    this.set('ignoreBlanks', ignore, '1.8', (target) => (this.entry(target).ignoreBlanks = ignore));
  }

  protected read(_target: RangeTarget, property: string): unknown {
    throw unknownProperty(this.path, property);
  }

  private entry(target: RangeTarget): FakeValidation {
    if (target.sheet.protection.protected) throw new FakeOfficeError('AccessDenied', `The sheet "${target.sheet.name}" is protected.`);
    const range = rangeA1(target.rect);
    let entry = target.sheet.validations.find((v) => v.range === range);
    if (!entry) {
      entry = { range };
      target.sheet.validations.push(entry);
    }
    return entry;
  }
}

// ---------------------------------------------------------------------------------------------
// The fake host

export interface FakeExcelOptions {
  /** Highest ExcelApi requirement set the host supports (default 1.18, Microsoft 365). */
  readonly apiVersion?: string;
  /** The sheets of the workbook when it opens (default one sheet, `Sheet1`). */
  readonly sheets?: readonly string[];
  /** Largest request accepted (default 5 MB, Excel on the web). */
  readonly requestLimit?: number;
}

export class FakeExcel {
  readonly document: FakeDocument;
  readonly apiVersion: string;
  readonly requestLimit: number;
  readonly requests: RequestRecord[] = [];
  readonly loads: LoadRecord[] = [];
  runs = 0;

  constructor(options: FakeExcelOptions = {}) {
    this.apiVersion = options.apiVersion ?? '1.18';
    this.requestLimit = options.requestLimit ?? FAKE_REQUEST_LIMIT;
    this.document = new FakeDocument(options.sheets ?? ['Sheet1']);
  }

  /** `Office.context.requirements.isSetSupported` of this host. */
  readonly isSetSupported = (name: string, version: string): boolean =>
    name === 'ExcelApi' && compareVersions(version, this.apiVersion) <= 0;

  get syncs(): number {
    return this.requests.length;
  }

  record(request: RequestRecord): void {
    this.requests.push(request);
  }

  /** `Excel.run`: a fresh context per batch; what is still queued at the end is synced. */
  readonly run: ExcelRun = async (batch) => {
    this.runs++;
    const context = new FakeContext(this);
    const result = await batch(context as unknown as Excel.RequestContext);
    if (context.pending > 0) await context.sync();
    return result;
  };

  /** Runs `work` and reports the requests it made. */
  async measure<T>(work: () => Promise<T>): Promise<{ result: T; syncs: number; requests: RequestRecord[]; runs: number }> {
    const requestsBefore = this.requests.length;
    const runsBefore = this.runs;
    const result = await work();
    const requests = this.requests.slice(requestsBefore);
    return { result, syncs: requests.length, requests, runs: this.runs - runsBefore };
  }

  sheetNames(): string[] {
    return this.document.sheets.map((s) => s.name);
  }

  sheet(name: string): FakeSheet | undefined {
    return this.document.sheet(name) ?? undefined;
  }

  table(name: string): FakeTable | undefined {
    return this.document.table(name) ?? undefined;
  }
}

/** The `Excel.run` of a fake: what the adapter and a benchmark are given. */
export const countingRun = (fake: FakeExcel): ExcelRun => fake.run;
