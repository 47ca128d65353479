import { agencyKey, registeredKeys } from '../../../src/domain/agencies/agencyKey';

describe('agencyKey', () => {
  it.each([
    ['Sở NN & PTNT', 'Sở Nông nghiệp và Phát triển nông thôn'],
    ['Sở Nông nghiệp và PTNT', 'Sở Nông nghiệp và Phát triển nông thôn'],
    ['Sở Lao động - TB & XH', 'Sở Lao động - Thương binh và Xã hội'],
    ['Sở LĐ-TB&XH', 'Sở Lao động - Thương binh và Xã hội'],
    ['Sở Lao động - Thương binh và XH', 'Sở Lao động – Thương binh và Xã hội'],
    ['Trung tâm Xúc tiến Đầu tư, TM&DL', 'Trung tâm Xúc tiến Đầu tư, Thương mại và Du lịch'],
    ['Sở KH&ĐT', 'Sở Kế hoạch và Đầu tư'],
    ['Sở KH&CN', 'Sở Khoa học và Công nghệ'],
    ['Sở TT&TT', 'Sở Thông tin và Truyền thông'],
    ['Sở TN&MT', 'Sở Tài nguyên và Môi trường'],
    ['Sở GTVT', 'Sở Giao thông vận tải'],
    ['Sở NN&MT', 'Sở Nông nghiệp và Môi trường'],
    ['UBND cấp huyện', 'Ủy ban nhân dân cấp huyện'],
    ['BQL các KCN tỉnh', 'Ban Quản lý các Khu công nghiệp tỉnh'],
  ])('gives %s the key of %s', (abbreviated, full) => {
    expect(agencyKey(abbreviated)).toBe(agencyKey(full));
  });

  it('expands abbreviations written in lower case too', () => {
    expect(agencyKey('ubnd cấp huyện')).toBe(agencyKey('Ủy ban nhân dân cấp huyện'));
  });

  it('leaves abbreviations inside longer words alone (NHNN is not Nông nghiệp)', () => {
    expect(agencyKey('NHNN tỉnh')).toBe('nhnn tinh');
  });

  it('expands NN only next to Sở, PTNT or MT, since NN may also mean Nhà nước', () => {
    expect(agencyKey('Ngân hàng NN')).toBe('ngan hang nn');
    expect(agencyKey('Sở NN')).toBe('so nong nghiep');
  });

  it('keeps commas, which tell names apart', () => {
    expect(agencyKey('Sở Lao động, Thương binh và XH')).toBe('so lao dong, thuong binh xa hoi');
  });
});

describe('registeredKeys', () => {
  it('lets a name ending in "tỉnh" stand for the same name followed by its province', () => {
    expect(registeredKeys('Công an tỉnh', 'kien-giang')).toEqual(['cong an tinh', 'cong an tinh kien giang']);
  });

  it('adds nothing to other names', () => {
    expect(registeredKeys('Sở Công Thương', 'kien-giang')).toEqual(['so cong thuong']);
    expect(registeredKeys('Tỉnh ủy', 'kien-giang')).toEqual(['tinh uy']);
  });
});
