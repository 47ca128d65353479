/**
 * Sheet specs using every feature of the port, shaped like the product's workbooks: an agency's
 * task sheet (a protected table with drop-downs and input checks), an appendix in the official
 * layout (Times New Roman, merges, borders, A4 landscape, repeated header rows), a guide with a
 * link and a note, and hidden sheets.
 */
import type { CellStyle, SheetSpec, StyledCell, TableSpec } from '../../../src/workbook/port';

export const STATUSES = ['Chưa triển khai', 'Đang triển khai', 'Hoàn thành', 'Không thực hiện'];
export const ROLES = ['Chủ trì', 'Phối hợp, hỗ trợ'];
export const AGENCIES = [
  'Sở Công Thương',
  'Sở Kế hoạch và Đầu tư',
  'Sở Tài chính',
  'Sở Tài nguyên và Môi trường',
  'Sở Nông nghiệp và Phát triển nông thôn',
  'Sở Khoa học và Công nghệ',
  'Sở Lao động - Thương binh và Xã hội',
  'Sở Xây dựng',
  'Sở Giao thông vận tải',
  'Sở Thông tin và Truyền thông',
  'Ban Quản lý Khu kinh tế tỉnh',
  'Trung tâm Xúc tiến Đầu tư, Thương mại và Du lịch',
];

const answer: CellStyle = { locked: false, wrap: true, vertical: 'top' };

export const tasksTable = (): TableSpec => ({
  name: 'tblTasks',
  style: 'TableStyleMedium2',
  headerStyle: { bold: true, wrap: true, horizontal: 'center', vertical: 'middle' },
  columns: [
    { header: 'Mã' },
    { header: 'Nội dung nhiệm vụ', width: 50, style: { wrap: true, vertical: 'top' } },
    { header: 'Vai trò', width: 18, style: answer, validation: { type: 'list', values: ROLES } },
    { header: 'Tình trạng', width: 18, style: answer, validation: { type: 'list', values: STATUSES } },
    {
      header: 'Tỷ lệ hoàn thành (%)',
      width: 14,
      style: { ...answer, numberFormat: '0.0' },
      validation: { type: 'decimal', min: 0, max: 100 },
    },
    {
      header: 'Ngày hoàn thành',
      width: 14,
      style: answer,
      validation: { type: 'date', min: '2022-01-01', max: '2030-12-31' },
    },
    { header: 'Kết quả thực hiện', width: 40, style: answer },
    { header: 'Cơ quan báo cáo', width: 30, style: answer, validation: { type: 'list', values: AGENCIES } },
  ],
  rows: [
    // A result an officer typed starting with "=": it must stay text.
    ['I.1', 'Rà soát, điều chỉnh quy hoạch phát triển công nghiệp', 'Chủ trì', 'Đang triển khai', 50, null, '=SUM(A1)'],
    [
      'I.2',
      'Xây dựng kế hoạch xúc tiến đầu tư',
      'Phối hợp, hỗ trợ',
      'Hoàn thành',
      100,
      { date: '2022-06-30' },
      'Đã ban hành',
      'Sở Công Thương',
    ],
    ['I.3', 'Hỗ trợ doanh nghiệp đổi mới công nghệ', null, null, null, null, null, null],
  ],
});

export const tasksSheet = (table: TableSpec = tasksTable(), at = 'A1'): SheetSpec => ({
  name: 'Nhiệm vụ',
  protect: true,
  frozenRows: 1,
  tabColor: '1F4E79',
  columnWidths: [8],
  blocks: [{ kind: 'table', at, table }],
});

const tnr = (style: CellStyle = {}): CellStyle => ({ fontName: 'Times New Roman', fontSize: 12, ...style });
const boxed = (style: CellStyle = {}): CellStyle => tnr({ border: true, wrap: true, vertical: 'middle', ...style });
const cell = (value: StyledCell['value'], style?: CellStyle, extra: Partial<StyledCell> = {}): StyledCell => ({
  value,
  style,
  ...extra,
});

