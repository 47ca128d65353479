import fc from 'fast-check';
import { createAgencyIndex } from '../../../src/domain/agencies';
import { loadProvinceRegistry } from '../../../src/domain/agencies/registry';
import type { CellSplit } from '../../../src/domain/agencies/model';

const kienGiang = loadProvinceRegistry('kien-giang');
const kg = createAgencyIndex(kienGiang.agencies, kienGiang.successions);
const ids = (split: CellSplit): string[] => split.refs.map((r) => r.agencyId);

/** Every distinct agency cell of Phụ lục 1 of plan 40/KH-UBND (000), and the ids it names. */
const PLAN_40_CELLS: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['Sở Công Thương', ['kg.sct']],
  ['Sở Kế hoạch và Đầu tư', ['kg.skhdt']],
  ['Các Sở, ban, ngành có liên quan', ['kg.nganh-lien-quan']],
  ['Sở Công Thương; BQL Khu kinh tế tỉnh', ['kg.sct', 'kg.bqlkkt']],
  ['Sở Nông nghiệp và Phát triển nông thôn', ['kg.snnptnt']],
  ['Sở Công Thương; UBND cấp huyện', ['kg.sct', 'kg.ubnd-huyen']],
  [
    'Sở Công Thương; BQL Khu kinh tế tỉnh; Trung tâm Xúc tiến Đầu tư, TM&DL',
    ['kg.sct', 'kg.bqlkkt', 'kg.ttxt'],
  ],
  ['Trung tâm Xúc tiến Đầu tư, TM&DL', ['kg.ttxt']],
  ['Sở Công Thương; Trung tâm Xúc tiến Đầu tư, TM&DL', ['kg.sct', 'kg.ttxt']],
  ['Sở Xây dựng', ['kg.sxd']],
  ['BQL Khu kinh tế tỉnh; UBND cấp huyện', ['kg.bqlkkt', 'kg.ubnd-huyen']],
  ['Sở Công Thương; các Sở, ban, ngành có liên quan', ['kg.sct', 'kg.nganh-lien-quan']],
  ['UBND cấp huyện', ['kg.ubnd-huyen']],
  ['Sở Nội vụ', ['kg.snv']],
  ['Sở Kế hoạch và Đầu tư; Sở Tư pháp', ['kg.skhdt', 'kg.stp']],
  ['Sở Thông tin và Truyền thông', ['kg.stttt']],
  ['Văn phòng UBND tỉnh', ['kg.vpubnd']],
  ['Sở Giao Thông vận tải', ['kg.sgtvt']],
  ['Sở Giao thông vận tải', ['kg.sgtvt']],
  ['Sở Tài chính', ['kg.stc']],
  ['Các Sở, ban, ngành có liên quan; UBND cấp huyện', ['kg.nganh-lien-quan', 'kg.ubnd-huyen']],
  ['BQL Khu kinh tế tỉnh', ['kg.bqlkkt']],
  ['Sở Tài nguyên và Môi trường', ['kg.stnmt']],
  ['Sở Lao động - Thương binh và Xã hội', ['kg.sldtbxh']],
  ['Sở Lao động, Thương binh và XH', ['kg.sldtbxh']],
  ['Sở Khoa học và Công nghệ', ['kg.skhcn']],
];

/** Every distinct agency cell of the Phụ lục of plan 157/KH-UBND (002). */
const PLAN_157_CELLS: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['Sở Kế hoạch và Đầu tư', ['kg.skhdt']],
  ['Sở Công Thương, các ngành liên quan', ['kg.sct', 'kg.nganh-lien-quan']],
  ['Sở Công Thương', ['kg.sct']],
  ['Các ngành liên quan và UBND cấp huyện', ['kg.nganh-lien-quan', 'kg.ubnd-huyen']],
  ['Các ngành liên quan', ['kg.nganh-lien-quan']],
  ['Sở Nông nghiệp và PTNT', ['kg.snnptnt']],
  ['UBND cấp huyện và các ngành liên quan', ['kg.ubnd-huyen', 'kg.nganh-lien-quan']],
  ['Sở Xây dựng', ['kg.sxd']],
  ['Sở Nội vụ', ['kg.snv']],
  ['Sở Tài chính', ['kg.stc']],
  ['Sở Lao động - TB & XH', ['kg.sldtbxh']],
  ['Sở NN & PTNT, các ngành liên quan', ['kg.snnptnt', 'kg.nganh-lien-quan']],
  ['Sở Khoa học và Công nghệ', ['kg.skhcn']],
];

