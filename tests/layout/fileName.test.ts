import { agencyFileName, asciiSlug } from '../../src/layout/fileName';

describe('asciiSlug', () => {
  it.each([
    ['Sở KH&ĐT', 'So-KHDT'],
    ['BQL KKT', 'BQL-KKT'],
    ['UBND huyện Gò Quao', 'UBND-huyen-Go-Quao'],
    ['Sở Lao động - Thương binh và Xã hội', 'So-Lao-dong-Thuong-binh-va-Xa-hoi'],
    ['  Đài PT-TH / tỉnh ', 'Dai-PT-TH-tinh'],
  ])('writes %s as %s', (text, slug) => {
    expect(asciiSlug(text)).toBe(slug);
  });
});

describe('agencyFileName', () => {
  const agency = { id: 'kg.skhdt', name: 'Sở Kế hoạch và Đầu tư', shortNames: ['Sở KH&ĐT'] };

  it('names the file <period>_<first short name>.xlsx', () => {
    expect(agencyFileName('2022-H1', agency, new Set())).toBe('2022-H1_So-KHDT.xlsx');
  });

  it('falls back on the official name when there is no short name', () => {
    expect(agencyFileName('2022', { ...agency, shortNames: [] }, new Set())).toBe('2022_So-Ke-hoach-va-Dau-tu.xlsx');
  });

  it('adds the agency code when the name is taken', () => {
    expect(agencyFileName('2022', agency, new Set(['2022_so-khdt.xlsx']))).toBe('2022_So-KHDT_skhdt.xlsx');
  });
});
