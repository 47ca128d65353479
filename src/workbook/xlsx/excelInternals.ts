/**
 * The parts of exceljs 4.4 that its typings leave out but the adapter needs: sheet order, table
 * models, the data-validation map and sheet protection. Kept in one place so that an exceljs
 * upgrade has one file to check.
 */
import type { DataValidation, Worksheet } from 'exceljs';

export interface TableColumnModel {
  name: string;
  filterButton?: boolean;
}

export interface TableStyleModel {
  theme?: string | null;
  showFirstColumn?: boolean;
  showLastColumn?: boolean;
  showRowStripes?: boolean;
  showColumnStripes?: boolean;
}

/** A table as exceljs holds it: `tableRef` spans header, data and totals rows. */
export interface TableModel {
  name: string;
  tableRef?: string;
  autoFilterRef?: string;
  headerRow: boolean;
  totalsRow: boolean;
  columns: TableColumnModel[];
  style?: TableStyleModel;
}

interface WorksheetInternals {
  orderNo: number;
  tables: Record<string, { model: TableModel }>;
  dataValidations: { model: Record<string, DataValidation | undefined> };
  sheetProtection: { sheet?: boolean; hashValue?: string; algorithmName?: string } | null;
}

const internals = (ws: Worksheet): WorksheetInternals => ws as unknown as WorksheetInternals;

/** Position in the tab bar; exceljs sorts sheets by it when writing. */
export const getOrderNo = (ws: Worksheet): number => internals(ws).orderNo;
export const setOrderNo = (ws: Worksheet, orderNo: number): void => {
  internals(ws).orderNo = orderNo;
};

export const tableModels = (ws: Worksheet): TableModel[] => Object.values(internals(ws).tables).map((t) => t.model);

export const removeTable = (ws: Worksheet, name: string): void => {
  delete internals(ws).tables[name];
};

/** Adds one validation to a whole range: exceljs writes the range as one `sqref`. */
export const addValidation = (ws: Worksheet, range: string, validation: DataValidation): void => {
  internals(ws).dataValidations.model[range] = validation;
};

export const sheetProtection = (ws: Worksheet): WorksheetInternals['sheetProtection'] => internals(ws).sheetProtection;
