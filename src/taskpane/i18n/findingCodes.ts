/**
 * Tên các loại phát hiện — a short name for each finding code, for the filter and the group
 * headings. The findings' own messages say what is wrong and what to do; these only name the kind.
 */
import type { FindingCode } from '../../domain/finding';
import type { Bilingual } from './language';

const FINDING_CODE_NAMES: Readonly<Record<FindingCode, Bilingual>> = {
  'file-unreadable': { vi: 'Tệp không đọc được', en: 'File unreadable' },
  'file-too-large': { vi: 'Tệp quá lớn', en: 'File too large' },
  'not-a-template': { vi: 'Không phải biểu mẫu', en: 'Not a template' },
  'wrong-plan': { vi: 'Sai kế hoạch', en: 'Wrong plan' },
  'wrong-agency': { vi: 'Sai cơ quan', en: 'Wrong agency' },
  'wrong-period': { vi: 'Sai kỳ báo cáo', en: 'Wrong period' },
  'stale-template': { vi: 'Biểu mẫu cũ', en: 'Outdated template' },
  'missing-sheet': { vi: 'Thiếu trang tính', en: 'Missing sheet' },
  'missing-column': { vi: 'Thiếu cột', en: 'Missing column' },
  'duplicate-id': { vi: 'Trùng mã', en: 'Duplicate id' },
  'unknown-id': { vi: 'Mã không có trong kế hoạch', en: 'Unknown id' },
  'missing-row': { vi: 'Thiếu dòng', en: 'Missing row' },
  'altered-locked-cell': { vi: 'Sửa ô của kế hoạch', en: 'Plan cell altered' },
  'invalid-enum': { vi: 'Giá trị ngoài danh sách', en: 'Value not in the list' },
  'invalid-number': { vi: 'Số không đọc được', en: 'Invalid number' },
  'out-of-range': { vi: 'Ngoài giới hạn', en: 'Out of range' },
  'invalid-date': { vi: 'Ngày không đọc được', en: 'Invalid date' },
  'inconsistent-status': { vi: 'Tình trạng không khớp', en: 'Inconsistent status' },
  'formula-injection': { vi: 'Công thức trong ô', en: 'Formula in a cell' },
  'empty-required': { vi: 'Bỏ trống ô bắt buộc', en: 'Required cell empty' },
  'zip-bomb': { vi: 'Tệp nén bất thường', en: 'Abnormal compression' },
  encrypted: { vi: 'Tệp có mật khẩu', en: 'Password-protected file' },
  'legacy-format': { vi: 'Định dạng Excel cũ', en: 'Old Excel format' },
  'macro-present': { vi: 'Tệp có macro', en: 'File with macros' },
  'external-link': { vi: 'Liên kết tới tệp khác', en: 'Link to another file' },
  'too-many-cells': { vi: 'Quá nhiều ô', en: 'Too many cells' },
  'cell-too-long': { vi: 'Ô quá dài', en: 'Cell too long' },
  'xml-doctype': { vi: 'Nội dung tệp bất thường', en: 'Abnormal file content' },
  'schema-invalid': { vi: 'Sai cấu trúc', en: 'Malformed data' },
  'unknown-agency': { vi: 'Cơ quan không nhận ra', en: 'Unknown agency' },
  'ambiguous-agency': { vi: 'Tên cơ quan chưa rõ', en: 'Ambiguous agency' },
  'invalid-time-frame': { vi: 'Thời gian thực hiện không đọc được', en: 'Invalid time frame' },
  'total-mismatch': { vi: 'Tổng không khớp', en: 'Total mismatch' },
  'count-mismatch': { vi: 'Số lượng không khớp', en: 'Count mismatch' },
  'date-before-document': { vi: 'Ngày trước ngày ban hành', en: 'Date before the document' },
  'unknown-reference': { vi: 'Tham chiếu không tồn tại', en: 'Unknown reference' },
  'merged-cell-gap': { vi: 'Ô gộp bị trống', en: 'Merged cell gap' },
};

/** The code's name; a code the pane does not know yet is shown as it is. */
export function findingCodeName(code: string): Bilingual {
  return (FINDING_CODE_NAMES as Readonly<Record<string, Bilingual>>)[code] ?? { vi: code, en: code };
}
