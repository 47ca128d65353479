/**
 * Builds a Compound File Binary (OLE2) container — the shape of `.xls` files and of
 * password-encrypted `.xlsx` files — holding directory entries with the given names ([MS-CFB]):
 * a 512-byte header, one FAT sector, then the directory. Streams are listed but left empty: the
 * code under test reads names only.
 */

const SECTOR = 512;
const ENTRIES_PER_SECTOR = SECTOR / 128;
const FREE = 0xffffffff;
const END_OF_CHAIN = 0xfffffffe;
const FAT_SECTOR = 0xfffffffd;

/** An OLE file whose root storage holds streams named `streams`. */
export function buildOle(streams: readonly string[]): Uint8Array {
  const names = ['Root Entry', ...streams];
  const directorySectors = Math.ceil(names.length / ENTRIES_PER_SECTOR);
  const file = new Uint8Array(SECTOR * (2 + directorySectors));
  const view = new DataView(file.buffer);

  file.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], 0);
  view.setUint16(24, 0x003e, true);
  view.setUint16(26, 3, true);
  view.setUint16(28, 0xfffe, true);
  view.setUint16(30, 9, true);
  view.setUint16(32, 6, true);
  view.setUint32(44, 1, true);
  view.setUint32(48, 1, true);
  view.setUint32(56, 4096, true);
  view.setUint32(60, END_OF_CHAIN, true);
  view.setUint32(68, END_OF_CHAIN, true);
  for (let i = 0; i < 109; i++) view.setUint32(76 + i * 4, i === 0 ? 0 : FREE, true);

  // Sector 0 is the FAT; sectors 1… hold the directory, chained in order.
  const fat = SECTOR;
  for (let i = 0; i < SECTOR / 4; i++) view.setUint32(fat + i * 4, FREE, true);
  view.setUint32(fat, FAT_SECTOR, true);
  for (let s = 1; s <= directorySectors; s++) view.setUint32(fat + s * 4, s === directorySectors ? END_OF_CHAIN : s + 1, true);

  names.forEach((name, index) => {
    const at = 2 * SECTOR + index * 128;
    for (let i = 0; i < name.length; i++) view.setUint16(at + i * 2, name.charCodeAt(i), true);
    view.setUint16(at + 64, (name.length + 1) * 2, true);
    view.setUint8(at + 66, index === 0 ? 5 : 2);
    view.setUint32(at + 68, FREE, true);
    // Siblings as a right-leaning chain, so that a full reader reaches every stream too.
    view.setUint32(at + 72, index > 0 && index + 1 < names.length ? index + 1 : FREE, true);
    view.setUint32(at + 76, index === 0 && names.length > 1 ? 1 : FREE, true);
    view.setUint32(at + 116, END_OF_CHAIN, true);
  });
  return file;
}
