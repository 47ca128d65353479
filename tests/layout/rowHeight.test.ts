import {
  DEFAULT_ROW_HEIGHT,
  MAX_ROW_HEIGHT,
  rowHeight,
  textHeight,
  wrappedLines,
} from '../../src/layout/rowHeight';

/** Task I.1 of plan 40/KH-UBND (126 characters). */
const TASK =
  'Xây dựng và hoàn chỉnh phương án phát triển công nghiệp để tích hợp vào quy hoạch tỉnh ' +
  'thời kỳ 2021-2030, tầm nhìn đến năm 2050.';

describe('wrappedLines', () => {
  it('keeps a short agency name on one line', () => {
    expect(wrappedLines('Sở Công Thương', 20, 12)).toBe(1);
  });

  it('wraps a task of plan 40 into the lines Excel shows in Times New Roman 12', () => {
    // Greedy word wrap with the font's widths gives 3 lines at width 55, 2 at width 80.
    expect(wrappedLines(TASK, 55, 12)).toBe(3);
    expect(wrappedLines(TASK, 80, 12)).toBe(2);
    expect(wrappedLines(TASK, 20, 12)).toBe(8);
  });

  it('starts a new line at every line break, blank lines included', () => {
    expect(wrappedLines('Chủ trì\nPhối hợp\r\n\r\nGhi chú', 30)).toBe(4);
  });

  it('needs more lines for a bigger font in the same width', () => {
    expect(wrappedLines(TASK, 40, 14)).toBeGreaterThan(wrappedLines(TASK, 40, 11));
  });

  it('counts capitals wider than small letters', () => {
    const title = 'BÁO CÁO KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM 2022';
    expect(wrappedLines(title, 45, 12)).toBe(2);
    expect(wrappedLines(title.toLowerCase(), 45, 12)).toBe(1);
  });

  it('breaks a word longer than the line, as Excel does', () => {
    expect(wrappedLines('x'.repeat(40), 11.3)).toBe(4);
  });

  it('fits the text in fewer lines across the width of merged columns', () => {
    expect(wrappedLines(TASK, 27.5, 12)).toBe(6);
    expect(wrappedLines(TASK, 27.5 + 55, 12)).toBe(2);
  });

  it('takes an empty text as one line', () => {
    expect(wrappedLines('', 10)).toBe(1);
  });
});

describe('textHeight', () => {
  it('gives 1.3 times the font size per line, plus padding', () => {
    expect(textHeight({ text: TASK, width: 55, fontSize: 12 })).toBeCloseTo(3 * 1.3 * 12 + 4);
  });

  it('reads the text in Calibri 11 when the cell sets no font size', () => {
    expect(textHeight({ text: 'Sở Công Thương', width: 20 })).toBeCloseTo(1.3 * 11 + 4);
  });
});

describe('rowHeight', () => {
  it('is never below the default row height', () => {
    expect(rowHeight([{ text: 'Sở', width: 20, fontSize: 8 }])).toBe(DEFAULT_ROW_HEIGHT);
    expect(rowHeight([])).toBe(DEFAULT_ROW_HEIGHT);
  });

  it('fits the tallest cell of the row, rounded up to a quarter point', () => {
    const height = rowHeight([
      { text: 'I.1', width: 8, fontSize: 12 },
      { text: TASK, width: 55, fontSize: 12 },
      { text: 'Chủ trì', width: 20, fontSize: 12 },
    ]);
    expect(height).toBe(51);
  });

  it('shares the height of a cell merged over several rows among them', () => {
    expect(rowHeight([{ text: TASK, width: 55, fontSize: 12, rows: 2 }])).toBe(25.5);
  });

  it('stops at the 409 points Excel allows', () => {
    expect(rowHeight([{ text: TASK.repeat(20), width: 30, fontSize: 14 }])).toBe(MAX_ROW_HEIGHT);
  });
});
