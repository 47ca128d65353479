/**
 * Excel compares sheet and table names regardless of case: `Nhiệm vụ` and `NHIỆM VỤ` name one
 * sheet. Both adapters, and the spec checks, compare and look names up this way.
 */

/** The form in which Excel compares a sheet or table name. */
export const excelNameKey = (name: string): string => name.toLowerCase();

/** The item called `name`: the one spelt exactly so, else one that differs only in case. */
export const findNamed = <T extends { readonly name: string }>(items: readonly T[], name: string): T | undefined =>
  items.find((item) => item.name === name) ?? items.find((item) => excelNameKey(item.name) === excelNameKey(name));
