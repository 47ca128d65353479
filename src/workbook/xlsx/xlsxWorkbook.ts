/**
 * The `.xlsx` adapter of the workbook port, on exceljs. Bytes in, bytes out (ArrayBuffer), no
 * `fs` and no Node `Buffer`, so the same code runs in the CLI and in the browser.
 */
import ExcelJS, { type Workbook, type WorkbookView, type Worksheet } from 'exceljs';
import { parseSheetRef } from '../address';
import { WorkbookReadError, WorkbookSpecError } from '../errors';
import { excelNameKey as key, findNamed } from '../names';
import type { SheetGrid, SheetInfo, SheetSpec, TableData, WorkbookFile } from '../port';
import { checkSpecs, type ExistingSheet } from '../specChecks';
import { getOrderNo, setOrderNo, tableModels, type TableModel } from './excelInternals';
import { resolveLimits, type WorkbookLimits } from './limits';
import { ListsSheet } from './listsSheet';
import { repairLoadedTables } from './loadedTables';
import { readGrid, readTable, sheetState } from './sheetReader';
import { writeSheet } from './sheetWriter';

export { DEFAULT_LIMITS, type WorkbookLimits } from './limits';

export interface XlsxOptions {
  /** Size guards for reads; defaults in `DEFAULT_LIMITS`. */
  readonly limits?: Partial<WorkbookLimits>;
}

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
/** Compound File header: an `.xlsx` with a password to open, or a legacy `.xls`. */
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0];

const startsWith = (bytes: Uint8Array, magic: readonly number[]): boolean => magic.every((b, i) => bytes[i] === b);

const notXlsx = (detail?: string): WorkbookReadError =>
  new WorkbookReadError(
    'Tệp không phải là bảng tính Excel (.xlsx) hoặc đã bị hỏng. ' +
      'Đề nghị mở tệp bằng Excel, lưu lại dưới dạng "Excel Workbook (*.xlsx)" rồi gửi lại.',
    'The file is not an Excel workbook (.xlsx) or it is damaged. ' +
      'Open it in Excel, save it as "Excel Workbook (*.xlsx)" and submit it again.',
    detail,
  );

const encryptedOrXls = (): WorkbookReadError =>
  new WorkbookReadError(
    'Tệp có mật khẩu mở tệp hoặc là định dạng Excel cũ (.xls). ' +
      'Đề nghị gỡ mật khẩu mở tệp, lưu lại dưới dạng "Excel Workbook (*.xlsx)" rồi gửi lại.',
    'The file has a password to open or is an old Excel format (.xls). ' +
      'Remove the password, save it as "Excel Workbook (*.xlsx)" and submit it again.',
  );

/** exceljs 4.4 cannot read these filters of a table or sheet filter; it stops reading the file. */
const UNREADABLE_FILTER = /"name":"(top10|colorFilter|dynamicFilter|iconFilter)"/;

const filterUnreadable = (detail: string): WorkbookReadError =>
  new WorkbookReadError(
    'Tệp có bộ lọc (lọc theo màu, Top 10, theo ngày…) mà công cụ chưa đọc được. ' +
      'Đề nghị bỏ lọc ở mọi bảng (Data › Clear; Excel tiếng Việt: Dữ liệu › Xóa) rồi lưu và gửi lại tệp.',
    'The file has a filter (by colour, Top 10, by date…) this tool cannot read yet. ' +
      'Clear the filters of every table (Data › Clear), then save and submit the file again.',
    detail,
  );

const toBytes = (data: ArrayBuffer | Uint8Array): Uint8Array =>
  ArrayBuffer.isView(data) ? new Uint8Array(data.buffer, data.byteOffset, data.byteLength) : new Uint8Array(data);

/** A standalone ArrayBuffer holding exactly the written bytes (Node's Buffer shares a pool). */
function toArrayBuffer(written: ArrayBuffer | Uint8Array): ArrayBuffer {
  const bytes = toBytes(written);
  const copy = new Uint8Array(bytes.byteLength);
  copy.set(bytes);
  return copy.buffer;
}

class XlsxWorkbook implements WorkbookFile {
  constructor(
    private readonly workbook: Workbook,
    private readonly limits: WorkbookLimits,
  ) {}

  async listSheets(): Promise<readonly SheetInfo[]> {
    return this.workbook.worksheets.map((ws) => ({ name: ws.name, state: sheetState(ws) }));
  }

  async readSheet(name: string): Promise<SheetGrid | null> {
    const ws = this.find(name);
    return ws ? readGrid(ws, this.limits) : null;
  }

  async readTables(names: readonly string[]): Promise<Readonly<Record<string, TableData | null>>> {
    const tables = new Map<string, { ws: Worksheet; table: TableModel }>();
    for (const ws of this.workbook.worksheets) {
      for (const table of tableModels(ws)) tables.set(key(table.name), { ws, table });
    }
    const result: Record<string, TableData | null> = {};
    for (const name of names) {
      const found = tables.get(key(name));
      result[name] = found ? readTable(found.ws, found.table, this.limits) : null;
    }
    return result;
  }

