/**
 * Kiểm tra dữ liệu nhập — what both adapters make of a Validation before writing it in their own
 * form: whether it can be written at all, whether a list fits inline (Excel's 255 characters, no
 * value with a comma or a quote; any other list is read from the `_lists` sheet), and the error
 * shown on a wrong entry, Vietnamese first and English alongside, within Excel's lengths.
 */
import { formatVnDate } from '../domain/vn/date';
import { formatVnNumber } from '../domain/vn/number';
import type { Validation } from './port';
import { isoToUtcDate } from './writableValues';

/** Excel rejects a list source, prompt or error message longer than this. */
export const MAX_VALIDATION_TEXT = 255;

/** Within the 32 characters Excel allows for an error title. */
const ERROR_TITLE = 'Giá trị không hợp lệ';

/** `"a,b,c"`, or null when the list cannot be written inline. */
export function inlineList(values: readonly string[]): string | null {
  if (values.some((v) => v.includes(',') || v.includes('"'))) return null;
  const formula = `"${values.join(',')}"`;
  return formula.length <= MAX_VALIDATION_TEXT ? formula : null;
}

/** Why a validation cannot be written, or null when it can. */
export function invalidValidationReason(validation: Validation): string | null {
  switch (validation.type) {
    case 'list':
      if (validation.values.length === 0) return 'a list validation needs at least one value';
      if (validation.values.some((v) => v.trim() === '')) return 'a list validation value is empty';
      return null;
    case 'decimal':
    case 'whole':
      if (!Number.isFinite(validation.min) || !Number.isFinite(validation.max)) return 'min and max must be finite';
      if (validation.type === 'whole' && !(Number.isInteger(validation.min) && Number.isInteger(validation.max))) {
        return 'a whole-number validation needs whole min and max';
      }
      return validation.min <= validation.max ? null : 'min is greater than max';
    case 'date': {
      const min = isoToUtcDate(validation.min);
      const max = isoToUtcDate(validation.max);
      if (!min || !max) return 'date bounds must be YYYY-MM-DD';
      return min <= max ? null : 'min is after max';
    }
  }
}

function messages(validation: Validation): { vi: string; en: string } {
  switch (validation.type) {
    case 'list':
      return {
        vi: 'Đề nghị chọn một giá trị trong danh sách thả xuống.',
        en: 'Choose a value from the drop-down list.',
      };
    case 'decimal':
    case 'whole': {
      const whole = validation.type === 'whole';
      const [min, max] = [formatVnNumber(validation.min), formatVnNumber(validation.max)];
      return {
        vi: `Đề nghị nhập một ${whole ? 'số nguyên' : 'số'} từ ${min} đến ${max}.`,
        en: `Enter a ${whole ? 'whole number' : 'number'} from ${validation.min} to ${validation.max}.`,
      };
    }
    case 'date': {
      const [from, to] = [formatVnDate(validation.min), formatVnDate(validation.max)];
      return {
        vi: `Đề nghị nhập ngày (ngày/tháng/năm) từ ${from} đến ${to}.`,
        en: `Enter a date (day/month/year) from ${from} to ${to}.`,
      };
    }
  }
}

/** The title and message of the stop alert Excel shows when an entry breaks the validation. */
export function validationError(validation: Validation): { readonly title: string; readonly message: string } {
  const { vi, en } = messages(validation);
  return { title: ERROR_TITLE, message: `${vi}\n${en}`.slice(0, MAX_VALIDATION_TEXT) };
}
