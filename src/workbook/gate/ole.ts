/**
 * Tệp OLE (Compound File Binary) — the container of Excel 97-2003 `.xls` files and, since Excel
 * 2007, of password-encrypted `.xlsx` files. Only the names in its directory are read, enough to
 * tell the two apart ([MS-CFB] §2.2, §2.6; [MS-OFFCRYPTO] §2.3.4): every read is bounds-checked
 * and every chain walk is bounded by the number of sectors, so a forged header cannot loop.
 */

export type OleKind = 'encrypted' | 'xls' | 'other-document' | 'damaged';

const HEADER_BYTES = 512;
const DIRECTORY_ENTRY_BYTES = 128;
const HEADER_DIFAT_ENTRIES = 109;
/** Sector numbers at or above this are markers (end of chain, free, FAT, DIFAT), not sectors. */
const MAX_REGULAR_SECTOR = 0xfffffffa;
const END_OF_CHAIN = 0xfffffffe;

/** Streams that only an encrypted OOXML package has. */
const ENCRYPTION_STREAMS = new Set(['EncryptionInfo', 'EncryptedPackage']);
/** The workbook stream of BIFF8 (`Workbook`) and of BIFF5 (`Book`). */
const WORKBOOK_STREAMS = new Set(['Workbook', 'Book']);

export function inspectOle(bytes: Uint8Array): OleKind {
  const names = directoryNames(bytes);
  if (names === null) return 'damaged';
  if ([...ENCRYPTION_STREAMS].some((n) => names.has(n))) return 'encrypted';
  if ([...WORKBOOK_STREAMS].some((n) => names.has(n))) return 'xls';
  return 'other-document';
}

/** The names of all directory entries, or null when the structure is inconsistent. */
function directoryNames(bytes: Uint8Array): Set<string> | null {
  if (bytes.length < HEADER_BYTES) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const sectorShift = view.getUint16(30, true);
  if (sectorShift !== 9 && sectorShift !== 12) return null;
  const sectorSize = 1 << sectorShift;
  const sectorCount = Math.floor((bytes.length - HEADER_BYTES) / sectorSize);
  const entriesPerSector = sectorSize / 4;
  const sectorOffset = (sector: number): number | null =>
    sector < sectorCount ? HEADER_BYTES + sector * sectorSize : null;

  const fatSectors = fatSectorList(view, sectorOffset, entriesPerSector, sectorCount);
  if (fatSectors === null) return null;
  const nextSector = (sector: number): number | null => {
    const fatSector = fatSectors[Math.floor(sector / entriesPerSector)];
    const at = fatSector === undefined ? null : sectorOffset(fatSector);
    return at === null ? null : view.getUint32(at + (sector % entriesPerSector) * 4, true);
  };

  const names = new Set<string>();
  let sector = view.getUint32(48, true);
  for (let walked = 0; sector !== END_OF_CHAIN; walked++) {
    const at = sectorOffset(sector);
    if (at === null || walked >= sectorCount) return null;
    for (let entry = at; entry < at + sectorSize; entry += DIRECTORY_ENTRY_BYTES) {
      const name = entryName(bytes, view, entry);
      if (name !== null) names.add(name);
    }
    const next = nextSector(sector);
    if (next === null) return null;
    sector = next;
  }
  return names;
}

/** The sectors that hold the FAT: 109 listed in the header, the rest in the DIFAT chain. */
function fatSectorList(
  view: DataView,
  sectorOffset: (sector: number) => number | null,
  entriesPerSector: number,
  sectorCount: number,
): number[] | null {
  const fatSectorCount = view.getUint32(44, true);
  if (fatSectorCount > sectorCount) return null;
  const list: number[] = [];
  for (let i = 0; i < HEADER_DIFAT_ENTRIES && list.length < fatSectorCount; i++) {
    list.push(view.getUint32(76 + i * 4, true));
  }
  let difat = view.getUint32(68, true);
  for (let walked = 0; list.length < fatSectorCount; walked++) {
    const at = difat <= MAX_REGULAR_SECTOR ? sectorOffset(difat) : null;
    if (at === null || walked >= sectorCount) return null;
    for (let i = 0; i < entriesPerSector - 1 && list.length < fatSectorCount; i++) {
      list.push(view.getUint32(at + i * 4, true));
    }
    difat = view.getUint32(at + (entriesPerSector - 1) * 4, true);
  }
  return list;
}

/** The name of the directory entry at `at`, or null for an unused or malformed entry. */
function entryName(bytes: Uint8Array, view: DataView, at: number): string | null {
  const objectType = view.getUint8(at + 66);
  const nameBytes = view.getUint16(at + 64, true);
  // The length counts the terminating NUL; names are at most 31 UTF-16 characters.
  if (objectType === 0 || nameBytes < 2 || nameBytes > 64 || nameBytes % 2 !== 0) return null;
  return new TextDecoder('utf-16le').decode(bytes.subarray(at, at + nameBytes - 2));
}
