/** Sổ theo dõi — the workbook the pane works on: the one open in Excel, or a file held in memory. */
import type { WorkbookFile, WorkbookPort } from '../../workbook/port';

export type Master =
  | { readonly kind: 'excel'; readonly port: WorkbookPort }
  | { readonly kind: 'file'; readonly port: WorkbookFile; readonly fileName: string };