describe('AgencyIndex.splitCell', () => {
  it.each([...PLAN_40_CELLS, ...PLAN_157_CELLS])('splits the appendix cell "%s"', (cell, expected) => {
    const split = kg.splitCell(cell);
    expect(split.unresolved).toEqual([]);
    expect(ids(split)).toEqual(expected);
  });

  it('keeps each name as the cell wrote it', () => {
    expect(kg.splitCell('Sở NN & PTNT, các ngành liên quan').refs).toEqual([
      { agencyId: 'kg.snnptnt', asWritten: 'Sở NN & PTNT' },
      { agencyId: 'kg.nganh-lien-quan', asWritten: 'các ngành liên quan' },
    ]);
    expect(kg.splitCell('Sở Công Thương; các Sở, ban, ngành có liên quan').refs).toEqual([
      { agencyId: 'kg.sct', asWritten: 'Sở Công Thương' },
      { agencyId: 'kg.nganh-lien-quan', asWritten: 'các Sở, ban, ngành có liên quan' },
    ]);
  });

  it('does not cut names that hold commas or "và" themselves', () => {
    const cases: ReadonlyArray<readonly [string, string]> = [
      ['Trung tâm Xúc tiến Đầu tư, Thương mại và Du lịch', 'kg.ttxt'],
      ['Các Sở, ban, ngành có liên quan', 'kg.nganh-lien-quan'],
      ['UBND các huyện, thành phố', 'kg.ubnd-huyen'],
      ['Sở Lao động, Thương binh và XH', 'kg.sldtbxh'],
      ['Sở Kế hoạch và Đầu tư', 'kg.skhdt'],
    ];
    for (const [cell, id] of cases) expect(kg.splitCell(cell)).toEqual({ refs: [{ agencyId: id, asWritten: cell }], unresolved: [] });
  });

  it('splits the assignments of notice 670/TB-VP', () => {
    expect(ids(kg.splitCell('Sở Tài chính, Sở Công Thương, Ban Quản lý Khu kinh tế tỉnh và các địa phương có liên quan'))).toEqual([
      'kg.stc',
      'kg.sct',
      'kg.bqlkkt',
      'kg.dia-phuong-lien-quan',
    ]);
    expect(ids(kg.splitCell('Sở Tài chính, Sở Tài nguyên và Môi trường'))).toEqual(['kg.stc', 'kg.stnmt']);
    expect(ids(kg.splitCell('Sở Công Thương và các Sở, ngành có liên quan'))).toEqual(['kg.sct', 'kg.nganh-lien-quan']);
  });

  it('splits the bodies the party programme 22-CTr/TU assigns', () => {
    expect(ids(kg.splitCell('Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và đoàn thể các cấp'))).toEqual(['kg.mttq', 'kg.doan-the']);
    expect(ids(kg.splitCell('Các huyện, thành ủy, đảng ủy trực thuộc Tỉnh ủy'))).toEqual(['kg.huyen-thanh-uy']);
  });

  it('splits a line break, a "và" in capitals, and trims the names', () => {
    expect(kg.splitCell('  Sở Công Thương\nSở Tài chính  VÀ   Sở Xây dựng ; ').refs).toEqual([
      { agencyId: 'kg.sct', asWritten: 'Sở Công Thương' },
      { agencyId: 'kg.stc', asWritten: 'Sở Tài chính' },
      { agencyId: 'kg.sxd', asWritten: 'Sở Xây dựng' },
    ]);
  });

  it('splits text typed in decomposed Unicode', () => {
    const cell = 'Sở Công Thương và Sở Tài chính'.normalize('NFD');
    expect(ids(kg.splitCell(cell))).toEqual(['kg.sct', 'kg.stc']);
  });

  it('keeps an agency named twice once, as first written', () => {
    expect(kg.splitCell('Sở Công Thương; Sở CT; sở công thương').refs).toEqual([
      { agencyId: 'kg.sct', asWritten: 'Sở Công Thương' },
    ]);
  });

  it('reports what it cannot read, with its reason, and never drops it', () => {
    const split = kg.splitCell('Sở Công Thương; Phòng chuyên môn, Ban Quản lý dự án đầu tư xây dựng cấp huyện; Sở Tài chính');
    expect(ids(split)).toEqual(['kg.sct', 'kg.stc']);
    expect(split.unresolved).toHaveLength(1);
    expect(split.unresolved[0].text).toBe('Phòng chuyên môn, Ban Quản lý dự án đầu tư xây dựng cấp huyện');
    expect(split.unresolved[0].reason_vi).toContain('aliases');
    expect(split.unresolved[0].reason_en).toContain('correct the cell');
  });

  it('reports a name two agencies share instead of choosing one', () => {
    const agencies = [
      { id: 'x.a', name: 'Phòng Kinh tế', shortNames: [], aliases: ['Phòng KT'], kind: 'department' as const, province: 'p', members: [] },
      { id: 'x.b', name: 'Phòng Kinh tế - Hạ tầng', shortNames: [], aliases: ['Phòng KT'], kind: 'department' as const, province: 'p', members: [] },
    ];
    const split = createAgencyIndex(agencies, []).splitCell('Phòng KT; Phòng Kinh tế');
    expect(split.refs).toEqual([{ agencyId: 'x.a', asWritten: 'Phòng Kinh tế' }]);
    expect(split.unresolved.map((u) => u.text)).toEqual(['Phòng KT']);
    expect(split.unresolved[0].reason_vi).toContain('x.b');
  });

  it.each([
    ['an empty cell', ''],
    ['separators only', ';;;'],
    ['separators and spaces', ' , ; \n và ; '],
  ])('returns nothing for %s', (_label, cell) => {
    expect(kg.splitCell(cell)).toEqual({ refs: [], unresolved: [] });
  });

  it('copes with hostile cells without throwing', () => {
    for (const cell of ['x'.repeat(10_000), ';'.repeat(10_000), 'a,'.repeat(5_000), '🏭 Sở Công Thương 🚀', '\uD800; Sở Tài chính', '\u0000']) {
      expect(() => kg.splitCell(cell)).not.toThrow();
    }
    expect(ids(kg.splitCell(Array.from({ length: 2_000 }, () => 'Sở Công Thương').join(', ')))).toEqual(['kg.sct']);
    expect(kg.splitCell('🏭 Sở Công Thương 🚀').unresolved.map((u) => u.text)).toEqual(['🏭 Sở Công Thương 🚀']);
  });
});

