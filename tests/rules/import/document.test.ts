import { splitAppendices } from '../../../src/rules/import/document';

describe('splitAppendices', () => {
  it('cuts a document at each line that is only an appendix label, bold or not', () => {
    const text = ['KẾ HOẠCH', 'Phụ lục kèm theo văn bản này gồm hai bảng.', '**Phụ lục 1', 'DANH MỤC', 'STT\tNội dung', 'Phụ lục 2', 'TT\tTên dự án'].join('\n');
    expect(splitAppendices(text)).toEqual([
      { label: 'Phụ lục 1', text: 'DANH MỤC\nSTT\tNội dung' },
      { label: 'Phụ lục 2', text: 'TT\tTên dự án' },
    ]);
  });

  it('reads a single unnumbered appendix', () => {
    expect(splitAppendices('Nơi nhận:\n\nPhụ lục\n**DANH MỤC**\n\tNội dung công việc')).toEqual([
      { label: 'Phụ lục', text: '**DANH MỤC**\n\tNội dung công việc' },
    ]);
  });

  it('finds nothing in a document without appendices', () => {
    expect(splitAppendices('KẾ HOẠCH\nI. MỤC ĐÍCH')).toEqual([]);
  });
});
