import fc from 'fast-check';
import {
  a1,
  absoluteRangeA1,
  colToLetters,
  lettersToCol,
  parseA1,
  parseRange,
  parseSheetRef,
  quoteSheetName,
  rangeA1,
  rangesOverlap,
} from '../../src/workbook/address';

describe('colToLetters', () => {
  it.each([
    [1, 'A'],
    [26, 'Z'],
    [27, 'AA'],
    [52, 'AZ'],
    [702, 'ZZ'],
    [703, 'AAA'],
    [16384, 'XFD'],
  ])('writes column %i as %s', (col, letters) => {
    expect(colToLetters(col)).toBe(letters);
  });

  it('refuses columns outside the sheet', () => {
    expect(() => colToLetters(0)).toThrow(RangeError);
    expect(() => colToLetters(16385)).toThrow(RangeError);
    expect(() => colToLetters(1.5)).toThrow(RangeError);
  });
});

describe('lettersToCol', () => {
  it('reads letters in either case', () => {
    expect(lettersToCol('A')).toBe(1);
    expect(lettersToCol('xfd')).toBe(16384);
  });

  it('gives null for what is not a column', () => {
    expect(lettersToCol('')).toBeNull();
    expect(lettersToCol('XFE')).toBeNull();
    expect(lettersToCol('AAAA')).toBeNull();
    expect(lettersToCol('A1')).toBeNull();
  });

  it('is the inverse of colToLetters', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 16384 }), (col) => lettersToCol(colToLetters(col)) === col));
  });
});

describe('parseA1', () => {
  it('reads relative and absolute cells', () => {
    expect(parseA1('B7')).toEqual({ row: 7, col: 2 });
    expect(parseA1('$B$7')).toEqual({ row: 7, col: 2 });
    expect(parseA1('xfd1048576')).toEqual({ row: 1048576, col: 16384 });
  });

  it('gives null for what is not a cell', () => {
    for (const text of ['', 'B0', '7B', 'B1048577', 'A1:B2', 'Sheet!A1']) expect(parseA1(text)).toBeNull();
  });

  it('is the inverse of a1', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1048576 }), fc.integer({ min: 1, max: 16384 }), (row, col) => {
        expect(parseA1(a1(row, col))).toEqual({ row, col });
      }),
    );
  });
});

describe('parseRange', () => {
  it('normalises the corners', () => {
    expect(parseRange('C5:A1')).toEqual({ top: 1, left: 1, bottom: 5, right: 3 });
  });

  it('reads one cell as a one-cell range', () => {
    expect(parseRange('B7')).toEqual({ top: 7, left: 2, bottom: 7, right: 2 });
  });

  it('gives null for what is not a range', () => {
    expect(parseRange('A1:B2:C3')).toBeNull();
    expect(parseRange('A1:')).toBeNull();
  });
});

describe('rangeA1 and absoluteRangeA1', () => {
  it('write a range, or a single cell without a colon', () => {
    expect(rangeA1({ top: 1, left: 1, bottom: 5, right: 3 })).toBe('A1:C5');
    expect(rangeA1({ top: 7, left: 2, bottom: 7, right: 2 })).toBe('B7');
    expect(absoluteRangeA1({ top: 1, left: 2, bottom: 12, right: 2 })).toBe('$B$1:$B$12');
    expect(absoluteRangeA1({ top: 7, left: 5, bottom: 7, right: 5 })).toBe('$E$7');
  });
});

describe('rangesOverlap', () => {
  it('tells touching from overlapping', () => {
    const table = { top: 1, left: 1, bottom: 4, right: 8 };
    expect(rangesOverlap(table, { top: 4, left: 8, bottom: 9, right: 9 })).toBe(true);
    expect(rangesOverlap(table, { top: 5, left: 1, bottom: 9, right: 8 })).toBe(false);
  });
});

describe('quoteSheetName and parseSheetRef', () => {
  it('quote a Vietnamese sheet name and read it back', () => {
    expect(quoteSheetName('Nhiệm vụ')).toBe("'Nhiệm vụ'");
    expect(parseSheetRef("'Nhiệm vụ'!E7")).toEqual({ sheet: 'Nhiệm vụ', range: { top: 7, left: 5, bottom: 7, right: 5 } });
  });

  it('double an apostrophe inside a name', () => {
    expect(quoteSheetName("Sở's")).toBe("'Sở''s'");
    expect(parseSheetRef("'Sở''s'!$A$1:$B$2")?.sheet).toBe("Sở's");
  });

  it('read unquoted names and refuse what is not a reference', () => {
    expect(parseSheetRef('Sheet1!A1:B2')?.range).toEqual({ top: 1, left: 1, bottom: 2, right: 2 });
    expect(parseSheetRef('A1')).toBeNull();
    expect(parseSheetRef('Sheet1!X')).toBeNull();
  });
});
