import { optionByMeaning } from '../../../src/rules/validate/meaning';
import { layouts } from './returns';

const statuses = layouts.lists.taskStatus ?? [];
const progress = layouts.lists.projectProgress ?? [];
const meaning = (text: string) => optionByMeaning(statuses, text)?.value;

describe('optionByMeaning', () => {
  it.each([
    ['Hoàn thành', 'done'],
    ['Đã hoàn thành', 'done'],
    ['hoan thanh', 'done'],
    ['HT', 'done'],
    ['Đã HT', 'done'],
    ['Hoàn thành.', 'done'],
    ['"Hoàn thành"', 'done'],
    ['- Hoàn thành', 'done'],
    ['đang thực hiện', 'in-progress'],
    ['Đang TH', 'in-progress'],
    ['Đang TK', 'in-progress'],
    ['Chưa TH', 'not-started'],
    ['done', 'done'],
  ])('reads "%s" as %s', (text, value) => {
    expect(meaning(text)).toBe(value);
  });

  it.each(['Tốt', 'Hoàn thành một phần', '', '...', 'Đang'])('does not guess "%s"', (text) => {
    expect(meaning(text)).toBeUndefined();
  });

  it('reads project progress by the same habits', () => {
    expect(optionByMeaning(progress, 'Đang XD')?.value).toBe('under-construction');
    expect(optionByMeaning(progress, 'đã hoàn thành')?.value).toBe('operating');
  });

  it('refuses a text two options would share', () => {
    const options = [
      { label: 'Hoàn thành', label_en: 'Done', value: 'done', aliases: ['HT'] },
      { label: 'Hỗ trợ', label_en: 'Supported', value: 'supported', aliases: ['HT'] },
    ];
    expect(optionByMeaning(options, 'HT')).toBeUndefined();
    expect(optionByMeaning(options, 'hoàn thành')?.value).toBe('done');
  });
});
