import { chunkRows, jsonBytes, packRequests, slice2d, utf8Length, type WriteStep } from '../../../src/workbook/officejs/requestBudget';

describe('utf8Length', () => {
  it('counts Vietnamese letters as the bytes they take on the wire', () => {
    expect(utf8Length('Sở Công Thương')).toBe(Buffer.byteLength('Sở Công Thương'));
    expect(utf8Length('𝔸 a')).toBe(Buffer.byteLength('𝔸 a'));
  });
});

describe('jsonBytes', () => {
  it('measures the JSON that is sent', () => {
    expect(jsonBytes([['Mã', 1, null]])).toBe(Buffer.byteLength('[["Mã",1,null]]'));
  });
});

describe('chunkRows', () => {
  const values = Array.from({ length: 100 }, (_, r) => [`row ${r}`, r]);
  const formats = values.map(() => ['@', null]);

  it('keeps a payload under the target in one chunk', () => {
    expect(chunkRows([values, formats], 1_000_000)).toEqual([{ row: 0, col: 0, rows: 100, cols: 2, bytes: expect.any(Number) }]);
  });

  it('splits whole rows into chunks that each stay under the target and cover every row once', () => {
    const target = 500;
    const chunks = chunkRows([values, formats], target);
    expect(chunks.length).toBeGreaterThan(3);
    expect(chunks.map((c) => c.rows).reduce((a, b) => a + b, 0)).toBe(100);
    chunks.forEach((chunk, i) => {
      expect(chunk.cols).toBe(2);
      expect(chunk.row).toBe(i === 0 ? 0 : chunks[i - 1].row + chunks[i - 1].rows);
      const sent = jsonBytes(slice2d(values, chunk)) + jsonBytes(slice2d(formats, chunk));
      expect(chunk.bytes).toBe(sent);
      expect(sent).toBeLessThanOrEqual(target);
    });
  });

  it('splits a row larger than the target into runs of columns', () => {
    const wide = [Array.from({ length: 10 }, (_, c) => `${c}`.padEnd(100, 'x'))];
    const chunks = chunkRows([wide], 350);
    for (const chunk of chunks) expect(chunk.bytes).toBe(jsonBytes(slice2d(wide, chunk)));
    expect(chunks.map((c) => [c.col, c.cols])).toEqual([
      [0, 3],
      [3, 3],
      [6, 3],
      [9, 1],
    ]);
  });
});

describe('packRequests', () => {
  const step = (bytes: number): WriteStep => ({ bytes, queue: () => undefined });

  it('packs steps in order into as few requests as the budget allows', () => {
    const requests = packRequests([step(40), step(40), step(30), step(50), step(10)], 100);
    expect(requests.map((r) => r.map((s) => s.bytes))).toEqual([[40, 40], [30, 50, 10]]);
  });

  it('sends nothing when there is nothing to write', () => {
    expect(packRequests([], 100)).toEqual([]);
  });
});
