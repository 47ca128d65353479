import { createAgencyIndex } from '../../../src/domain/agencies';
import { loadProvinceRegistry } from '../../../src/domain/agencies/registry';
import { Agency, type Succession } from '../../../src/domain/plan';

const kienGiang = loadProvinceRegistry('kien-giang');
const hauGiang = loadProvinceRegistry('hau-giang');
const kg = createAgencyIndex(kienGiang.agencies, kienGiang.successions);
const hg = createAgencyIndex(hauGiang.agencies, hauGiang.successions);

const agency = (id: string, name: string, aliases: string[] = [], province = 'kien-giang'): Agency =>
  Agency.parse({ id, name, aliases, kind: 'department', province });

const resolvedId = (index: typeof kg, name: string): string | null => {
  const result = index.resolve(name);
  return result.ok ? result.value.id : null;
};

describe('AgencyIndex.resolve', () => {
  describe('every spelling the Kiên Giang documents use', () => {
    it.each([
      ['Sở Giao Thông vận tải', 'kg.sgtvt'],
      ['Sở Giao thông vận tải', 'kg.sgtvt'],
      ['Sở Lao động - Thương binh và Xã hội', 'kg.sldtbxh'],
      ['Sở Lao động, Thương binh và XH', 'kg.sldtbxh'],
      ['Sở Lao động - TB & XH', 'kg.sldtbxh'],
      ['Sở Lao động – Thương binh và Xã hội', 'kg.sldtbxh'],
      ['Sở Nông nghiệp và Phát triển nông thôn', 'kg.snnptnt'],
      ['Sở Nông nghiệp và PTNT', 'kg.snnptnt'],
      ['Sở NN & PTNT', 'kg.snnptnt'],
      ['Trung tâm Xúc tiến Đầu tư, TM&DL', 'kg.ttxt'],
      ['Trung tâm Xúc tiến Đầu tư, Thương mại và Du lịch', 'kg.ttxt'],
      ['BQL Khu kinh tế tỉnh', 'kg.bqlkkt'],
      ['Ban Quản lý Khu kinh tế tỉnh', 'kg.bqlkkt'],
      ['UBND cấp huyện', 'kg.ubnd-huyen'],
      ['Ủy ban nhân dân các huyện, thành phố', 'kg.ubnd-huyen'],
      ['UBND các huyện, thành phố', 'kg.ubnd-huyen'],
      ['ủy ban nhân dân các huyện, thành phố', 'kg.ubnd-huyen'],
      ['Các Sở, ban, ngành có liên quan', 'kg.nganh-lien-quan'],
      ['các Sở, ban, ngành có liên quan', 'kg.nganh-lien-quan'],
      ['Các ngành liên quan', 'kg.nganh-lien-quan'],
      ['các ngành liên quan', 'kg.nganh-lien-quan'],
      ['các Sở, ngành có liên quan', 'kg.nganh-lien-quan'],
      ['các Sở, ngành liên quan', 'kg.nganh-lien-quan'],
      ['Các Sở, ban, ngành cấp tỉnh', 'kg.so-ban-nganh'],
      ['Các Sở, ngành và địa phương', 'kg.so-nganh-dia-phuong'],
      ['Các Sở, ban, ngành và địa phương', 'kg.so-nganh-dia-phuong'],
      ['các địa phương có liên quan', 'kg.dia-phuong-lien-quan'],
      ['Văn phòng UBND tỉnh', 'kg.vpubnd'],
      ['Văn phòng Ủy ban nhân dân tỉnh', 'kg.vpubnd'],
      ['UBND tỉnh', 'kg.ubnd'],
      ['Ủy ban nhân dân tỉnh Kiên Giang', 'kg.ubnd'],
      ['Ngân hàng Nhà nước Việt Nam Chi nhánh tỉnh Kiên Giang', 'kg.nhnn'],
      ['Ủy ban MTTQ Việt Nam tỉnh', 'kg.mttq'],
      ['Ban cán sự đảng Ủy ban nhân dân tỉnh', 'kg.bcsd-ubnd'],
      ['Các huyện, thành ủy, đảng ủy trực thuộc Tỉnh ủy', 'kg.huyen-thanh-uy'],
      ['Ban Tuyên giáo Tỉnh ủy', 'kg.btgtu'],
      ['Văn phòng Tỉnh ủy', 'kg.vptu'],
      ['Ban Thường vụ Tỉnh ủy', 'kg.btvtu'],
      ['Châu Thành', 'kg.ubnd-chau-thanh'],
      ['Gò Quao', 'kg.ubnd-go-quao'],
      ['Công an tỉnh', 'kg.ca'],
      ['Sở Tư pháp', 'kg.stp'],
      ['Sở Giáo dục và Đào tạo', 'kg.sgddt'],
      ['Hiệp hội Doanh nghiệp tỉnh', 'kg.hhdn'],
      ['Đài Phát thanh và Truyền hình Kiên Giang', 'kg.dptth'],
      ['Báo Kiên Giang', 'kg.bao'],
      ['Các cơ quan truyền thông', 'kg.co-quan-truyen-thong'],
      ['các đơn vị có liên quan', 'kg.don-vi-lien-quan'],
      ['các cơ quan liên quan', 'kg.don-vi-lien-quan'],
      ['Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh', 'kg.mttq'],
      ['Ban Chấp hành Đảng bộ tỉnh', 'kg.tinh-uy'],
      ['Các huyện, thành ủy, ĐUTT', 'kg.huyen-thanh-uy'],
    ])('reads %s as %s', (written, id) => {
      expect(resolvedId(kg, written)).toBe(id);
    });
  });

  describe('every spelling the Hậu Giang document uses', () => {
    it.each([
      ['Sở Lao động, Thương binh và Xã hội', 'hg.sldtbxh'],
      ['Ban Quản lý các Khu công nghiệp tỉnh', 'hg.bqlkcn'],
      ['Ban Quản lý các khu công nghiệp tỉnh', 'hg.bqlkcn'],
      ['Ban Quản lý các KCN tỉnh', 'hg.bqlkcn'],
      ['Liên minh HTX tỉnh', 'hg.lmhtx'],
      ['Ngân hàng Nhà nước VN chi nhánh tỉnh HG', 'hg.nhnn'],
      ['Ngân hàng Nhà nước Việt Nam Chi nhánh Hậu Giang', 'hg.nhnn'],
      ['Đài PTTH Hậu Giang', 'hg.dptth'],
      ['Ủy ban nhân dân huyện, thị xã, thành phố', 'hg.ubnd-huyen'],
      ['UBND huyện, thị xã, thành phố', 'hg.ubnd-huyen'],
      ['UBND huyện, TX, TP', 'hg.ubnd-huyen'],
      ['UBND cấp huyện', 'hg.ubnd-huyen'],
      ['sở, ban, ngành tỉnh', 'hg.so-ban-nganh'],
      ['sở, ban ngành tỉnh', 'hg.so-ban-nganh'],
      ['các sở, ngành có liên quan', 'hg.nganh-lien-quan'],
      ['các sở, ngành liên quan', 'hg.nganh-lien-quan'],
      ['các cơ quan, đơn vị có liên quan', 'hg.don-vi-lien-quan'],
      ['thành phố Ngã Bảy', 'hg.ubnd-nga-bay'],
      ['Ủy ban nhân dân Tỉnh', 'hg.ubnd'],
    ])('reads %s as %s', (written, id) => {
      expect(resolvedId(hg, written)).toBe(id);
    });
  });

  describe('abbreviations', () => {
    it.each([
      ['Sở KH&ĐT', 'kg.skhdt'],
      ['Sở KH và ĐT', 'kg.skhdt'],
      ['Sở LĐ-TB&XH', 'kg.sldtbxh'],
      ['Sở Lao động TB&XH', 'kg.sldtbxh'],
      ['Sở TN & MT', 'kg.stnmt'],
      ['Sở TT và TT', 'kg.stttt'],
      ['SỞ GTVT', 'kg.sgtvt'],
      ['Sở KH & CN', 'kg.skhcn'],
      ['Trung tâm Xúc tiến Đầu tư, TM & DL', 'kg.ttxt'],
      ['Ban Quản lý Khu kinh tế tỉnh', 'kg.bqlkkt'],
      ['Ủy ban nhân dân cấp huyện', 'kg.ubnd-huyen'],
      ['Ủy ban nhân dân tỉnh', 'kg.ubnd'],
    ])('reads %s as %s', (written, id) => {
      expect(resolvedId(kg, written)).toBe(id);
    });
  });

  it('ignores case, accents, spacing and dash kinds', () => {
    expect(resolvedId(kg, '  so   cong THUONG ')).toBe('kg.sct');
    expect(resolvedId(kg, 'Sở Lao động — Thương binh và Xã hội')).toBe('kg.sldtbxh');
  });

  it('ignores punctuation left around the name', () => {
    expect(resolvedId(kg, 'Sở Công Thương.')).toBe('kg.sct');
  });

  it('accepts the province after a name the registry writes ending in "tỉnh"', () => {
    expect(resolvedId(kg, 'Công an tỉnh Kiên Giang')).toBe('kg.ca');
    expect(resolvedId(kg, 'BQL Khu kinh tế tỉnh Kiên Giang')).toBe('kg.bqlkkt');
    expect(resolvedId(hg, 'Công an tỉnh Hậu Giang')).toBe('hg.ca');
  });

  it('does not drop "tỉnh" or add a province where the registry does not say so', () => {
    expect(resolvedId(kg, 'Ban Quản lý Khu kinh tế')).toBeNull();
    expect(resolvedId(kg, 'Ủy ban nhân dân')).toBeNull();
    expect(resolvedId(kg, 'Công an tỉnh Hậu Giang')).toBeNull();
  });

  it('tells the source province agency from its successor by the province in the name', () => {
    expect(resolvedId(kg, 'Sở Công Thương')).toBe('kg.sct');
    expect(resolvedId(kg, 'Sở Công Thương tỉnh An Giang')).toBe('ag.sct');
    expect(resolvedId(hg, 'Sở Công Thương thành phố Cần Thơ')).toBe('ct.sct');
  });

  it('rejects an unknown name, saying in both languages to add it to the aliases or correct the cell', () => {
    const result = kg.resolve('Phòng Kinh tế huyện');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.reason_vi).toContain('"Phòng Kinh tế huyện"');
    expect(result.reason_vi).toContain('aliases');
    expect(result.reason_vi).toContain('sửa lại ô');
    expect(result.reason_en).toContain('aliases');
    expect(result.reason_en).toContain('correct the cell');
  });

  it('rejects an empty name', () => {
    expect(kg.resolve('').ok).toBe(false);
    expect(kg.resolve(' ;, ').ok).toBe(false);
  });

  it('never guesses between two agencies sharing a name: rejected, listing both', () => {
    const index = createAgencyIndex(
      [agency('x.kt', 'Phòng Kinh tế', ['Phòng KT']), agency('x.kthc', 'Phòng Kinh tế - Hạ tầng', ['Phòng KT'])],
      [],
    );
    const result = index.resolve('phòng kt');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.reason_vi).toContain('Phòng Kinh tế (x.kt)');
    expect(result.reason_vi).toContain('Phòng Kinh tế - Hạ tầng (x.kthc)');
    expect(result.reason_en).toContain('x.kt');
    expect(result.reason_en).toContain('x.kthc');
    expect(resolvedId(index, 'Phòng Kinh tế')).toBe('x.kt');
  });

  it('never throws, whatever it is handed', () => {
    for (const text of ['', '\u0000', '😀🏭', '\uD800', 'Sở '.repeat(10_000), 'x'.repeat(100_000)]) {
      expect(() => kg.resolve(text)).not.toThrow();
    }
  });
});

