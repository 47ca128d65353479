import fc from 'fast-check';
import { nameKey } from '../../../src/domain/vn/nameKey';
import { anyText } from './anyText';

/** Each base letter with the forms Vietnamese writes it in. */
const VIETNAMESE_FORMS: Record<string, string> = {
  a: 'aàáảãạăằắẳẵặâầấẩẫậ',
  e: 'eèéẻẽẹêềếểễệ',
  i: 'iìíỉĩị',
  o: 'oòóỏõọôồốổỗộơờớởỡợ',
  u: 'uùúủũụưừứửữự',
  y: 'yỳýỷỹỵ',
  d: 'dđ',
};
const BASE_LETTERS = 'abcdeghiklmnopqrstuvxy';
const DASHES = ['-', '\u2010', '\u2011', '\u2012', '–', '—', '\u2015', '\u2212', '\uFE58', '\uFE63', '\uFF0D'];

const words = fc.array(fc.string({ unit: fc.constantFrom(...BASE_LETTERS), minLength: 1, maxLength: 8 }), {
  minLength: 1,
  maxLength: 6,
});

/** A name in plain letters, and the same name with accents and capitals on any letter. */
const plainAndWritten = words.chain((plain) => {
  const letters = [...plain.join(' ')];
  const written = letters.map((letter) =>
    fc
      .tuple(fc.constantFrom(...(VIETNAMESE_FORMS[letter] ?? letter)), fc.boolean())
      .map(([form, upper]) => (upper ? form.toUpperCase() : form)),
  );
  return fc.tuple(fc.constant(plain), fc.tuple(...written).map((forms) => forms.join('')));
});

describe('nameKey', () => {
  it('folds a name to lower-case letters without accents: Sở Kế hoạch và Đầu tư → so ke hoach dau tu', () => {
    expect(nameKey('Sở Kế hoạch và Đầu tư')).toBe('so ke hoach dau tu');
  });

  it('ignores case', () => {
    expect(nameKey('SỞ CÔNG THƯƠNG')).toBe(nameKey('Sở Công Thương'));
  });

  it('ignores accents, đ included', () => {
    expect(nameKey('Đầu tư')).toBe(nameKey('dau tu'));
    expect(nameKey('Sở Công Thương')).toBe(nameKey('So Cong Thuong'));
  });

  it('ignores how the accents are encoded (composed or decomposed Unicode)', () => {
    expect(nameKey('Sở Tài nguyên và Môi trường'.normalize('NFD'))).toBe(nameKey('Sở Tài nguyên và Môi trường'));
  });

  it('ignores spacing: runs of spaces, tabs, line breaks, leading and trailing spaces', () => {
    expect(nameKey('  Sở   Công\tThương\n')).toBe(nameKey('Sở Công Thương'));
  });

  it('ignores the kind of dash and the spaces around it', () => {
    const key = nameKey('Sở Lao động - Thương binh và Xã hội');
    expect(nameKey('Sở Lao động – Thương binh và Xã hội')).toBe(key);
    expect(nameKey('Sở Lao động-Thương binh và Xã hội')).toBe(key);
  });

  it('treats & and và alike: Sở Kế hoạch & Đầu tư, Sở NN&PTNT', () => {
    expect(nameKey('Sở Kế hoạch & Đầu tư')).toBe(nameKey('Sở Kế hoạch và Đầu tư'));
    expect(nameKey('Sở NN&PTNT')).toBe(nameKey('Sở NN & PTNT'));
    expect(nameKey('Trung tâm Xúc tiến Đầu tư, TM&DL')).toBe('trung tam xuc tien dau tu, tm dl');
  });

  it('keeps commas, dots and words, so that different names keep different keys', () => {
    expect(nameKey('Sở Công Thương, các ngành liên quan')).not.toBe(nameKey('Sở Công Thương các ngành liên quan'));
    expect(nameKey('UBND tỉnh')).not.toBe(nameKey('UBND huyện'));
    expect(nameKey('T.P Rạch Giá')).not.toBe(nameKey('TP Rạch Giá'));
  });
});

describe('nameKey, for any input', () => {
  it('is idempotent', () => {
    fc.assert(fc.property(anyText, (text) => nameKey(nameKey(text)) === nameKey(text)), { numRuns: 1000 });
  });

  it('gives a Vietnamese name and its upper-case form the same key', () => {
    fc.assert(
      fc.property(plainAndWritten, ([, written]) => nameKey(written) === nameKey(written.toUpperCase())),
      { numRuns: 1000 },
    );
  });

  it('ignores accents and capitals on any letter', () => {
    fc.assert(
      fc.property(plainAndWritten, ([plain, written]) => nameKey(written) === nameKey(plain.join(' '))),
      { numRuns: 1000 },
    );
  });

  it('ignores which dash joins two words, and the spaces around it', () => {
    const spacing = fc.constantFrom('', ' ', '  ');
    fc.assert(
      fc.property(words, fc.constantFrom(...DASHES), spacing, (parts, dash, space) => {
        return nameKey(parts.join(`${space}${dash}${space}`)) === nameKey(parts.join(' '));
      }),
      { numRuns: 1000 },
    );
  });

  it('ignores & and và between words', () => {
    const joiner = fc.constantFrom(' & ', '&', ' và ', ' VÀ ', ' ');
    fc.assert(
      fc.property(words, joiner, (parts, join) => nameKey(parts.join(join)) === nameKey(parts.join(' '))),
      { numRuns: 1000 },
    );
  });

  it('yields lower-case words without accents, separated by single spaces', () => {
    fc.assert(
      fc.property(plainAndWritten, ([, written]) => /^[a-z]+( [a-z]+)*$|^$/.test(nameKey(written))),
      { numRuns: 1000 },
    );
  });
});