/** An appendix (Phụ lục) long enough to print on several pages. */
export const appendixSheet = (dataRows = 40): SheetSpec => {
  const header = ['STT', 'Nội dung nhiệm vụ', 'Cơ quan chủ trì', 'Thời gian thực hiện', 'Kinh phí (tỷ đồng)', 'Ghi chú'];
  const rows: (StyledCell | null)[][] = [
    [cell('UBND TỈNH KIÊN GIANG', tnr({ bold: true, horizontal: 'center' })), null, null, null, null, null],
    [cell('Phụ lục I', tnr({ bold: true, horizontal: 'center', fontSize: 14 })), null, null, null, null, null],
    [
      cell('DANH MỤC NHIỆM VỤ PHÁT TRIỂN CÔNG NGHIỆP', tnr({ bold: true, horizontal: 'center' })),
      null, null, null, null, null,
    ],
    [
      cell('(Kèm theo Kế hoạch số 40/KH-UBND ngày 23 tháng 02 năm 2022 của UBND tỉnh)', tnr({ italic: true, horizontal: 'center' })),
      null, null, null, null, null,
    ],
    header.map((h) => cell(h, boxed({ bold: true, horizontal: 'center', fill: 'D9E1F2' }))),
    header.map((_, i) => cell(`(${i + 1})`, boxed({ italic: true, horizontal: 'center' }))),
    [
      cell('I', boxed({ bold: true, horizontal: 'center' })),
      cell('PHÁT TRIỂN CÁC KHU, CỤM CÔNG NGHIỆP', boxed({ bold: true })),
      null, null, null, null,
    ],
  ];
  for (let i = 1; i <= dataRows; i++) {
    rows.push([
      cell(i, boxed({ horizontal: 'center' })),
      cell(
        `Đầu tư hạ tầng kỹ thuật cụm công nghiệp số ${i}, bao gồm đường giao thông nội bộ, ` +
          'hệ thống cấp thoát nước và xử lý nước thải tập trung',
        boxed(),
      ),
      cell('Sở Công Thương; UBND cấp huyện', boxed()),
      cell('2022-2025', boxed({ horizontal: 'center' })),
      cell(1234.5 * i, boxed({ numberFormat: '#,##0.00', horizontal: 'right' })),
      i === 1 ? cell('Xem ghi chú', boxed(), { note: 'Số liệu theo Quyết định 1234/QĐ-UBND' }) : cell(null, boxed()),
    ]);
  }
  const total = 7 + dataRows + 1;
  rows.push([
    cell(null, boxed()),
    cell('Tổng cộng', boxed({ bold: true })),
    cell(null, boxed()),
    cell(null, boxed()),
    cell({ formula: `SUM(E8:E${total - 1})` }, boxed({ bold: true, numberFormat: '#,##0.00' })),
    cell(null, boxed()),
  ]);
  return {
    name: 'Phụ lục',
    columnWidths: [6, 50, 22, 14, 16, 18],
    print: {
      orientation: 'landscape',
      paperSize: 'A4',
      marginsCm: { top: 2, bottom: 2, left: 3, right: 1.5 },
      fitToWidth: true,
      repeatRows: { from: 5, to: 6 },
    },
    blocks: [
      {
        kind: 'cells',
        at: 'A1',
        rows,
        merges: ['A1:C1', 'A2:F2', 'A3:F3', 'A4:F4', 'B7:F7'],
        // LibreOffice does not fit row heights to wrapped text on load (Excel does): give them.
        rowHeights: { 3: 30, 4: 32, ...Object.fromEntries(Array.from({ length: dataRows }, (_, i) => [7 + i, 48])) },
      },
    ],
  };
};

export const guideSheet = (): SheetSpec => ({
  name: 'Hướng dẫn',
  columnWidths: [60],
  blocks: [
    {
      kind: 'cells',
      at: 'A1',
      rows: [
        [{ value: 'HƯỚNG DẪN ĐIỀN BIỂU MẪU', style: { bold: true, fontSize: 14 } }],
        [{ value: 'Điền báo cáo tại trang Nhiệm vụ', link: "'Nhiệm vụ'!E2", note: 'Bấm để chuyển đến trang Nhiệm vụ' }],
        [{ value: { date: '2022-12-15' } }],
        [{ value: true }],
        [{ value: { date: '2022-12-15' }, style: { numberFormat: 'yyyy-mm-dd' } }],
      ],
    },
  ],
});

export const metaSheet = (): SheetSpec => ({
  name: '_meta',
  state: 'veryHidden',
  blocks: [{ kind: 'cells', at: 'A1', rows: [[{ value: 'planId' }, { value: 'kg-40-kh-ubnd' }]] }],
});

export const hiddenSheet = (): SheetSpec => ({
  name: 'Tham số',
  state: 'hidden',
  blocks: [{ kind: 'cells', at: 'A1', rows: [[{ value: 'kỳ báo cáo' }, { value: '2022' }]] }],
});

export const allSheets = (): SheetSpec[] => [guideSheet(), tasksSheet(), appendixSheet(), metaSheet(), hiddenSheet()];
