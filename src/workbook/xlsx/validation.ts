/**
 * Validation (kiểm tra dữ liệu nhập) → exceljs data validation, written so that Excel opens the
 * file without a repair prompt: an inline list when it fits, otherwise the list's cells on the
 * `_lists` sheet; the stop alert shared with the Office.js adapter.
 */
import type { DataValidation } from 'exceljs';
import type { ListRange } from '../lists';
import type { Validation } from '../port';
import { inlineList, validationError } from '../validationRules';
import { isoToUtcDate } from '../writableValues';

/** The exceljs data validation for a checked Validation. */
export function toExcelValidation(validation: Validation, listRange: ListRange): DataValidation {
  const { title, message } = validationError(validation);
  const common = {
    allowBlank: true,
    showErrorMessage: true,
    errorStyle: 'stop',
    errorTitle: title,
    error: message,
  };
  switch (validation.type) {
    case 'list':
      return {
        ...common,
        type: 'list',
        formulae: [inlineList(validation.values) ?? listRange(validation.values)],
      };
    case 'decimal':
    case 'whole':
      return { ...common, type: validation.type, operator: 'between', formulae: [validation.min, validation.max] };
    case 'date':
      return {
        ...common,
        type: 'date',
        operator: 'between',
        formulae: [isoToUtcDate(validation.min), isoToUtcDate(validation.max)],
      };
  }
}