describe('AgencyIndex.splitCell and resolve, on any input', () => {
  /** What remains of a text without separators and spaces, as a sorted list of code points. */
  const readable = (text: string): string[] =>
    [...text.replace(/[;,]|(?<![^\s;,])[vV](?:[àÀ]|[aA]\u0300)(?![^\s;,])|\s/gu, '')].sort();

  const accountsForEveryCharacter = (cell: string): boolean => {
    const split = kg.splitCell(cell);
    const written = [...split.refs.map((r) => r.asWritten), ...split.unresolved.map((u) => u.text)].join(' ');
    return JSON.stringify(readable(written)) === JSON.stringify(readable(cell));
  };

  const allNames = kienGiang.agencies.map((a) => [a.name, ...a.shortNames, ...a.aliases]);
  const separator = fc.constantFrom('; ', ';', ', ', ',', ' và ', '\n', ' VÀ ', ' ; ');
  const junk = fc.string({ unit: fc.constantFrom('a', 'Sở', ' ', 'ư', '😀', '-', '&', 'và', 'v', 'à', '\u0300', '.'), maxLength: 8 });

  it('never throws on arbitrary text', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme' })), (text) => {
        kg.splitCell(text);
        kg.resolve(text);
      }),
      { numRuns: 1_000 },
    );
  });

  it('accounts for every non-separator character of arbitrary text, in a ref or in unresolved', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme' }), junk), accountsForEveryCharacter),
      { numRuns: 1_000 },
    );
  });

  it('accounts for every character of cells made of distinct agencies and junk between separators', () => {
    // Distinct agencies, so that no name is dropped as a repeat of another (that case has its own test).
    const pieces = fc
      .tuple(fc.uniqueArray(fc.integer({ min: 0, max: allNames.length - 1 }), { maxLength: 6 }), fc.array(junk, { maxLength: 3 }))
      .chain(([agencies, junks]) => fc.tuple(...agencies.map((i) => fc.constantFrom(...allNames[i])), ...junks.map((j) => fc.constant(j))))
      .chain((items) => fc.shuffledSubarray(items, { minLength: items.length, maxLength: items.length }));
    const cell = pieces
      .chain((items) => fc.tuple(fc.constant(items), fc.array(separator, { minLength: items.length, maxLength: items.length })))
      .map(([items, separators]) => items.map((item, i) => item + separators[i]).join(''));
    fc.assert(fc.property(cell, accountsForEveryCharacter), { numRuns: 1_000 });
  });
});
