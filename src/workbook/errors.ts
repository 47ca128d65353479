/**
 * Typed failures of the workbook adapters. Reading a returned file can fail in two expected ways
 * (the bytes are not a workbook, or a sheet is too large to read safely); the caller turns each
 * into a finding with the code carried here. A bad `SheetSpec` is a bug in our own layout code and
 * fails loudly, in either adapter, before anything is written.
 */
import type { FindingCode } from '../domain/finding';

/** Tệp không đọc được — the bytes are not an `.xlsx` workbook exceljs can open. */
export class WorkbookReadError extends Error {
  readonly code: FindingCode = 'file-unreadable';
  override readonly name = 'WorkbookReadError';

  constructor(
    readonly message_vi: string,
    readonly message_en: string,
    readonly detail?: string,
  ) {
    super(detail ? `${message_en} (${detail})` : message_en);
  }
}

export type LimitKind = 'rows' | 'columns' | 'cells';

/** Tệp quá lớn — a sheet or table is larger than the reader accepts. */
export class WorkbookLimitError extends Error {
  readonly code: FindingCode = 'file-too-large';
  override readonly name = 'WorkbookLimitError';
  readonly message_vi: string;
  readonly message_en: string;

  constructor(
    readonly sheet: string,
    readonly limit: LimitKind,
    readonly found: number,
    readonly allowed: number,
  ) {
    const vi = { rows: 'dòng', columns: 'cột', cells: 'ô' }[limit];
    const en = { rows: 'rows', columns: 'columns', cells: 'cells' }[limit];
    const message_en =
      `Sheet "${sheet}" uses ${found} ${en}, more than the ${allowed} this tool reads. ` +
      'Delete the unused rows and columns (or send only the template sheets) and submit the file again.';
    super(message_en);
    this.message_en = message_en;
    this.message_vi =
      `Trang tính "${sheet}" có ${found} ${vi}, ` +
      `vượt quá giới hạn ${allowed} ${vi} mà công cụ đọc được. ` +
      'Đề nghị xóa các dòng, cột không dùng (hoặc chỉ gửi các trang tính của biểu mẫu) ' +
      'rồi gửi lại tệp.';
  }
}

/** A `SheetSpec` that Excel would reject or "repair" — a programming error in the layout. */
export class WorkbookSpecError extends Error {
  override readonly name = 'WorkbookSpecError';

  constructor(
    readonly sheet: string,
    problem: string,
  ) {
    super(`Sheet "${sheet}": ${problem}`);
  }
}
