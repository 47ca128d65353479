/**
 * Làm tròn — a document's totals are rounded to the decimals it writes, so parts are compared
 * with a stated total within half a unit of its last decimal (113.062,026 → ± 0,0005; 7.100 →
 * ± 0,5). The decimals are read from the number as stored: a JSON number keeps no trailing zeros,
 * so `94.005,500` counts as one decimal and is compared a little more leniently than written.
 */

/** Decimals of a number's shortest written form: `113062.026` → 3, `7100` → 0, `1e-7` → 7. */
export function writtenDecimals(value: number): number {
  if (!Number.isFinite(value)) return 0;
  const [mantissa = '', exponent] = String(Math.abs(value)).split('e');
  const fraction = mantissa.split('.')[1] ?? '';
  return Math.max(0, fraction.length - (exponent === undefined ? 0 : Number(exponent)));
}

export const roundingTolerance = (stated: number): number => 0.5 * 10 ** -writtenDecimals(stated);

/** Summing binary fractions drifts by a few units in the last place; this keeps that out of findings. */
const FLOATING_POINT_SLACK = 1e-12;

export function withinRounding(found: number, stated: number): boolean {
  const slack = FLOATING_POINT_SLACK * Math.max(1, Math.abs(found), Math.abs(stated));
  return Math.abs(found - stated) <= roundingTolerance(stated) + slack;
}

/** Enough decimals to show every number of a comparison, and their difference, as written. */
const MAX_SHOWN_DECIMALS = 6;

export const decimalsToShow = (values: readonly number[]): number =>
  Math.min(MAX_SHOWN_DECIMALS, Math.max(0, ...values.map(writtenDecimals)));
