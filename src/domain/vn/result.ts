/**
 * Kết quả đọc — every parser of document text returns a value or a reason, never throws, so that
 * a bad cell becomes a finding instead of a crash.
 */
export type Parsed<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly reason_vi: string; readonly reason_en: string };

export const parsed = <T>(value: T): Parsed<T> => ({ ok: true, value });
export const rejected = <T = never>(reason_vi: string, reason_en: string): Parsed<T> => ({
  ok: false,
  reason_vi,
  reason_en,
});
