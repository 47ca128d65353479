/**
 * What the gate tells the officer: one problem found in the bytes → one finding, Vietnamese first,
 * saying what to ask the sending agency for. The gate's checks speak in `GateProblem`s so that the
 * wording lives here alone.
 */
import type { Severity } from '../../domain/finding';
import { formatVnNumber } from '../../domain/vn/number';
import type { Finding } from '../../domain/finding';

/** What a non-workbook file looks like, judged from its first bytes. */
export type LookAlike = 'html' | 'csv' | 'text' | 'office-document' | 'opendocument' | 'zip-archive' | 'unknown';

/** Why a part name is refused: read twice, outside the package, or with control characters. */
export type UnsafeNameReason = 'duplicate' | 'parent' | 'absolute' | 'control';

export type GateProblem =
  | { readonly kind: 'empty' }
  | { readonly kind: 'looks-like'; readonly what: LookAlike }
  | { readonly kind: 'damaged'; readonly detail: string }
  | { readonly kind: 'unsafe-name'; readonly name: string; readonly why: UnsafeNameReason }
  | { readonly kind: 'no-inflater' }
  | { readonly kind: 'file-too-large'; readonly bytes: number; readonly limit: number }
  | { readonly kind: 'zip-bomb'; readonly found: string; readonly expected: string }
  | { readonly kind: 'encrypted' }
  | { readonly kind: 'legacy'; readonly what: 'xls' | 'xml-2003' }
  | { readonly kind: 'macro'; readonly part: string }
  | { readonly kind: 'external-link'; readonly part: string }
  | { readonly kind: 'dimension'; readonly part: string; readonly ref: string; readonly cells: number }
  | { readonly kind: 'cell-count'; readonly part: string; readonly cells: number; readonly limit: number }
  | { readonly kind: 'outside-grid'; readonly part: string; readonly ref: string }
  | { readonly kind: 'columns-outside-grid'; readonly part: string; readonly columns: string }
  | { readonly kind: 'merged'; readonly part: string; readonly cells: number; readonly limit: number }
  | { readonly kind: 'ranges'; readonly part: string; readonly what: 'validations' | 'names'; readonly cells: number; readonly limit: number }
  | {
      readonly kind: 'long-text';
      readonly part: string;
      readonly cell?: string;
      readonly length: number;
      readonly limit: number;
    }
  | { readonly kind: 'long-formula'; readonly part: string; readonly cell?: string; readonly length: number; readonly limit: number }
  | { readonly kind: 'doctype'; readonly part: string };

/** Where the problem is: the file, and the sheet when the problem is inside one. */
export type Place = { readonly fileName: string; readonly sheet?: string };

type Wording = {
  code: Finding['code'];
  severity: Severity;
  vi: string;
  en: string;
  found?: string;
  expected?: string;
  cell?: string;
};

const MiB = 1024 * 1024;
const enNumber = (n: number): string => n.toLocaleString('en-US');
const viMegabytes = (bytes: number): string => `${formatVnNumber(Math.round((bytes / MiB) * 10) / 10)} MB`;
const enMegabytes = (bytes: number): string => `${Math.round((bytes / MiB) * 10) / 10} MB`;

const RESAVE_VI = 'Đề nghị cơ quan mở biểu mẫu bằng Excel, lưu lại (File > Save As > Excel Workbook *.xlsx) rồi gửi lại.';
const RESAVE_EN = 'Ask the agency to open the form in Excel, save it again (File > Save As > Excel Workbook *.xlsx) and send it again.';
const DAMAGED_VI = 'Tệp bị hỏng hoặc bị chỉnh sửa nên không đọc được. ';
const DAMAGED_EN = 'The file is damaged or has been altered and cannot be read. ';

