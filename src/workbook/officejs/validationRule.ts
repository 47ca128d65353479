/**
 * Validation (kiểm tra dữ liệu nhập) → an Office.js data-validation rule (ExcelApi 1.8), with the
 * same inline lists and stop alert as in `.xlsx` files; a list that cannot be inline is read from
 * a range on the `_lists` sheet.
 */
import type { ListRange } from '../lists';
import type { Validation } from '../port';
import { inlineList, validationError } from '../validationRules';

export interface OfficeValidation {
  readonly rule: Excel.DataValidationRule;
  readonly errorAlert: Excel.DataValidationErrorAlert;
}

function rule(validation: Validation, listRange: ListRange): Excel.DataValidationRule {
  switch (validation.type) {
    case 'list': {
      // Office.js takes an inline list without the quotes a file stores around it.
      const inline = inlineList(validation.values);
      return { list: { inCellDropDown: true, source: inline ? inline.slice(1, -1) : `=${listRange(validation.values)}` } };
    }
    case 'decimal':
      return { decimal: { operator: 'Between', formula1: validation.min, formula2: validation.max } };
    case 'whole':
      return { wholeNumber: { operator: 'Between', formula1: validation.min, formula2: validation.max } };
    case 'date':
      return { date: { operator: 'Between', formula1: validation.min, formula2: validation.max } };
  }
}

/** The rule and error alert for a checked Validation. */
export function toOfficeValidation(validation: Validation, listRange: ListRange): OfficeValidation {
  const { title, message } = validationError(validation);
  return {
    rule: rule(validation, listRange),
    errorAlert: { showAlert: true, style: 'Stop', title, message },
  };
}
