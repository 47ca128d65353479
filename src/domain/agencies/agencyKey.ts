/**
 * Khóa tên cơ quan — the key under which a written agency name is looked up: `nameKey` plus the
 * abbreviations officials write in appendix cells, so that `Sở NN & PTNT` and `Sở Nông nghiệp và
 * Phát triển nông thôn` share one key. Expansions replace whole words of the key only, so `NHNN`
 * or `TTXT` stay as they are. `NN` alone could be Nông nghiệp or Nhà nước, so it is expanded only
 * after `Sở` or before `PTNT` / `MT`.
 */
import { nameKey } from '../vn/nameKey';

/** Keyed abbreviation → keyed expansion (`&`, `và`, dashes and accents are already gone). */
const ABBREVIATIONS: ReadonlyMap<string, string> = new Map([
  ['ubnd', 'uy ban nhan dan'],
  ['bql', 'ban quan ly'],
  ['kcn', 'khu cong nghiep'],
  ['ptnt', 'phat trien nong thon'],
  ['ld tb xh', 'lao dong thuong binh xa hoi'],
  ['tb xh', 'thuong binh xa hoi'],
  ['xh', 'xa hoi'],
  ['tm dl', 'thuong mai du lich'],
  ['kh dt', 'ke hoach dau tu'],
  ['kh cn', 'khoa hoc cong nghe'],
  ['tt tt', 'thong tin truyen thong'],
  ['tn mt', 'tai nguyen moi truong'],
  ['gtvt', 'giao thong van tai'],
  ['nn ptnt', 'nong nghiep phat trien nong thon'],
  ['nn mt', 'nong nghiep moi truong'],
  ['nn', 'nong nghiep'],
]);

/** Abbreviations too ambiguous to expand everywhere, and the only place they are expanded. */
const CONTEXT: ReadonlyMap<string, string> = new Map([['nn', '(?<=(?<![\\p{L}\\p{N}])so )nn']]);

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Longest first, so that `tb xh` wins over `xh`; bounded by anything that is not a letter or digit. */
const ABBREVIATION_PATTERN = new RegExp(
  `(?<![\\p{L}\\p{N}])(${[...ABBREVIATIONS.keys()]
    .sort((a, b) => b.length - a.length)
    .map((abbreviation) => CONTEXT.get(abbreviation) ?? escape(abbreviation))
    .join('|')})(?![\\p{L}\\p{N}])`,
  'gu',
);

export function agencyKey(text: string): string {
  return nameKey(text).replace(ABBREVIATION_PATTERN, (abbreviation) => ABBREVIATIONS.get(abbreviation) ?? abbreviation);
}

/**
 * The keys a registered name stands for. A name the registry writes ending in `tỉnh` (`Công an
 * tỉnh`, `Ban Quản lý Khu kinh tế tỉnh`) also stands for the same name followed by its province
 * (`Công an tỉnh Kiên Giang`); nothing else is dropped or added, so `Ủy ban nhân dân tỉnh` never
 * matches a bare `Ủy ban nhân dân`. The province slug is the key of the province's name
 * (`kien-giang` ↔ `Kiên Giang`).
 */
export function registeredKeys(name: string, province: string): string[] {
  const key = agencyKey(name);
  if (!/(^| )tinh$/.test(key)) return [key];
  return [key, `${key} ${province.split('-').join(' ')}`];
}