const LOOK_ALIKE: Record<LookAlike, { vi: string; en: string }> = {
  html: {
    vi: 'Tệp thực chất là trang web (HTML) được đổi đuôi thành tệp Excel. ',
    en: 'The file is really a web page (HTML) renamed as an Excel file. ',
  },
  csv: {
    vi: 'Tệp thực chất là văn bản phân tách bằng dấu phẩy (CSV) được đổi đuôi thành tệp Excel. ',
    en: 'The file is really comma-separated text (CSV) renamed as an Excel file. ',
  },
  text: {
    vi: 'Tệp thực chất là văn bản thuần (text) được đổi đuôi thành tệp Excel. ',
    en: 'The file is really plain text renamed as an Excel file. ',
  },
  'office-document': {
    vi: 'Tệp là tài liệu Office nhưng không phải bảng tính Excel (có thể là tệp Word). ',
    en: 'The file is an Office document but not an Excel workbook (perhaps a Word file). ',
  },
  opendocument: {
    vi: 'Tệp ở định dạng OpenDocument (.ods, của LibreOffice), không phải bảng tính Excel (.xlsx). ',
    en: 'The file is an OpenDocument spreadsheet (.ods, from LibreOffice), not an Excel workbook (.xlsx). ',
  },
  'zip-archive': {
    vi: 'Tệp là tệp nén (zip) chứ không phải bảng tính Excel. ',
    en: 'The file is a zip archive, not an Excel workbook. ',
  },
  unknown: {
    vi: 'Tệp không phải là bảng tính Excel (.xlsx) hoặc đã bị hỏng. ',
    en: 'The file is not an Excel workbook (.xlsx) or it is damaged. ',
  },
};

const inSheetVi = (place: Place): string => (place.sheet ? `Trang tính "${place.sheet}"` : 'Tệp');
const inSheetEn = (place: Place): string => (place.sheet ? `Sheet "${place.sheet}"` : 'The file');

