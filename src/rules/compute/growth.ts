/**
 * Tăng trưởng bình quân — the compound-growth arithmetic of target progress, the same as Excel's
 * RRI, so that an officer who checks a cell with a formula gets the same figure. Where the
 * arithmetic has no answer (no years, a base of zero or below) the result is `null`, never NaN,
 * so that no table ever carries a `#NUM!` of our making.
 */

const finite = (value: number): number | null => (Number.isFinite(value) ? value : null);

/**
 * Tốc độ tăng bình quân — the equivalent annual rate that takes `pv` to `fv` in `n` years:
 * (fv / pv)^(1/n) − 1, as a fraction (0.08 is 8 %/năm). Excel: `RRI(n, pv, fv)`.
 * Null when n ≤ 0, pv ≤ 0 or fv < 0 (no real rate), or any argument is not finite.
 */
export function rri(n: number, pv: number, fv: number): number | null {
  if (!Number.isFinite(n) || !Number.isFinite(pv) || !Number.isFinite(fv)) return null;
  if (n <= 0 || pv <= 0 || fv < 0) return null;
  return finite((fv / pv) ** (1 / n) - 1);
}

/**
 * Giá trị sau `years` năm tăng đều `rate` mỗi năm: value × (1 + rate)^years. Null when the rate
 * is −100 % or below (no compound growth means anything there) or the result is not finite.
 */
export function compound(value: number, rate: number, years: number): number | null {
  if (!Number.isFinite(value) || !Number.isFinite(rate) || !Number.isFinite(years) || rate <= -1) return null;
  return finite(value * (1 + rate) ** years);
}