  async writeSheets(specs: readonly SheetSpec[], remove: readonly string[] = []): Promise<void> {
    checkSpecs(specs, remove, this.existingSheets());
    const lists = new ListsSheet(this.workbook);
    for (const spec of specs) {
      // A replaced sheet keeps its place in the tab bar.
      const old = this.find(spec.name);
      const orderNo = old ? getOrderNo(old) : undefined;
      if (old) this.workbook.removeWorksheet(old.id);
      const ws = this.workbook.addWorksheet(spec.name);
      if (orderNo !== undefined) setOrderNo(ws, orderNo);
      await writeSheet(ws, spec, (values) => lists.sourceFor(values));
    }
    for (const name of remove) {
      const ws = this.find(name);
      if (ws) this.removeSheet(ws);
    }
    await this.keepListsLast(lists);
    this.selectFirstVisibleSheet();
  }

  async toArrayBuffer(): Promise<ArrayBuffer> {
    if (!this.workbook.worksheets.some((ws) => sheetState(ws) === 'visible')) {
      throw new WorkbookSpecError('', 'a workbook needs at least one visible sheet');
    }
    // Formulas are written without cached results: have Excel compute them when it opens the file.
    this.workbook.calcProperties = { ...this.workbook.calcProperties, fullCalcOnLoad: true };
    return toArrayBuffer(await this.workbook.xlsx.writeBuffer());
  }

  private find(name: string): Worksheet | undefined {
    return findNamed(this.workbook.worksheets, name);
  }

  private existingSheets(): ExistingSheet[] {
    return this.workbook.worksheets.map((ws) => ({
      name: ws.name,
      state: sheetState(ws),
      tableNames: tableModels(ws).map((t) => t.name),
    }));
  }

  /** Removes a sheet and the defined names that point into it (they would become #REF!). */
  private removeSheet(ws: Worksheet): void {
    const gone = key(ws.name);
    this.workbook.removeWorksheet(ws.id);
    const names = this.workbook.definedNames;
    names.model = names.model
      .map((n) => ({ ...n, ranges: n.ranges.filter((r) => key(parseSheetRef(r)?.sheet ?? '') !== gone) }))
      .filter((n) => n.ranges.length > 0);
  }

  private async keepListsLast(lists: ListsSheet): Promise<void> {
    const ws = lists.worksheet;
    if (!ws) return;
    setOrderNo(ws, Math.max(...this.workbook.worksheets.map(getOrderNo)) + 1);
    await ws.protect('', { selectLockedCells: true, selectUnlockedCells: true });
  }

  /** Excel must open on a visible sheet, with only that tab selected. */
  private selectFirstVisibleSheet(): void {
    const sheets = this.workbook.worksheets;
    // exceljs leaves `views` unset on a workbook read from a file that has none.
    const [view]: (Partial<WorkbookView> | undefined)[] = this.workbook.views ?? [];
    const current = view?.activeTab ?? 0;
    const isVisible = (ws: Worksheet | undefined): boolean => ws !== undefined && sheetState(ws) === 'visible';
    const active = isVisible(sheets[current]) ? current : sheets.findIndex(isVisible);
    const window = { x: 0, y: 0, width: 12000, height: 24000, visibility: 'visible' };
    this.workbook.views = [{ ...window, ...view, firstSheet: 0, activeTab: active }];
    sheets.forEach((ws, i) => {
      const views = ws.views?.length ? ws.views : [{}];
      ws.views = views.map((v) => ({ ...v, tabSelected: i === active }));
    });
  }
}

/** Opens `.xlsx` bytes; anything else is rejected with WorkbookReadError. */
export async function openXlsx(data: ArrayBuffer | Uint8Array, options: XlsxOptions = {}): Promise<WorkbookFile> {
  const limits = resolveLimits(options.limits);
  const bytes = toBytes(data);
  if (startsWith(bytes, OLE_MAGIC)) throw encryptedOrXls();
  if (!startsWith(bytes, ZIP_MAGIC)) throw notXlsx();
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs types the input as Node's Buffer; JSZip reads any Uint8Array.
    await workbook.xlsx.load(bytes as unknown as Parameters<Workbook['xlsx']['load']>[0]);
    workbook.worksheets.forEach(repairLoadedTables);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw UNREADABLE_FILTER.test(detail) ? filterUnreadable(detail) : notXlsx(detail);
  }
  if (workbook.worksheets.length === 0) throw notXlsx('no worksheet');
  return new XlsxWorkbook(workbook, limits);
}

/** A new, empty workbook; give it sheets with `writeSheets`. */
export function createXlsx(options: XlsxOptions = {}): WorkbookFile {
  return new XlsxWorkbook(new ExcelJS.Workbook(), resolveLimits(options.limits));
}