function wording(problem: GateProblem, place: Place): Wording {
  switch (problem.kind) {
    case 'empty':
      return {
        code: 'file-unreadable',
        severity: 'error',
        vi: 'Tệp rỗng (0 byte), không có nội dung. Đề nghị cơ quan gửi lại tệp biểu mẫu đã điền.',
        en: 'The file is empty (0 bytes). Ask the agency to send the filled-in form again.',
        found: '0 bytes',
      };
    case 'looks-like':
      return {
        code: 'file-unreadable',
        severity: 'error',
        vi:
          LOOK_ALIKE[problem.what].vi +
          (problem.what === 'opendocument'
            ? 'Đề nghị cơ quan lưu lại dưới dạng Excel (File > Save As > Excel 2007-365 *.xlsx) rồi gửi lại.'
            : 'Đề nghị cơ quan điền vào đúng biểu mẫu Excel (.xlsx) đã được gửi, lưu lại rồi gửi lại.'),
        en:
          LOOK_ALIKE[problem.what].en +
          (problem.what === 'opendocument'
            ? 'Ask the agency to save it as Excel (File > Save As > Excel 2007-365 *.xlsx) and send it again.'
            : 'Ask the agency to fill in the Excel form (.xlsx) that was sent, save it and send it again.'),
        found: problem.what,
        expected: '.xlsx',
      };
    case 'damaged':
      return { code: 'file-unreadable', severity: 'error', vi: DAMAGED_VI + RESAVE_VI, en: DAMAGED_EN + RESAVE_EN, found: problem.detail };
    case 'unsafe-name':
      return {
        code: 'file-unreadable',
        severity: 'error',
        vi: `${DAMAGED_VI}(Tệp chứa thành phần có tên không hợp lệ.) ${RESAVE_VI}`,
        en: `${DAMAGED_EN}(It holds a part with an invalid name.) ${RESAVE_EN}`,
        found: `${problem.why}: ${problem.name}`,
      };
    case 'no-inflater':
      return {
        code: 'file-unreadable',
        severity: 'error',
        vi: 'Trình duyệt hoặc phiên bản Office đang dùng không giải nén được tệp để kiểm tra an toàn. Đề nghị cập nhật Office (hoặc trình duyệt) rồi mở lại tệp.',
        en: 'This browser or Office version cannot decompress the file to check it safely. Update Office (or the browser) and open the file again.',
      };
    case 'file-too-large':
      return {
        code: 'file-too-large',
        severity: 'error',
        vi:
          `Tệp có dung lượng ${viMegabytes(problem.bytes)}, vượt quá giới hạn ${viMegabytes(problem.limit)}. ` +
          'Đề nghị cơ quan xóa hình ảnh, trang tính không thuộc biểu mẫu rồi gửi lại.',
        en:
          `The file is ${enMegabytes(problem.bytes)}, more than the ${enMegabytes(problem.limit)} allowed. ` +
          'Ask the agency to remove pictures and sheets that are not part of the form and send it again.',
        found: `${problem.bytes} bytes`,
        expected: `≤ ${problem.limit} bytes`,
      };
    case 'zip-bomb':
      return {
        code: 'zip-bomb',
        severity: 'error',
        vi:
          'Tệp có cấu trúc nén bất thường (có thể là "bom nén"): khi giải nén, dữ liệu phình to quá mức cho phép nên công cụ đã dừng đọc để bảo vệ máy. ' +
          `${RESAVE_VI} Nếu lặp lại, báo cho bộ phận công nghệ thông tin.`,
        en:
          'The file is compressed abnormally (possibly a "zip bomb"): it would expand far beyond what is allowed, so reading stopped to protect this computer. ' +
          `${RESAVE_EN} If it happens again, tell the IT staff.`,
        found: problem.found,
        expected: problem.expected,
      };
    case 'encrypted':
      return {
        code: 'encrypted',
        severity: 'error',
        vi: 'Tệp được đặt mật khẩu. Đề nghị cơ quan gỡ mật khẩu (File > Info > Protect Workbook > Encrypt with Password, xóa mật khẩu) rồi gửi lại.',
        en: 'The file is password-protected. Ask the agency to remove the password (File > Info > Protect Workbook > Encrypt with Password, clear it) and send it again.',
      };
    case 'legacy':
      return {
        code: 'legacy-format',
        severity: 'error',
        vi: `Tệp ở định dạng cũ (${problem.what === 'xls' ? 'Excel 97-2003 .xls' : 'XML Spreadsheet 2003'}), công cụ chỉ đọc tệp .xlsx. ${RESAVE_VI}`,
        en: `The file is in an old format (${problem.what === 'xls' ? 'Excel 97-2003 .xls' : 'XML Spreadsheet 2003'}); only .xlsx files are read. ${RESAVE_EN}`,
        found: problem.what,
        expected: '.xlsx',
      };
    case 'macro':
      return {
        code: 'macro-present',
        severity: 'error',
        vi: 'Tệp có chứa macro (VBA); vì lý do an toàn, công cụ không nhận tệp có macro. Đề nghị cơ quan lưu lại dưới dạng Excel Workbook (*.xlsx), không chứa macro, rồi gửi lại.',
        en: 'The file contains macros (VBA); for safety, files with macros are not accepted. Ask the agency to save it as an Excel Workbook (*.xlsx) without macros and send it again.',
        found: problem.part,
      };
    case 'external-link':
      return {
        code: 'external-link',
        severity: 'warning',
        vi:
          'Tệp có công thức liên kết tới tệp Excel khác; công cụ chỉ đọc giá trị đang lưu trong tệp, không cập nhật theo tệp liên kết. ' +
          'Nếu số liệu chưa đúng, đề nghị cơ quan ngắt liên kết (Data > Edit Links > Break Link) rồi gửi lại.',
        en:
          'Formulas in the file link to other Excel files; only the values stored in this file are read, the links are not updated. ' +
          'If figures look wrong, ask the agency to break the links (Data > Edit Links > Break Link) and send it again.',
        found: problem.part,
      };
    case 'dimension':
      return {
        code: 'too-many-cells',
        severity: 'error',
        vi:
          `${inSheetVi(place)} khai báo vùng dữ liệu ${problem.ref} (${formatVnNumber(problem.cells)} ô), quá lớn để đọc an toàn. ` +
          'Đề nghị cơ quan xóa các dòng, cột thừa phía dưới và bên phải bảng, lưu lại rồi gửi lại.',
        en:
          `${inSheetEn(place)} claims the range ${problem.ref} (${enNumber(problem.cells)} cells), too large to read safely. ` +
          'Ask the agency to delete the extra rows and columns below and to the right of the table, save and send it again.',
        found: problem.ref,
      };
    case 'cell-count':
      return {
        code: 'too-many-cells',
        severity: 'error',
        vi:
          `Tệp có hơn ${formatVnNumber(problem.limit)} ô dữ liệu, vượt quá giới hạn đọc an toàn. ` +
          'Đề nghị cơ quan xóa các dòng, cột, trang tính không thuộc biểu mẫu rồi gửi lại.',
        en:
          `The file has more than ${enNumber(problem.limit)} cells, beyond what can be read safely. ` +
          'Ask the agency to delete rows, columns and sheets that are not part of the form and send it again.',
        found: `${problem.cells} cells`,
        expected: `≤ ${problem.limit} cells`,
      };
    case 'outside-grid':
      return {
        code: 'too-many-cells',
        severity: 'error',
        vi: `${inSheetVi(place)} có ô ${problem.ref} nằm ngoài lưới của Excel (1.048.576 dòng × 16.384 cột). ${DAMAGED_VI}${RESAVE_VI}`,
        en: `${inSheetEn(place)} has a cell ${problem.ref} outside Excel's grid (1,048,576 rows × 16,384 columns). ${DAMAGED_EN}${RESAVE_EN}`,
        found: problem.ref,
      };
    case 'columns-outside-grid':
      return {
        code: 'too-many-cells',
        severity: 'error',
        vi: `${inSheetVi(place)} định dạng các cột thứ ${problem.columns}, vượt quá 16.384 cột của Excel. ${DAMAGED_VI}${RESAVE_VI}`,
        en: `${inSheetEn(place)} formats columns ${problem.columns} (by number), past Excel's 16,384 columns. ${DAMAGED_EN}${RESAVE_EN}`,
        found: problem.columns,
      };
    case 'ranges':
      return problem.what === 'validations'
        ? {
            code: 'too-many-cells',
            severity: 'error',
            vi:
              `${inSheetVi(place)} có quy tắc nhập liệu (Data Validation) áp cho hơn ${formatVnNumber(problem.limit)} ô, quá nhiều để đọc an toàn. ` +
              'Đề nghị cơ quan chỉ áp quy tắc cho các dòng của bảng, không áp cho cả cột hay cả trang tính, rồi lưu và gửi lại.',
            en:
              `${inSheetEn(place)} has data validation rules covering more than ${enNumber(problem.limit)} cells, too many to read safely. ` +
              'Ask the agency to apply the rules to the rows of the table only, not to whole columns or sheets, then save and send it again.',
            found: `${problem.cells} cells`,
            expected: `≤ ${problem.limit} cells`,
          }
        : {
            code: 'too-many-cells',
            severity: 'error',
            vi:
              `Tệp có tên vùng (Name Manager) phủ hơn ${formatVnNumber(problem.limit)} ô, quá nhiều để đọc an toàn. ` +
              'Đề nghị cơ quan xóa các tên vùng không thuộc biểu mẫu (Formulas > Name Manager), rồi lưu và gửi lại.',
            en:
              `The file has defined names covering more than ${enNumber(problem.limit)} cells, too many to read safely. ` +
              'Ask the agency to delete the names that are not part of the form (Formulas > Name Manager), then save and send it again.',
            found: `${problem.cells} cells`,
            expected: `≤ ${problem.limit} cells`,
          };
    case 'merged':
      return {
        code: 'too-many-cells',
        severity: 'error',
        vi:
          `${inSheetVi(place)} có các vùng gộp ô phủ ${formatVnNumber(problem.cells)} ô, vượt quá giới hạn ${formatVnNumber(problem.limit)} ô. ` +
          'Đề nghị cơ quan bỏ gộp ô (Merge & Center) ở các dòng, cột ngoài bảng rồi gửi lại.',
        en:
          `${inSheetEn(place)} has merged ranges covering ${enNumber(problem.cells)} cells, more than ${enNumber(problem.limit)}. ` +
          'Ask the agency to unmerge cells (Merge & Center) outside the table and send it again.',
        found: `${problem.cells} cells`,
        expected: `≤ ${problem.limit} cells`,
      };
    case 'long-text':
      return {
        code: 'cell-too-long',
        severity: 'error',
        vi:
          `${place.sheet ? `Một ô trong trang tính "${place.sheet}"` : 'Một ô trong tệp'} có ${formatVnNumber(problem.length)} ký tự, ` +
          `vượt quá giới hạn ${formatVnNumber(problem.limit)} ký tự của Excel. Đề nghị cơ quan rút gọn nội dung (hoặc gửi kèm văn bản riêng) rồi gửi lại.`,
        en:
          `${place.sheet ? `A cell in sheet "${place.sheet}"` : 'A cell in the file'} has ${enNumber(problem.length)} characters, ` +
          `more than Excel's ${enNumber(problem.limit)}. Ask the agency to shorten it (or send the text as a separate document) and send it again.`,
        found: `${problem.length} characters`,
        expected: `≤ ${problem.limit} characters`,
        ...(problem.cell === undefined ? {} : { cell: problem.cell }),
      };
    case 'long-formula':
      return {
        code: 'cell-too-long',
        severity: 'error',
        vi:
          `${place.sheet ? `Một ô trong trang tính "${place.sheet}"` : 'Một ô trong tệp'} có công thức dài ${formatVnNumber(problem.length)} ký tự, ` +
          `vượt quá giới hạn ${formatVnNumber(problem.limit)} ký tự của Excel, nên tệp không phải do Excel lưu. Đề nghị cơ quan xóa công thức, nhập giá trị rồi gửi lại.`,
        en:
          `${place.sheet ? `A cell in sheet "${place.sheet}"` : 'A cell in the file'} has a formula of ${enNumber(problem.length)} characters, ` +
          `more than Excel's ${enNumber(problem.limit)}, so the file was not saved by Excel. Ask the agency to delete the formula, type the value and send it again.`,
        found: `${problem.length} characters`,
        expected: `≤ ${problem.limit} characters`,
        ...(problem.cell === undefined ? {} : { cell: problem.cell }),
      };
    case 'doctype':
      return {
        code: 'xml-doctype',
        severity: 'error',
        vi: `Tệp chứa khai báo DOCTYPE mà Excel không bao giờ tạo: tệp đã bị chỉnh sửa bằng công cụ khác và có thể không an toàn. ${RESAVE_VI}`,
        en: `The file contains a DOCTYPE declaration, which Excel never writes: it was altered with another tool and may be unsafe. ${RESAVE_EN}`,
        found: problem.part,
      };
  }
}

/** The finding for one problem; `where` and `file` are the file's name, `sheet` set when known. */
export function gateFinding(problem: GateProblem, place: Place): Finding {
  const w = wording(problem, place);
  return {
    code: w.code,
    severity: w.severity,
    where: place.fileName,
    file: place.fileName,
    ...(place.sheet === undefined ? {} : { sheet: place.sheet }),
    ...(w.cell === undefined ? {} : { cell: w.cell }),
    ...(w.found === undefined ? {} : { found: w.found }),
    ...(w.expected === undefined ? {} : { expected: w.expected }),
    message_vi: w.vi,
    message_en: w.en,
  };
}
