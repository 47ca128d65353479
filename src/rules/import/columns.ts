/**
 * Tiêu đề cột — the header texts that name each column of the two appendix tables, as the
 * documents and officials write them. Matching is by `nameKey`, so case, accents and spacing do
 * not matter; a new spelling met in a document is added here.
 */
import type { ColumnSpec } from './table';

export type TaskColumn = 'number' | 'content' | 'lead' | 'cooperating' | 'timeFrame';
export type ProjectColumn =
  | 'number'
  | 'name'
  | 'investor'
  | 'location'
  | 'scale'
  | 'totalInvestment'
  | 'completionYear';

const NUMBER_NAMES = ['STT', 'TT', 'Số TT', 'Số thứ tự'];

export const TASK_NUMBER: ColumnSpec<TaskColumn> = { key: 'number', header: 'STT', names: NUMBER_NAMES, required: true };

/** Phụ lục nhiệm vụ — `STT, Nội dung, Cơ quan chủ trì, Cơ quan phối hợp, Thời gian thực hiện` in any order. */
export const TASK_COLUMNS: readonly ColumnSpec<TaskColumn>[] = [
  {
    key: 'content',
    header: 'Nội dung',
    names: ['Nội dung', 'Nội dung công việc', 'Nội dung nhiệm vụ', 'Nhiệm vụ', 'Tên nhiệm vụ'],
    required: true,
  },
  {
    key: 'lead',
    header: 'Cơ quan chủ trì',
    names: ['Cơ quan chủ trì', 'Cơ quan chủ trì thực hiện', 'Đơn vị chủ trì', 'Chủ trì'],
    required: true,
  },
  {
    key: 'cooperating',
    header: 'Cơ quan phối hợp',
    names: ['Cơ quan phối hợp', 'Cơ quan phối hợp thực hiện', 'Đơn vị phối hợp', 'Phối hợp'],
    required: false,
  },
  {
    key: 'timeFrame',
    header: 'Thời gian thực hiện',
    names: ['Thời gian thực hiện', 'Thời gian hoàn thành', 'Thời gian', 'Tiến độ thực hiện', 'Thời hạn hoàn thành'],
    required: false,
  },
];

export const PROJECT_NUMBER: ColumnSpec<ProjectColumn> = {
  key: 'number',
  header: 'TT',
  names: NUMBER_NAMES,
  required: true,
};

/** Phụ lục dự án — `TT, Tên dự án, Chủ đầu tư, Địa điểm đầu tư, Quy mô dự án, Tổng vốn đầu tư (tỷ đồng), Thời gian dự kiến hoàn thành`. */
export const PROJECT_COLUMNS: readonly ColumnSpec<ProjectColumn>[] = [
  { key: 'name', header: 'Tên dự án', names: ['Tên dự án', 'Dự án', 'Tên công trình, dự án'], required: true },
  { key: 'investor', header: 'Chủ đầu tư', names: ['Chủ đầu tư', 'Nhà đầu tư'], required: false },
  { key: 'location', header: 'Địa điểm đầu tư', names: ['Địa điểm đầu tư', 'Địa điểm', 'Địa điểm xây dựng'], required: false },
  {
    key: 'scale',
    header: 'Quy mô dự án',
    names: ['Quy mô dự án', 'Quy mô', 'Quy mô, công suất', 'Công suất'],
    required: false,
  },
  {
    key: 'totalInvestment',
    header: 'Tổng vốn đầu tư (tỷ đồng)',
    names: ['Tổng vốn đầu tư (tỷ đồng)', 'Tổng vốn đầu tư', 'Tổng mức đầu tư (tỷ đồng)', 'Vốn đầu tư (tỷ đồng)'],
    required: false,
  },
  {
    key: 'completionYear',
    header: 'Thời gian dự kiến hoàn thành',
    names: ['Thời gian dự kiến hoàn thành', 'Thời gian hoàn thành', 'Năm hoàn thành', 'Dự kiến hoàn thành'],
    required: false,
  },
];
