/**
 * Why a written name was not matched to one agency — Vietnamese first, English alongside, and
 * what the officer should do about it.
 */
import type { Agency } from '../plan';

export interface Reason {
  readonly reason_vi: string;
  readonly reason_en: string;
}

export const emptyName = (): Reason => ({
  reason_vi: 'Ô không ghi tên cơ quan nào. Hãy ghi tên cơ quan như trong danh mục cơ quan.',
  reason_en: 'The cell names no agency. Write the agency name as the agency registry has it.',
});

export const unknownAgency = (text: string): Reason => ({
  reason_vi:
    `Không tìm thấy cơ quan "${text}" trong danh mục cơ quan. Nếu đây là cách ghi khác của một cơ quan đã có, ` +
    'hãy thêm tên này vào "tên gọi khác" (aliases) của cơ quan đó trong danh mục; nếu ghi nhầm, hãy sửa lại ô.',
  reason_en:
    `No agency named "${text}" in the agency registry. If it is another spelling of a registered agency, ` +
    "add it to that agency's aliases in the registry; if it is a typing error, correct the cell.",
});

const listed = (agencies: readonly Agency[]): string => agencies.map((a) => `${a.name} (${a.id})`).join('; ');

export const ambiguousAgency = (text: string, agencies: readonly Agency[]): Reason => ({
  reason_vi:
    `Tên "${text}" khớp với nhiều cơ quan: ${listed(agencies)}. Hệ thống không tự chọn: hãy ghi rõ tên cơ quan ` +
    'trong ô, hoặc sửa danh mục để tên này chỉ thuộc một cơ quan.',
  reason_en:
    `"${text}" matches several agencies: ${listed(agencies)}. None is chosen automatically: write the full ` +
    'agency name in the cell, or correct the registry so that the name belongs to one agency only.',
});
