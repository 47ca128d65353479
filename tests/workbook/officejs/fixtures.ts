/**
 * Sheet specs for the Office.js adapter's tests, built in code: a master-like workbook of ten
 * sheets whose tables carry formats and drop-downs (sized by a row count, so that the same layout
 * can be written with 10 or 5,000 rows), and an appendix with merges, borders, links and notes.
 */
import type { CellStyle, CellValue, ColumnSpec, SheetSpec, StyledCell } from '../../../src/workbook/port';

export const STATUSES = ['Chưa triển khai', 'Đang triển khai', 'Hoàn thành', 'Không thực hiện'];
export const PROGRESS = ['Chuẩn bị đầu tư', 'Đang xây dựng', 'Hoàn thành, đi vào hoạt động', 'Tạm dừng', 'Chấm dứt, thu hồi'];

const answer: CellStyle = { locked: false, wrap: true };
const header: CellStyle = { bold: true, wrap: true, horizontal: 'center', vertical: 'middle' };

interface MasterSheet {
  readonly sheet: string;
  readonly table: string;
  readonly columns: readonly ColumnSpec[];
  readonly row: (i: number) => readonly CellValue[];
}

const pad = (i: number): string => String(i + 1).padStart(4, '0');
const day = (i: number): CellValue => ({ date: `2022-${String((i % 12) + 1).padStart(2, '0')}-15` });

/** Ten entity and report sheets, each one table; rows kept short so 5,000 of each fit one request. */
export const MASTER_SHEETS: readonly MasterSheet[] = [
  {
    sheet: 'Cơ quan',
    table: 'tblAgencies',
    columns: [{ header: 'Mã' }, { header: 'Tên cơ quan', width: 40 }],
    row: (i) => [`kg.a${i}`, `Sở ${i}`],
  },
  {
    sheet: 'Nhiệm vụ',
    table: 'tblTasks',
    columns: [
      { header: 'Mã' },
      { header: 'Tình trạng', style: answer, validation: { type: 'list', values: STATUSES } },
      { header: 'Tỷ lệ (%)', style: { ...answer, numberFormat: '0.0' }, validation: { type: 'decimal', min: 0, max: 100 } },
    ],
    row: (i) => [`I.${i}`, STATUSES[i % 4], i % 101],
  },
  {
    sheet: 'Dự án',
    table: 'tblProjects',
    columns: [
      { header: 'Mã' },
      { header: 'Tổng vốn (tỷ đồng)', style: { numberFormat: '#,##0.00' } },
      { header: 'Tiến độ', validation: { type: 'list', values: PROGRESS } },
    ],
    row: (i) => [`DA-${pad(i)}`, i * 1.5, PROGRESS[i % 5]],
  },
  {
    sheet: 'Chỉ tiêu',
    table: 'tblTargets',
    columns: [{ header: 'Mã' }, { header: 'Kế hoạch' }, { header: 'Thực hiện', style: answer }],
    row: (i) => [`CT-${pad(i)}`, i, i % 3 === 0 ? null : i / 2],
  },
  {
    sheet: 'KCN-CCN',
    table: 'tblZones',
    columns: [{ header: 'Mã' }, { header: 'Diện tích (ha)', style: { numberFormat: '#,##0.00' } }],
    row: (i) => [`z${i}`, 100 + i],
  },
  {
    sheet: 'Nguồn vốn',
    table: 'tblFunding',
    columns: [{ header: 'Mã' }, { header: 'Năm', validation: { type: 'whole', min: 2020, max: 2030 } }, { header: 'Số tiền' }],
    row: (i) => [`NV-${i}`, 2021 + (i % 5), i * 10],
  },
  {
    sheet: 'Báo cáo nhiệm vụ',
    table: 'tblTaskReports',
    columns: [
      { header: 'Mã' },
      { header: 'Ngày hoàn thành', validation: { type: 'date', min: '2022-01-01', max: '2030-12-31' } },
      { header: 'Tổng', style: { numberFormat: '0' } },
    ],
    row: (i) => [`I.${i}`, day(i), { formula: `ROW()-1` }],
  },
  {
    sheet: 'Báo cáo dự án',
    table: 'tblProjectReports',
    columns: [{ header: 'Mã' }, { header: 'Giải ngân', style: { numberFormat: '#,##0.00' } }],
    row: (i) => [`DA-${pad(i)}`, i / 4],
  },
  {
    sheet: 'Nhật ký',
    table: 'tblLog',
    columns: [{ header: 'Tệp' }, { header: 'Ngày nhận' }],
    row: (i) => [`f${i}.xlsx`, day(i)],
  },
  {
    sheet: 'Cách ly',
    table: 'tblQuarantine',
    columns: [{ header: 'Dòng' }, { header: 'Lý do' }],
    row: (i) => [i + 2, i % 2 === 0 ? '=cmd|x' : 'sai số'],
  },
];

/** The master-like workbook with `rows` rows in every table. */
export const masterSpecs = (rows: number): SheetSpec[] =>
  MASTER_SHEETS.map((m, index) => ({
    name: m.sheet,
    frozenRows: 1,
    protect: index === 1,
    blocks: [
      {
        kind: 'table',
        at: 'A1',
        table: {
          name: m.table,
          headerStyle: header,
          columns: m.columns,
          rows: Array.from({ length: rows }, (_, i) => m.row(i)),
        },
      },
    ],
  }));

export const masterTableNames = (): string[] => MASTER_SHEETS.map((m) => m.table);

const tnr = (style: CellStyle = {}): CellStyle => ({ fontName: 'Times New Roman', fontSize: 12, ...style });
const boxed = (style: CellStyle = {}): CellStyle => tnr({ border: true, wrap: true, vertical: 'middle', ...style });
const cell = (value: StyledCell['value'], style?: CellStyle, extra: Partial<StyledCell> = {}): StyledCell => ({ value, style, ...extra });

/** An appendix (Phụ lục) in the official layout: title block, merged caption, bordered body. */
export const appendixSheet = (dataRows = 6): SheetSpec => {
  const rows: (StyledCell | null)[][] = [
    [cell('Phụ lục I', tnr({ bold: true, horizontal: 'center' })), null, null, null],
    [cell('TÌNH HÌNH THỰC HIỆN NHIỆM VỤ', tnr({ bold: true, horizontal: 'center' }), { note: 'Số liệu chốt đến 14/12/2022' }), null, null, null],
    [cell('STT', boxed({ bold: true })), cell('Nội dung', boxed({ bold: true })), cell('Kinh phí (tỷ đồng)', boxed({ bold: true })), cell('Xem', boxed({ bold: true }))],
    ...Array.from({ length: dataRows }, (_, i) => [
      cell(i + 1, boxed({ horizontal: 'center' })),
      cell(`Nhiệm vụ ${i + 1}`, boxed()),
      cell(i * 2.5, boxed({ numberFormat: '#,##0.00' })),
      cell('Chi tiết', boxed({ color: '0563C1' }), { link: `'Nhiệm vụ'!A${i + 2}` }),
    ]),
  ];
  return {
    name: 'Phụ lục',
    columnWidths: [6, 50, 14, 10],
    print: {
      orientation: 'landscape',
      paperSize: 'A4',
      marginsCm: { top: 2, bottom: 2, left: 3, right: 1.5 },
      fitToWidth: true,
      repeatRows: { from: 3, to: 3 },
    },
    blocks: [{ kind: 'cells', at: 'A1', rows, merges: ['A1:D1', 'A2:D2'], rowHeights: { 1: 32 } }],
  };
};
