/**
 * Danh mục cơ quan của tỉnh — the agencies a province's plans name (with every spelling met in the
 * documents) and the successions of the 2025 reorganisation, shipped as data in
 * `seeds/agencies/<province>.json` so that officials can correct them without code. Each file also
 * holds the successor province's agencies, so that it is self-contained.
 */
import { z } from 'zod';
import { Agency, Succession } from '../plan';
import hauGiang from '../../../seeds/agencies/hau-giang.json';
import kienGiang from '../../../seeds/agencies/kien-giang.json';

export const ProvinceRegistry = z.object({
  /** Province slug, e.g. `kien-giang`. */
  province: z.string().min(1),
  provinceName: z.string().min(1),
  agencies: z.array(Agency),
  successions: z.array(Succession),
});
export type ProvinceRegistry = z.infer<typeof ProvinceRegistry>;

/** The provinces whose source documents the seeds come from. */
export const SeedProvince = z.enum(['kien-giang', 'hau-giang']);
export type SeedProvince = z.infer<typeof SeedProvince>;

const BUNDLED: Readonly<Record<SeedProvince, unknown>> = { 'kien-giang': kienGiang, 'hau-giang': hauGiang };

/** The bundled registry, validated: a malformed bundle is a build error, so this throws on it. */
export function loadProvinceRegistry(province: SeedProvince): ProvinceRegistry {
  return ProvinceRegistry.parse(BUNDLED[province]);
}
