/**
 * Khóa so sánh tên — the key two spellings of one name share. Case, accents (đ/Đ included),
 * spacing, dash kinds and `&`/`và` are ignored; everything else (commas, dots, words) counts, so
 * that a key never merges two names an official would tell apart. The original text is never
 * replaced by its key: callers keep both.
 */
const DASHES = /[\u002D\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/g;
const COMBINING_MARKS = /[\u0300-\u036f]/g;

export function nameKey(text: string): string {
  const folded = text
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(DASHES, ' ')
    .replace(/&/g, ' ');
  return folded
    .split(/\s+/)
    .filter((word) => word !== '' && word !== 'va')
    .join(' ');
}
