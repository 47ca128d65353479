/**
 * The Office.js adapter of the workbook port: the workbook open in Excel. Every port method is one
 * `Excel.run` with a bounded number of `context.sync()` calls, whatever the number of rows — on
 * Excel on the web each sync is a network round trip:
 * - `listSheets`, `readSheet`, `readTables`: one sync each;
 * - `writeSheets`: one sync to see what the workbook holds, then the write in as few requests as
 *   the byte budget allows (one for ordinary plans; more only when the data's bytes exceed it).
 * Office errors are rethrown as OfficeWorkbookError; a bad SheetSpec fails before anything is written.
 */
import { LISTS_SHEET } from '../lists';
import { excelNameKey as key } from '../names';
import type { SheetGrid, SheetInfo, SheetSpec, TableData, WorkbookPort } from '../port';
import { checkSpecs, type ExistingSheet } from '../specChecks';
import { Degradations } from './degradations';
import { OfficeListsSheet } from './listsSheet';
import { excelTooOld, toWorkbookError } from './officeErrors';
import { DEFAULT_REQUEST_BUDGET, RequestBudget } from './requestBudget';
import { MINIMUM_EXCEL_API, detectFeatures, minimumExcelOnly, type ExcelFeatures, type IsSetSupported } from './requirements';
import { sendRequests } from './sendRequests';
import { sheetInfo, sheetState, toSheetGrid, toTableData } from './sheetReader';
import { planSheet, type PlanEnvironment } from './sheetWriter';
import { WritePlan, type LoadedSheet } from './writePlan';

/** `Excel.run` in production; a test double in tests. */
export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

export interface OfficeWorkbookOptions {
  /** `Office.context.requirements.isSetSupported`; without it only ExcelApi 1.7 is assumed. */
  readonly isSetSupported?: IsSetSupported;
  /** Told, once per feature and write, what was left out because Excel is too old for it. */
  readonly onDegraded?: (message_vi: string, message_en: string) => void;
  /** Bytes of JSON one request may carry (default 4 MB; Excel on the web refuses over 5 MB). */
  readonly requestBudget?: number;
}

/** Values are written in chunks of a quarter of the budget, so that chunks pack into full requests. */
const CHUNKS_PER_REQUEST = 4;

class OfficeWorkbook implements WorkbookPort {
  constructor(
    private readonly run: ExcelRun,
    private readonly features: ExcelFeatures,
    private readonly budget: number,
    private readonly onDegraded: (message_vi: string, message_en: string) => void,
  ) {}

  listSheets(): Promise<readonly SheetInfo[]> {
    return this.batch(async (context) => {
      const sheets = context.workbook.worksheets.load('items/name, items/visibility');
      await context.sync();
      return sheets.items.map(sheetInfo);
    });
  }

  readSheet(name: string): Promise<SheetGrid | null> {
    return this.batch(async (context) => {
      const sheet = context.workbook.worksheets.getItemOrNullObject(name).load('name, visibility');
      const protection = sheet.protection.load('protected');
      const used = sheet.getUsedRangeOrNullObject(true).load('values, formulas, numberFormat, rowIndex, columnIndex');
      await context.sync();
      if (sheet.isNullObject) return null;
      return toSheetGrid(sheetInfo(sheet), used.isNullObject ? null : used, protection.protected);
    });
  }

  readTables(names: readonly string[]): Promise<Readonly<Record<string, TableData | null>>> {
    return this.batch(async (context) => {
      const loads = new Map<string, TableLoad>();
      for (const name of names) if (!loads.has(key(name))) loads.set(key(name), loadTable(context, name));
      await context.sync();
      return Object.fromEntries(names.map((name) => [name, tableData(loads.get(key(name)))]));
    });
  }

  writeSheets(specs: readonly SheetSpec[], remove: readonly string[] = []): Promise<void> {
    return this.batch(async (context) => {
      const worksheets = context.workbook.worksheets;
      // Request 1: what the workbook holds, and the drop-down lists already written.
      const sheets = worksheets.load('items/name, items/visibility');
      const tables = context.workbook.tables.load('items/name, items/worksheet/name');
      const listsUsed = this.features.dataValidation
        ? worksheets.getItemOrNullObject(LISTS_SHEET).getUsedRangeOrNullObject(true).load('values, rowIndex, columnIndex')
        : null;
      await context.sync();

      const existing: readonly LoadedSheet[] = sheets.items.map((s) => ({ name: s.name, visibility: s.visibility }));
      checkSpecs(specs, remove, existingSheets(existing, tables.items));

      const lists = new OfficeListsSheet(listsUsed && !listsUsed.isNullObject ? listsUsed : null);
      const degradations = new Degradations();
      const plan = new WritePlan(worksheets, existing, specs, remove, lists);
      const env: PlanEnvironment = {
        features: this.features,
        chunkBytes: Math.floor(this.budget / CHUNKS_PER_REQUEST),
        listRange: (values) => lists.rangeFor(values),
        degrade: degradations.record,
      };
      // Content is planned first: it decides which lists `_lists` must get.
      const content = specs.flatMap((spec) => planSheet(plan.sheetRef(spec.name), spec, env));
      const steps = [...plan.structure(), ...plan.listSteps(), ...content, ...plan.finish()];
      await sendRequests(context, steps, this.budget, this.features);
      degradations.report(this.onDegraded);
    });
  }

  private async batch<T>(work: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
    try {
      return await this.run(work);
    } catch (error) {
      throw toWorkbookError(error);
    }
  }
}

/** A table's proxies, loaded in the one sync of `readTables`. */
interface TableLoad {
  readonly table: Excel.Table;
  readonly sheet: Excel.Worksheet;
  readonly header: Excel.Range;
  readonly body: Excel.Range;
}

function loadTable(context: Excel.RequestContext, name: string): TableLoad {
  const table = context.workbook.tables.getItemOrNullObject(name).load('name');
  return {
    table,
    sheet: table.worksheet.load('name'),
    header: table.getHeaderRowRange().load('values, address'),
    // Formats only to recognise dates; formulas are not needed in a table read.
    body: table.getDataBodyRange().load('values, numberFormat'),
  };
}

function tableData(load: TableLoad | undefined): TableData | null {
  if (!load || load.table.isNullObject) return null;
  return toTableData({
    name: load.table.name,
    sheet: load.sheet.name,
    headerAddress: load.header.address,
    headers: load.header.values,
    values: load.body.values,
    numberFormat: load.body.numberFormat,
  });
}

function existingSheets(sheets: readonly LoadedSheet[], tables: readonly Excel.Table[]): ExistingSheet[] {
  return sheets.map((sheet) => ({
    name: sheet.name,
    state: sheetState(sheet.visibility),
    tableNames: tables.filter((t) => key(t.worksheet.name) === key(sheet.name)).map((t) => t.name),
  }));
}

/**
 * The port over the workbook open in Excel. `run` is `Excel.run` (or a test double); Excel older
 * than ExcelApi 1.7 is refused with OfficeWorkbookError.
 */
export function createOfficeWorkbook(run: ExcelRun, options: OfficeWorkbookOptions = {}): WorkbookPort {
  const isSetSupported = options.isSetSupported ?? minimumExcelOnly;
  if (!isSetSupported('ExcelApi', MINIMUM_EXCEL_API)) throw excelTooOld();
  const budget = RequestBudget.parse(options.requestBudget ?? DEFAULT_REQUEST_BUDGET);
  return new OfficeWorkbook(run, detectFeatures(isSetSupported), budget, options.onDegraded ?? (() => undefined));
}
