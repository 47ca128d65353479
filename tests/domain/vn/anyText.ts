/**
 * Text a parser may be handed from a cell or a document: any Unicode (NUL, emoji, lone
 * surrogates), and near misses built from the pieces real values are made of.
 */
import fc from 'fast-check';
import { Parsed } from '../../../src/domain/vn/result';

const PIECES = [
  ...'0123456789',
  '.', ',', '-', '–', '—', '−', '/', ' ', '\t', '%', '\u0000', '😀',
  'ha', 'tỷ đồng', 'năm', 'ngày ', ' tháng ', ' năm ', 'Hàng năm', 'Quý ', 'III', 'H', 'Q', 'trước ',
];

export const anyText: fc.Arbitrary<string> = fc.oneof(
  fc.string({ unit: 'binary' }),
  fc.string({ unit: 'grapheme' }),
  fc.string({ unit: fc.constantFrom(...PIECES), maxLength: 24 }),
);

/** Well formed: a value, or a reason in both languages. */
export const isWellFormed = (result: Parsed<unknown>): boolean =>
  result.ok || (result.reason_vi.trim() !== '' && result.reason_en.trim() !== '');

/** Inputs that must not make any parser throw. */
export const HOSTILE_TEXTS = ['', '\u0000', '😀', '7'.repeat(40_000), 'x'.repeat(40_000), '1.'.repeat(20_000), '\uD800'];
