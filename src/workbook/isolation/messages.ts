/**
 * What the officer is told when a returned file brought down the worker reading it: the file ran
 * the worker out of memory, took longer than the time allowed, or crashed it. One failure → one
 * finding on that file, Vietnamese first, saying what to ask the sending agency for. And when no
 * worker could start at all: a fault of the tool, not of any file.
 */
import type { Finding } from '../../domain/finding';

export type WorkerFailure =
  | { readonly kind: 'out-of-memory'; readonly limitMb: number | null }
  | { readonly kind: 'timeout'; readonly seconds: number }
  | { readonly kind: 'crashed'; readonly detail: string };

const RESEND_VI =
  'Đề nghị cơ quan mở biểu mẫu đã gửi bằng Excel, chỉ điền vào các trang tính của biểu mẫu (không chép thêm trang tính, hình ảnh), ' +
  'xóa các dòng, cột không dùng, lưu lại (File > Save As > Excel Workbook *.xlsx) rồi gửi lại.';
const RESEND_EN =
  'Ask the agency to open the form it was sent in Excel, fill in only the form’s sheets (no extra sheets or pictures), ' +
  'delete the unused rows and columns, save it again (File > Save As > Excel Workbook *.xlsx) and send it again.';

export function workerFailureFinding(failure: WorkerFailure, fileName: string): Finding {
  const place = { where: fileName, file: fileName };
  switch (failure.kind) {
    case 'out-of-memory': {
      const limit = failure.limitMb === null ? { vi: '', en: '' } : { vi: ` (${failure.limitMb} MB)`, en: ` (${failure.limitMb} MB)` };
      return {
        code: 'file-too-large',
        severity: 'error',
        ...place,
        ...(failure.limitMb === null ? {} : { expected: `≤ ${failure.limitMb} MB` }),
        message_vi: `Tệp quá lớn hoặc quá phức tạp: đọc tệp cần nhiều hơn bộ nhớ cho phép${limit.vi} nên đã dừng. ${RESEND_VI}`,
        message_en: `The file is too large or too complex: reading it needed more than the memory allowed${limit.en}, and was stopped. ${RESEND_EN}`,
      };
    }
    case 'timeout':
      return {
        code: 'file-unreadable',
        severity: 'error',
        ...place,
        expected: `≤ ${failure.seconds} s`,
        message_vi: `Tệp quá phức tạp hoặc hỏng; xử lý quá thời gian (hơn ${failure.seconds} giây) nên đã dừng đọc tệp. ${RESEND_VI}`,
        message_en: `The file is too complex or damaged; reading it took too long (over ${failure.seconds} seconds) and was stopped. ${RESEND_EN}`,
      };
    case 'crashed':
      return {
        code: 'file-unreadable',
        severity: 'error',
        ...place,
        found: failure.detail,
        message_vi: `Tệp quá phức tạp hoặc hỏng; trình đọc tệp bị dừng đột ngột khi xử lý. ${RESEND_VI}`,
        message_en: `The file is too complex or damaged; the reader stopped abruptly while processing it. ${RESEND_EN}`,
      };
  }
}

export const WORKER_NOT_STARTED = {
  vi: 'Không khởi động được bộ phận đọc tệp báo cáo nên chưa đọc được tệp nào. Hãy tải lại ngăn tác vụ hoặc chạy lại lệnh; nếu vẫn lỗi, hãy báo cho người phụ trách kỹ thuật.',
  en: 'The part of the tool that reads returned files could not start, so no file was read. Reload the task pane or run the command again; if this persists, tell your technical support.',
} as const;