describe('AgencyIndex.byId', () => {
  it('finds an agency by id, and nothing for an unknown id', () => {
    expect(kg.byId('kg.sct')?.name).toBe('Sở Công Thương');
    expect(kg.byId('kg.nothing')).toBeUndefined();
  });
});

describe('AgencyIndex.problems', () => {
  const succession = (from: string, to: string | null, effectiveFrom = '2025-07-01'): Succession => ({
    from,
    to,
    effectiveFrom,
    basis: '',
  });

  it('reports a duplicate id and keeps the first agency under it', () => {
    const index = createAgencyIndex([agency('x.a', 'Sở A'), agency('x.a', 'Sở B')], []);
    expect(index.problems).toHaveLength(1);
    expect(index.problems[0].message_vi).toContain('"x.a"');
    expect(index.byId('x.a')?.name).toBe('Sở A');
  });

  it('reports a name two agencies share, once', () => {
    const index = createAgencyIndex([agency('x.a', 'Công an tỉnh'), agency('x.b', 'Công an tỉnh')], []);
    expect(index.problems).toHaveLength(1);
    expect(index.problems[0].message_en).toContain('x.a');
    expect(index.problems[0].message_en).toContain('x.b');
  });

  it('reports successions from or to ids the registry does not hold', () => {
    const index = createAgencyIndex([agency('x.a', 'Sở A')], [succession('x.a', 'x.gone'), succession('x.ghost', 'x.a')]);
    const messages = index.problems.map((p) => p.message_en);
    expect(messages).toHaveLength(2);
    expect(messages.some((m) => m.includes('"x.gone"'))).toBe(true);
    expect(messages.some((m) => m.includes('"x.ghost"'))).toBe(true);
  });

  it('reports a group member the registry does not hold', () => {
    const group = Agency.parse({ id: 'x.g', name: 'Các ngành', kind: 'group', province: 'p', members: ['x.none'] });
    expect(createAgencyIndex([group], []).problems[0].message_vi).toContain('"x.none"');
  });

  it('reports a cycle of successions, and an agency with two successors', () => {
    const index = createAgencyIndex(
      [agency('x.a', 'Sở A'), agency('x.b', 'Sở B'), agency('x.c', 'Sở C')],
      [succession('x.a', 'x.b'), succession('x.b', 'x.a', '2025-08-01'), succession('x.a', 'x.c', '2025-09-01')],
    );
    const messages = index.problems.map((p) => p.message_en);
    expect(messages.some((m) => m.includes('x.a → x.b → x.a'))).toBe(true);
    expect(messages.some((m) => m.includes('"x.a" has 2 successions'))).toBe(true);
  });
});
