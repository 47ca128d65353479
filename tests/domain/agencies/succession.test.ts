import { createAgencyIndex } from '../../../src/domain/agencies';
import { loadProvinceRegistry } from '../../../src/domain/agencies/registry';
import { Agency, type Succession } from '../../../src/domain/plan';

const kienGiang = loadProvinceRegistry('kien-giang');
const hauGiang = loadProvinceRegistry('hau-giang');
const kg = createAgencyIndex(kienGiang.agencies, kienGiang.successions);
const hg = createAgencyIndex(hauGiang.agencies, hauGiang.successions);

const holder = (index: typeof kg, agencyId: string, date: string): string | null =>
  index.responsibleOn(agencyId, date).agencyId;

describe('AgencyIndex.responsibleOn', () => {
  it('answers with the agency itself before the first succession takes effect', () => {
    expect(kg.responsibleOn('kg.skhdt', '2025-02-28')).toEqual({ agencyId: 'kg.skhdt', chain: [] });
  });

  it('follows the merger of departments from 01/03/2025', () => {
    const { agencyId, chain } = kg.responsibleOn('kg.skhdt', '2025-03-01');
    expect(agencyId).toBe('kg.stc');
    expect(chain.map((s) => [s.from, s.to, s.effectiveFrom])).toEqual([['kg.skhdt', 'kg.stc', '2025-03-01']]);
    expect(holder(kg, 'kg.skhdt', '2025-06-30')).toBe('kg.stc');
  });

  it('follows the chain on to the merged province from 01/07/2025', () => {
    const { agencyId, chain } = kg.responsibleOn('kg.skhdt', '2026-01-01');
    expect(agencyId).toBe('ag.stc');
    expect(chain.map((s) => `${s.from}→${s.to}`)).toEqual(['kg.skhdt→kg.stc', 'kg.stc→ag.stc']);
    expect(holder(kg, 'kg.skhdt', '2025-07-01')).toBe('ag.stc');
  });

  it.each([
    ['kg.stnmt', '2025-05-01', 'kg.snnmt'],
    ['kg.snnptnt', '2025-05-01', 'kg.snnmt'],
    ['kg.stnmt', '2026-01-01', 'ag.snnmt'],
    ['kg.snnptnt', '2026-01-01', 'ag.snnmt'],
    ['kg.sgtvt', '2025-05-01', 'kg.sxd'],
    ['kg.sgtvt', '2026-01-01', 'ag.sxd'],
    ['kg.stttt', '2025-05-01', 'kg.skhcn'],
    ['kg.stttt', '2026-01-01', 'ag.skhcn'],
    ['kg.sldtbxh', '2025-05-01', 'kg.snv'],
    ['kg.sldtbxh', '2026-01-01', 'ag.snv'],
    ['kg.sct', '2025-05-01', 'kg.sct'],
    ['kg.sct', '2026-01-01', 'ag.sct'],
    ['kg.bqlkkt', '2026-01-01', 'ag.bqlkkt'],
    ['kg.ubnd-huyen', '2025-06-30', 'kg.ubnd-huyen'],
    ['kg.ubnd-huyen', '2025-07-01', 'ag.ubnd-xa'],
    ['kg.ubnd-chau-thanh', '2026-01-01', 'ag.ubnd-xa'],
    ['kg.ubnd-go-quao', '2026-01-01', 'ag.ubnd-xa'],
    ['kg.nganh-lien-quan', '2026-01-01', 'ag.nganh-lien-quan'],
    ['kg.tinh-uy', '2026-01-01', 'ag.tinh-uy'],
    ['kg.bcsd-ubnd', '2026-01-01', 'ag.dang-uy-ubnd'],
    ['kg.huyen-thanh-uy', '2026-01-01', 'ag.dang-uy-truc-thuoc'],
  ])('Kiên Giang: %s on %s → %s', (agencyId, date, expected) => {
    expect(holder(kg, agencyId, date)).toBe(expected);
  });

  it.each([
    ['hg.skhdt', '2025-05-01', 'hg.stc'],
    ['hg.skhdt', '2026-01-01', 'ct.stc'],
    ['hg.sldtbxh', '2026-01-01', 'ct.snv'],
    ['hg.stttt', '2026-01-01', 'ct.skhcn'],
    ['hg.sgtvt', '2026-01-01', 'ct.sxd'],
    ['hg.bqlkcn', '2026-01-01', 'ct.bqlkcn'],
    ['hg.ubnd-huyen', '2026-01-01', 'ct.ubnd-xa'],
    ['hg.ubnd-long-my', '2026-01-01', 'ct.ubnd-xa'],
  ])('Hậu Giang: %s on %s → %s', (agencyId, date, expected) => {
    expect(holder(hg, agencyId, date)).toBe(expected);
  });

  it('passes every provincial body to the merged province by 2026, except bodies outside the provincial apparatus', () => {
    const outside = new Set(['kg.nhnn', 'kg.hhdn', 'hg.nhnn', 'hg.hq']);
    for (const [registry, index, successor] of [
      [kienGiang, kg, 'an-giang'],
      [hauGiang, hg, 'can-tho'],
    ] as const) {
      for (const agency of registry.agencies.filter((a) => a.province === registry.province && !outside.has(a.id))) {
        const now = index.responsibleOn(agency.id, '2026-01-01').agencyId;
        expect({ from: agency.id, province: now === null ? null : index.byId(now)?.province }).toEqual({
          from: agency.id,
          province: successor,
        });
      }
    }
  });

  it('answers null for an agency abolished without successor', () => {
    const index = createAgencyIndex(
      [Agency.parse({ id: 'x.a', name: 'Sở A', kind: 'department', province: 'p' })],
      [{ from: 'x.a', to: null, effectiveFrom: '2025-03-01', basis: 'giải thể' }],
    );
    expect(index.responsibleOn('x.a', '2025-03-01')).toEqual({
      agencyId: null,
      chain: [{ from: 'x.a', to: null, effectiveFrom: '2025-03-01', basis: 'giải thể' }],
    });
    expect(index.responsibleOn('x.a', '2025-02-01').agencyId).toBe('x.a');
  });

  it('stops on a cycle in the data instead of looping, and the index reports it', () => {
    const agencies = ['x.a', 'x.b', 'x.c'].map((id) => Agency.parse({ id, name: id, kind: 'department', province: 'p' }));
    const successions: Succession[] = [
      { from: 'x.a', to: 'x.b', effectiveFrom: '2025-03-01', basis: '' },
      { from: 'x.b', to: 'x.c', effectiveFrom: '2025-03-01', basis: '' },
      { from: 'x.c', to: 'x.a', effectiveFrom: '2025-03-01', basis: '' },
    ];
    const index = createAgencyIndex(agencies, successions);
    const { agencyId, chain } = index.responsibleOn('x.a', '2026-01-01');
    expect(agencyId).toBe('x.c');
    expect(chain).toHaveLength(2);
    expect(index.problems.some((p) => p.message_en.includes('x.a → x.b → x.c → x.a'))).toBe(true);
  });

  it('answers with the agency itself for an id with no succession, or a date that is not ISO', () => {
    expect(kg.responsibleOn('kg.nhnn', '2026-01-01')).toEqual({ agencyId: 'kg.nhnn', chain: [] });
    expect(kg.responsibleOn('kg.skhdt', '01/01/2026')).toEqual({ agencyId: 'kg.skhdt', chain: [] });
    expect(kg.responsibleOn('kg.unknown', '2026-01-01')).toEqual({ agencyId: 'kg.unknown', chain: [] });
  });
});
