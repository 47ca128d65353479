import { canonicalJson, sha256Hex } from '../../src/layout/hash';

describe('canonicalJson', () => {
  it('sorts keys at every level and keeps array order', () => {
    expect(canonicalJson({ b: 1, a: [{ d: 2, c: null }, 'x'] })).toBe('{"a":[{"c":null,"d":2},"x"],"b":1}');
  });

  it('gives equal text for equal data written in another key order', () => {
    expect(canonicalJson({ x: 1, y: { q: 2, p: 3 } })).toBe(canonicalJson({ y: { p: 3, q: 2 }, x: 1 }));
  });
});

describe('sha256Hex', () => {
  it('hashes the UTF-8 bytes of the text', async () => {
    expect(await sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(await sha256Hex('Sở Công Thương')).toMatch(/^[0-9a-f]{64}$/);
    expect(await sha256Hex('Sở Công Thương')).not.toBe(await sha256Hex('So Cong Thuong'));
  });
});
