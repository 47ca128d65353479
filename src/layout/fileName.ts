/**
 * Tên tệp — ASCII-safe names for the files sent to agencies: mail servers and old Windows
 * machines mangle accents, so `Sở KH&ĐT` becomes `So-KHDT`.
 */

/** Accents stripped, đ → d, spaces → `-`, then only `A–Z a–z 0–9 . _ -` kept. */
export function asciiSlug(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .trim()
    .replace(/\s+/g, '-')
    .replace(/[^A-Za-z0-9._-]/g, '')
    .replace(/-{2,}/g, '-')
    .replace(/^[-.]+|[-.]+$/g, '');
}

/**
 * `<period>_<short name>.xlsx`; when two agencies would share a name, the later one gets its
 * agency code too (`2022_UBND_ubnd-xa.xlsx`). `taken` holds the names already given, lower-cased.
 */
export function agencyFileName(periodId: string, agency: { id: string; name: string; shortNames: readonly string[] }, taken: ReadonlySet<string>): string {
  const stem = asciiSlug(agency.shortNames[0] ?? agency.name) || asciiSlug(agency.id);
  const plain = `${periodId}_${stem}.xlsx`;
  if (!taken.has(plain.toLowerCase())) return plain;
  const code = asciiSlug(agency.id.slice(agency.id.indexOf('.') + 1));
  return `${periodId}_${stem}_${code}.xlsx`;
}
