/**
 * Lỗi từ Excel — a failure reported by Office.js, rethrown with its Office error code and a message
 * telling the officer what to do. Nothing is swallowed: our own errors (a bad SheetSpec) and
 * programming errors pass through unchanged.
 */
import { WorkbookSpecError } from '../errors';

interface Advice {
  readonly vi: string;
  readonly en: string;
}

const TOO_LARGE: Advice = {
  vi: 'Dữ liệu quá lớn để Excel xử lý trong một lần. Đề nghị xóa các dòng, cột không dùng trong trang tính, hoặc dùng công cụ dòng lệnh plan-tracker với tệp .xlsx.',
  en: 'The data is too large for Excel to handle at once. Delete unused rows and columns from the sheet, or use the plan-tracker command-line tool on the .xlsx file.',
};

/** Advice by Office error code (`OfficeExtension.Error.code`). */
const ADVICE: Readonly<Record<string, Advice>> = {
  InvalidOperationInCellEditMode: {
    vi: 'Excel đang ở chế độ sửa ô. Đề nghị nhấn Enter hoặc Esc để kết thúc việc sửa ô rồi thực hiện lại.',
    en: 'Excel is in cell-editing mode. Press Enter or Esc to finish editing the cell, then try again.',
  },
  AccessDenied: {
    vi: 'Excel không cho phép thay đổi tệp (tệp chỉ đọc, hoặc cấu trúc bảng tính đang được bảo vệ). Đề nghị mở tệp ở chế độ chỉnh sửa, bỏ bảo vệ cấu trúc bảng tính (Xem lại > Bảo vệ Sổ làm việc) rồi thực hiện lại.',
    en: 'Excel does not allow changes to the file (it is read-only, or the workbook structure is protected). Open the file for editing, unprotect the workbook structure (Review > Protect Workbook), then try again.',
  },
  ItemNotFound: {
    vi: 'Không tìm thấy trang tính hoặc bảng cần dùng; có thể đã bị xóa hoặc đổi tên trong lúc thực hiện. Đề nghị kiểm tra tên trang tính, bảng rồi thực hiện lại.',
    en: 'A sheet or table that is needed was not found; it may have been deleted or renamed meanwhile. Check the sheet and table names, then try again.',
  },
  ItemAlreadyExists: {
    vi: 'Tên trang tính hoặc tên bảng đã có trong tệp. Đề nghị đổi tên hoặc xóa trang tính, bảng trùng tên rồi thực hiện lại.',
    en: 'A sheet or table with that name already exists in the file. Rename or delete the one with the same name, then try again.',
  },
  RequestPayloadSizeLimitExceeded: TOO_LARGE,
  ResponsePayloadSizeLimitExceeded: TOO_LARGE,
  RangeExceedsLimit: TOO_LARGE,
  OperationCellsExceedLimit: TOO_LARGE,
  ApiNotFound: {
    vi: 'Phiên bản Excel này không hỗ trợ chức năng cần dùng. Đề nghị cập nhật Office (Excel 2019, Microsoft 365 hoặc Excel trên web) rồi thực hiện lại.',
    en: 'This version of Excel does not support a feature that is needed. Update Office (Excel 2019, Microsoft 365 or Excel on the web), then try again.',
  },
  RequestAborted: {
    vi: 'Yêu cầu tới Excel bị gián đoạn. Đề nghị kiểm tra kết nối mạng rồi thực hiện lại.',
    en: 'The request to Excel was interrupted. Check the network connection, then try again.',
  },
  ActivityLimitReached: {
    vi: 'Excel đang bận xử lý quá nhiều yêu cầu. Đề nghị chờ một phút rồi thực hiện lại.',
    en: 'Excel is busy with too many requests. Wait a minute, then try again.',
  },
};

const fallbackAdvice = (code: string): Advice => ({
  vi: `Excel báo lỗi khi thực hiện (mã lỗi ${code}). Đề nghị lưu tệp rồi thực hiện lại; nếu vẫn lỗi, gửi mã lỗi này cho bộ phận hỗ trợ.`,
  en: `Excel reported an error (code ${code}). Save the file and try again; if it happens again, send this code to support.`,
});

/** Thao tác trên Excel thất bại — an Office.js error, with what the officer should do. */
export class OfficeWorkbookError extends Error {
  override readonly name = 'OfficeWorkbookError';

  constructor(
    /** The Office error code, e.g. `ItemNotFound`, `InvalidOperationInCellEditMode`. */
    readonly code: string,
    readonly message_vi: string,
    readonly message_en: string,
    /** Office's own message and where it failed, for support. */
    readonly detail?: string,
  ) {
    super(detail ? `${message_en} (${detail})` : message_en);
  }
}

export const excelTooOld = (): OfficeWorkbookError =>
  new OfficeWorkbookError(
    'ExcelApiTooOld',
    'Phiên bản Excel này quá cũ để chạy tiện ích (cần Excel 2019, Microsoft 365 hoặc Excel trên web). Đề nghị cập nhật Office, hoặc dùng công cụ dòng lệnh plan-tracker với tệp .xlsx.',
    'This version of Excel is too old for the add-in (Excel 2019, Microsoft 365 or Excel on the web is needed). Update Office, or use the plan-tracker command-line tool on the .xlsx file.',
  );

/** The shape of `OfficeExtension.Error`: a string code, a message, and where it failed. */
interface OfficeErrorLike {
  readonly code: string;
  readonly message?: string;
  readonly debugInfo?: { readonly errorLocation?: string; readonly message?: string };
}

const isOfficeError = (error: unknown): error is OfficeErrorLike =>
  error instanceof Error && typeof (error as { code?: unknown }).code === 'string';

/** The error to throw for what Office.js (or our own code) threw. */
export function toWorkbookError(error: unknown): unknown {
  if (error instanceof OfficeWorkbookError || error instanceof WorkbookSpecError || !isOfficeError(error)) return error;
  const advice = ADVICE[error.code] ?? fallbackAdvice(error.code);
  const location = error.debugInfo?.errorLocation;
  const detail = [error.message, location && `at ${location}`].filter(Boolean).join(' ');
  return new OfficeWorkbookError(error.code, advice.vi, advice.en, detail || undefined);
}
