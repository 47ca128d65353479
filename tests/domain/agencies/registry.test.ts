import { createAgencyIndex } from '../../../src/domain/agencies';
import { loadProvinceRegistry, type SeedProvince } from '../../../src/domain/agencies/registry';

const PROVINCES: readonly SeedProvince[] = ['kien-giang', 'hau-giang'];
/** Province code of the id → province slug, for the source province and the one it merged into. */
const PROVINCE_OF_CODE: Readonly<Record<string, string>> = {
  kg: 'kien-giang',
  ag: 'an-giang',
  hg: 'hau-giang',
  ct: 'can-tho',
};

describe.each(PROVINCES)('loadProvinceRegistry(%s)', (province) => {
  const registry = loadProvinceRegistry(province);
  const index = createAgencyIndex(registry.agencies, registry.successions);

  it('is sound: no duplicate id, no name shared by two agencies, no broken succession', () => {
    expect(index.problems).toEqual([]);
  });

  it('names agencies <province code>.<agency code>, with the province field matching the code', () => {
    for (const agency of registry.agencies) {
      expect(agency.id).toMatch(/^(kg|ag|hg|ct)\.[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(agency.province).toBe(PROVINCE_OF_CODE[agency.id.split('.')[0]]);
    }
  });

  it('holds only its own province and the province it merged into', () => {
    const provinces = new Set(registry.agencies.map((a) => a.province));
    expect([...provinces].sort()).toEqual(province === 'kien-giang' ? ['an-giang', 'kien-giang'] : ['can-tho', 'hau-giang']);
  });

  it('gives every agency a short name for file names', () => {
    for (const agency of registry.agencies) expect(agency.shortNames.length).toBeGreaterThan(0);
  });

  it('resolves every official name, short name and alias to its own agency', () => {
    for (const agency of registry.agencies) {
      for (const written of [agency.name, ...agency.shortNames, ...agency.aliases]) {
        const result = index.resolve(written);
        expect({ written, id: result.ok ? result.value.id : result.reason_en }).toEqual({ written, id: agency.id });
      }
    }
  });

  it('gives every succession a basis and one of the 2025 reorganisation dates', () => {
    for (const succession of registry.successions) {
      expect(succession.basis.trim()).not.toBe('');
      expect(['2025-03-01', '2025-07-01']).toContain(succession.effectiveFrom);
    }
  });

  it('cites the province merger resolution for the economic-zone and industrial-park boards', () => {
    const board = registry.successions.find((s) => s.from === (province === 'kien-giang' ? 'kg.bqlkkt' : 'hg.bqlkcn'));
    expect(board?.to).toBe(province === 'kien-giang' ? 'ag.bqlkkt' : 'ct.bqlkcn');
    expect(board?.basis).toContain('Nghị quyết 202/2025/QH15 (sắp xếp đơn vị hành chính cấp tỉnh)');
  });
});
