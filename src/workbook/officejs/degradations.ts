/**
 * Tính năng bị bỏ qua — features left out of a write because the open Excel is older than they
 * need, collected per sheet and told to the officer once per feature, with what to do about it.
 */

/** A feature left out because the open Excel does not support it. */
export type Degradation = 'validation' | 'notes' | 'print';

const MESSAGES: Readonly<Record<Degradation, (sheets: string) => { readonly vi: string; readonly en: string }>> = {
  validation: (sheets) => ({
    vi: `Phiên bản Excel này chưa hỗ trợ danh sách thả xuống và kiểm tra dữ liệu nhập (cần ExcelApi 1.8). Các trang tính ${sheets} đã được ghi nhưng không có kiểm tra dữ liệu. Đề nghị cập nhật Office, hoặc tạo tệp bằng công cụ dòng lệnh plan-tracker.`,
    en: `This version of Excel does not support drop-down lists and input checks (ExcelApi 1.8 is needed). Sheets ${sheets} were written without them. Update Office, or make the file with the plan-tracker command-line tool.`,
  }),
  notes: (sheets) => ({
    vi: `Phiên bản Excel này chưa hỗ trợ ghi chú trên ô (cần ExcelApi 1.10). Các trang tính ${sheets} đã được ghi nhưng không có ghi chú. Đề nghị cập nhật Office để có đủ ghi chú hướng dẫn.`,
    en: `This version of Excel does not support cell notes (ExcelApi 1.10 is needed). Sheets ${sheets} were written without notes. Update Office to get the guidance notes.`,
  }),
  print: (sheets) => ({
    vi: `Phiên bản Excel này chưa hỗ trợ thiết lập trang in (cần ExcelApi 1.9). Trước khi in các trang tính ${sheets}, đề nghị chọn khổ A4, hướng trang, lề và dòng tiêu đề lặp lại trong Bố trí Trang (Page Layout).`,
    en: `This version of Excel does not support page setup (ExcelApi 1.9 is needed). Before printing sheets ${sheets}, set A4 paper, orientation, margins and repeated title rows in Page Layout.`,
  }),
};

export class Degradations {
  private readonly sheets = new Map<Degradation, Set<string>>();

  readonly record = (feature: Degradation, sheet: string): void => {
    this.sheets.set(feature, (this.sheets.get(feature) ?? new Set()).add(sheet));
  };

  /** One message per feature left out, naming its sheets. */
  report(tell: (message_vi: string, message_en: string) => void): void {
    for (const [feature, names] of this.sheets) {
      const { vi, en } = MESSAGES[feature]([...names].map((name) => `"${name}"`).join(', '));
      tell(vi, en);
    }
  }
}
