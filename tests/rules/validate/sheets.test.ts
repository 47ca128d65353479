import { agencyTable } from '../../../src/layout/load';
import { findDataSheet, headerKey, locateSheet } from '../../../src/rules/validate/sheets';
import type { ReadCell, SheetGrid } from '../../../src/workbook/port';
import { layouts } from './returns';

const tasks = agencyTable(layouts.agency, 'tasks');
const cell = (value: ReadCell['value']): ReadCell => ({ value });
const grid = (name: string, rows: readonly (readonly (string | number | null)[])[]): SheetGrid => ({
  name,
  state: 'visible',
  protected: false,
  rows: rows.map((row) => row.map((value) => (value === null ? null : cell(value)))),
});
const HEADERS = ['Mã', 'Nội dung nhiệm vụ', 'Vai trò', 'Thời gian thực hiện', 'Tình trạng', 'Tỷ lệ hoàn thành (%)', 'Ngày hoàn thành', 'Kết quả thực hiện', 'Khó khăn, vướng mắc', 'Đề xuất, kiến nghị'];

describe('headerKey', () => {
  it('ignores accents, case, spacing and punctuation', () => {
    expect(headerKey('Tỷ lệ hoàn thành (%)')).toBe(headerKey('TY LE  HOAN THANH %'));
    expect(headerKey('Khó khăn, vướng mắc')).toBe('kho khan vuong mac');
  });
});

describe('findDataSheet', () => {
  it('finds the sheet by its name, Vietnamese or English', () => {
    expect(findDataSheet([grid('Hướng dẫn', []), grid('NHIEM VU', [HEADERS])], tasks, new Set())?.name).toBe('NHIEM VU');
    expect(findDataSheet([grid('Tasks', [HEADERS])], tasks, new Set())?.name).toBe('Tasks');
  });

  it('finds a renamed sheet by its headers, and not a sheet already taken', () => {
    expect(findDataSheet([grid('Sheet1', [['Ghi chú']]), grid('Bao cao', [HEADERS])], tasks, new Set())?.name).toBe('Bao cao');
    expect(findDataSheet([grid('Bao cao', [HEADERS])], tasks, new Set(['Bao cao']))).toBeUndefined();
  });
});

describe('locateSheet', () => {
  it('finds the header row below a title and each column wherever it is', () => {
    const moved = [...HEADERS.slice(4), ...HEADERS.slice(0, 4)];
    const located = locateSheet(grid('Nhiệm vụ', [['BÁO CÁO'], [], moved, ['HT', 100, null, null, null, null, 'I.1'], [], ['Đang TH', 50, null, null, null, null, 'I.2']]), tasks);
    expect(located.headerRow).toBe(3);
    expect(located.positions.get('taskId')).toBe(6);
    expect(located.positions.get('status')).toBe(0);
    expect(located.rows.map((row) => row.row)).toEqual([4, 6]);
    expect(located.findings).toEqual([]);
  });

  it('reports the columns it cannot find at the header row', () => {
    const located = locateSheet(grid('Nhiệm vụ', [[], HEADERS.filter((header) => header !== 'Tình trạng' && header !== 'Vai trò')]), tasks);
    expect(located.findings.map((finding) => [finding.code, finding.severity, finding.cell, finding.column])).toEqual([
      ['missing-column', 'warning', 'A2', 'Vai trò'],
      ['missing-column', 'error', 'A2', 'Tình trạng'],
    ]);
  });

  it('takes every non-empty row as input when no header row can be found', () => {
    const located = locateSheet(grid('Nhiệm vụ', [['Báo cáo'], ['I.1', 'xong']]), tasks);
    expect(located.headerRow).toBeNull();
    expect(located.rows).toHaveLength(2);
    expect(located.findings.map((finding) => `${finding.code} ${finding.cell} ${finding.column}`)).toEqual(['missing-column A1 Mã']);
  });
});
