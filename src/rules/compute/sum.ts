/**
 * Cộng số tiền — amounts from documents carry at most a few decimals (tỷ đồng to the million), so
 * sums are rounded to 6 decimals (a thousand đồng) to keep binary drift (113062.02600000001) out
 * of the tables.
 */
const SCALE = 1e6;

export const roundAmount = (value: number): number => Math.round(value * SCALE) / SCALE;

export const sumAmounts = (values: readonly number[]): number => roundAmount(values.reduce((total, value) => total + value, 0));
