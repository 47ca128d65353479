import { compound, rri } from '../../../src/rules/compute/growth';

describe('rri', () => {
  it("matches Excel's documented example RRI(96, 10000, 11000) = 0.0009933", () => {
    expect(rri(96, 10000, 11000)).toBeCloseTo(0.0009933, 7);
  });

  it('gives 10 % a year from 100 to 121 in two years', () => {
    expect(rri(2, 100, 121)).toBeCloseTo(0.1, 12);
  });

  it('gives a negative rate for a fall, and −100 % for a fall to zero', () => {
    expect(rri(1, 200, 150)).toBeCloseTo(-0.25, 12);
    expect(rri(3, 50, 0)).toBe(-1);
  });

  it('accepts a fraction of a year, as Excel does', () => {
    expect(rri(0.5, 100, 121)).toBeCloseTo(0.4641, 4);
  });

  it('has no value without years (n ≤ 0)', () => {
    expect(rri(0, 100, 121)).toBeNull();
    expect(rri(-2, 100, 121)).toBeNull();
  });

  it('has no value from a base of zero or below, or to a negative value', () => {
    expect(rri(2, 0, 121)).toBeNull();
    expect(rri(2, -100, -121)).toBeNull();
    expect(rri(2, 100, -1)).toBeNull();
  });

  it('never returns NaN or Infinity', () => {
    expect(rri(Number.NaN, 100, 121)).toBeNull();
    expect(rri(2, 100, Number.POSITIVE_INFINITY)).toBeNull();
    expect(rri(1e-300, 1, 10)).toBeNull();
  });
});

describe('compound', () => {
  it('grows 100 by 10 % a year to 121 in two years', () => {
    expect(compound(100, 0.1, 2)).toBeCloseTo(121, 10);
  });

  it('is the value itself after zero years', () => {
    expect(compound(77.5, 0.3, 0)).toBe(77.5);
  });

  it('undoes rri: the value grown at the achieved rate is the end value', () => {
    const rate = rri(5, 20.24, 25.29) ?? Number.NaN;
    expect(compound(20.24, rate, 5)).toBeCloseTo(25.29, 10);
  });

  it('has no value at a rate of −100 % or below, or for non-finite input', () => {
    expect(compound(100, -1, 2)).toBeNull();
    expect(compound(100, -1.5, 2)).toBeNull();
    expect(compound(Number.NaN, 0.1, 2)).toBeNull();
    expect(compound(1e308, 1, 10)).toBeNull();
  });
});
