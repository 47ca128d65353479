/**
 * Kế hoạch có sẵn — the plans transcribed from the source documents (`seeds/*.json`). Each is
 * its own chunk, fetched from the add-in's own server only when the officer picks it.
 */
import type { Bilingual } from '../i18n/language';

export interface SeedPlan {
  readonly id: string;
  readonly label: Bilingual;
  /** The plan as written in the file, unchecked: `checkPlan` judges it. */
  load(): Promise<unknown>;
}

const json = (module: { default: unknown }): unknown => module.default;

export const SEED_PLANS: readonly SeedPlan[] = [
  {
    id: 'kg-40-kh-ubnd',
    label: {
      vi: 'Kế hoạch 40/KH-UBND ngày 23/02/2022 — phát triển công nghiệp Kiên Giang 2021–2025',
      en: 'Plan 40/KH-UBND of 23/02/2022 — Kiên Giang industrial development 2021–2025',
    },
    load: () => import('../../../seeds/kg-40-kh-ubnd.json').then(json),
  },
  {
    id: 'kg-22-ctr-tu',
    label: {
      vi: 'Chương trình hành động 22-CTr/TU ngày 20/01/2022 — Tỉnh ủy Kiên Giang',
      en: 'Action programme 22-CTr/TU of 20/01/2022 — Kiên Giang Provincial Party Committee',
    },
    load: () => import('../../../seeds/kg-22-ctr-tu.json').then(json),
  },
  {
    id: 'kg-157-kh-ubnd',
    label: {
      vi: 'Kế hoạch 157/KH-UBND ngày 21/10/2020 — chính sách công nghiệp quốc gia, Kiên Giang',
      en: 'Plan 157/KH-UBND of 21/10/2020 — national industrial policy, Kiên Giang',
    },
    load: () => import('../../../seeds/kg-157-kh-ubnd.json').then(json),
  },
  {
    id: 'kg-670-tb-vp',
    label: {
      vi: 'Thông báo 670/TB-VP ngày 25/7/2022 — kết luận cuộc họp, theo Kế hoạch 40',
      en: 'Notice 670/TB-VP of 25/7/2022 — meeting conclusions, following plan 40',
    },
    load: () => import('../../../seeds/kg-670-tb-vp.json').then(json),
  },
  {
    id: 'hg-kh-ctr-03',
    label: {
      vi: 'Kế hoạch thực hiện Chương trình 03/CTr-UBND — công nghiệp và logistics Hậu Giang',
      en: 'Plan implementing programme 03/CTr-UBND — Hậu Giang industry and logistics',
    },
    load: () => import('../../../seeds/hg-kh-ctr-03.json').then(json),
  },
];
