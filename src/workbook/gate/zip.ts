/**
 * Thư mục tệp nén — a minimal ZIP central-directory reader for untrusted `.xlsx` packages
 * (APPNOTE 6.3.10 §4.3). It reads where each part's bytes are and nothing it cannot verify: sizes
 * the headers claim are used only to cut each part's slice out of the file, and the slices must lie
 * inside the file without overlapping (overlapping parts are how "non-recursive" zip bombs expand).
 */
import type { GateLimits } from './limits';
import type { GateProblem } from './messages';

export type ZipMethod = 'stored' | 'deflated';

export type ZipEntry = {
  readonly name: string;
  readonly method: ZipMethod;
  /** The entry's compressed bytes, as a view into the file. */
  readonly data: Uint8Array;
};

export type ZipDirectory =
  | { readonly ok: true; readonly entries: readonly ZipEntry[] }
  | { readonly ok: false; readonly problem: GateProblem };

const EOCD_SIGNATURE = 0x06054b50;
const EOCD_BYTES = 22;
const MAX_COMMENT_BYTES = 0xffff;
const ZIP64_LOCATOR_SIGNATURE = 0x07064b50;
const ZIP64_LOCATOR_BYTES = 20;
const ZIP64_EOCD_SIGNATURE = 0x06064b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const CENTRAL_BYTES = 46;
const LOCAL_SIGNATURE = 0x04034b50;
const LOCAL_BYTES = 30;
const ZIP64_EXTRA_ID = 0x0001;
const FLAG_ENCRYPTED = 0x0001;
const METHODS: Readonly<Record<number, ZipMethod>> = { 0: 'stored', 8: 'deflated' };

const damaged = (detail: string): ZipDirectory => ({ ok: false, problem: { kind: 'damaged', detail } });

/** A 64-bit little-endian field as a number; values past 2^53 are beyond any file anyway. */
const getUint64 = (view: DataView, at: number): number =>
  view.getUint32(at, true) + view.getUint32(at + 4, true) * 0x1_0000_0000;

/** The bytes `[from, to)` of the file that one entry (or the central directory) occupies. */
type Span = { from: number; to: number; name: string };

type CentralRecord = {
  name: string;
  method: number;
  flags: number;
  compressedSize: number;
  headerOffset: number;
};

export function readZipDirectory(bytes: Uint8Array, limits: GateLimits): ZipDirectory {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = findEndOfCentralDirectory(view);
  if (end === null) return damaged('end of central directory not found (truncated file?)');
  const directory = centralDirectoryBounds(view, end);
  if (typeof directory === 'string') return damaged(directory);
  if (directory.count > limits.maxEntries) {
    return {
      ok: false,
      problem: { kind: 'zip-bomb', found: `${directory.count} entries`, expected: `≤ ${limits.maxEntries} entries` },
    };
  }

  const records = readCentralRecords(bytes, view, directory);
  if (typeof records === 'string') return damaged(records);
  const nameProblem = unsafeName(records);
  if (nameProblem) return { ok: false, problem: nameProblem };

  const entries: ZipEntry[] = [];
  const spans: Span[] = [{ from: directory.offset, to: directory.offset + directory.size, name: 'central directory' }];
  for (const record of records) {
    const located = locateData(bytes, view, record);
    if (typeof located === 'string') return damaged(located);
    entries.push(located.entry);
    spans.push({ from: record.headerOffset, to: located.end, name: record.name });
  }
  const overlap = firstOverlap(spans);
  if (overlap) {
    return {
      ok: false,
      problem: { kind: 'zip-bomb', found: `overlapping entries ${overlap}`, expected: 'entries that do not share bytes' },
    };
  }
  return { ok: true, entries };
}

/** The offset of the end-of-central-directory record, searched backwards over a possible comment. */
function findEndOfCentralDirectory(view: DataView): number | null {
  const last = view.byteLength - EOCD_BYTES;
  for (let at = last; at >= 0 && at >= last - MAX_COMMENT_BYTES; at--) {
    if (view.getUint32(at, true) === EOCD_SIGNATURE && at + EOCD_BYTES + view.getUint16(at + 20, true) <= view.byteLength) {
      return at;
    }
  }
  return null;
}

type DirectoryBounds = { count: number; offset: number; size: number };

function centralDirectoryBounds(view: DataView, eocd: number): DirectoryBounds | string {
  if (view.getUint16(eocd + 4, true) !== 0 || view.getUint16(eocd + 6, true) !== 0) return 'multi-disk archive';
  let count = view.getUint16(eocd + 10, true);
  let size = view.getUint32(eocd + 12, true);
  let offset = view.getUint32(eocd + 16, true);
  if (count !== view.getUint16(eocd + 8, true)) return 'entry counts disagree';
  if (count === 0xffff || size === 0xffffffff || offset === 0xffffffff) {
    const zip64 = zip64Bounds(view, eocd);
    if (typeof zip64 === 'string') return zip64;
    ({ count, size, offset } = zip64);
  }
  if (offset + size > eocd) return 'central directory lies outside the file';
  return { count, offset, size };
}

function zip64Bounds(view: DataView, eocd: number): DirectoryBounds | string {
  const locator = eocd - ZIP64_LOCATOR_BYTES;
  if (locator < 0 || view.getUint32(locator, true) !== ZIP64_LOCATOR_SIGNATURE) return 'zip64 locator missing';
  const record = getUint64(view, locator + 8);
  if (record + 56 > locator || view.getUint32(record, true) !== ZIP64_EOCD_SIGNATURE) return 'zip64 end record missing';
  return { count: getUint64(view, record + 32), size: getUint64(view, record + 40), offset: getUint64(view, record + 48) };
}

function readCentralRecords(bytes: Uint8Array, view: DataView, directory: DirectoryBounds): CentralRecord[] | string {
  const records: CentralRecord[] = [];
  const limit = directory.offset + directory.size;
  let at = directory.offset;
  for (let i = 0; i < directory.count; i++) {
    if (at + CENTRAL_BYTES > limit || view.getUint32(at, true) !== CENTRAL_SIGNATURE) {
      return 'central directory entry missing';
    }
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const next = at + CENTRAL_BYTES + nameLength + extraLength + commentLength;
    if (next > limit) return 'central directory entry runs past its end';
    const nameStart = at + CENTRAL_BYTES;
    const sizes = zip64Sizes(
      view,
      nameStart + nameLength,
      extraLength,
      view.getUint32(at + 20, true),
      view.getUint32(at + 24, true),
      view.getUint32(at + 42, true),
    );
    if (typeof sizes === 'string') return sizes;
    records.push({
      name: new TextDecoder().decode(bytes.subarray(nameStart, nameStart + nameLength)),
      method: view.getUint16(at + 10, true),
      flags: view.getUint16(at + 8, true),
      ...sizes,
    });
    at = next;
  }
  // Entries hidden after the counted ones would be read by parsers that walk by signature.
  if (at + 4 <= limit && view.getUint32(at, true) === CENTRAL_SIGNATURE) {
    return 'more central directory entries than counted';
  }
  return records;
}

/** Sizes and offset, taking the zip64 extra field where the 32-bit fields are saturated. */
function zip64Sizes(
  view: DataView,
  extraStart: number,
  extraLength: number,
  compressed: number,
  uncompressed: number,
  headerOffset: number,
): { compressedSize: number; headerOffset: number } | string {
  if (compressed !== 0xffffffff && uncompressed !== 0xffffffff && headerOffset !== 0xffffffff) {
    return { compressedSize: compressed, headerOffset };
  }
  for (let at = extraStart; at + 4 <= extraStart + extraLength; ) {
    const id = view.getUint16(at, true);
    const size = view.getUint16(at + 2, true);
    if (at + 4 + size > extraStart + extraLength) break;
    if (id === ZIP64_EXTRA_ID) {
      // The field holds only the saturated values, in this order.
      let field = at + 4;
      const take = (value: number): number | null => {
        if (value !== 0xffffffff) return value;
        if (field + 8 > at + 4 + size) return null;
        const wide = getUint64(view, field);
        field += 8;
        return wide;
      };
      const wideUncompressed = take(uncompressed);
      const wideCompressed = take(compressed);
      const wideOffset = take(headerOffset);
      if (wideUncompressed === null || wideCompressed === null || wideOffset === null) return 'zip64 extra field too short';
      return { compressedSize: wideCompressed, headerOffset: wideOffset };
    }
    at += 4 + size;
  }
  return 'zip64 extra field missing';
}

/** Rejects names a parser could resolve outside the package or read twice. */
function unsafeName(records: readonly CentralRecord[]): GateProblem | null {
  const seen = new Set<string>();
  for (const { name } of records) {
    if (/[\u0000-\u001f]/.test(name)) return { kind: 'unsafe-name', name, why: 'control' };
    if (/^[/\\]|^[A-Za-z]:/.test(name)) return { kind: 'unsafe-name', name, why: 'absolute' };
    if (name.split(/[/\\]/).includes('..')) return { kind: 'unsafe-name', name, why: 'parent' };
    // Part names in an Open Packaging package are case-insensitive (ECMA-376 Part 2 §6.2.2.3).
    const key = name.toLowerCase();
    if (seen.has(key)) return { kind: 'unsafe-name', name, why: 'duplicate' };
    seen.add(key);
  }
  return null;
}

/** The entry's data slice, checked against its local header; `end` is where the slice stops. */
function locateData(bytes: Uint8Array, view: DataView, record: CentralRecord): { entry: ZipEntry; end: number } | string {
  const method = METHODS[record.method];
  if (method === undefined) return `unsupported compression method ${record.method} in ${record.name}`;
  if ((record.flags & FLAG_ENCRYPTED) !== 0) return `zip-encrypted entry ${record.name}`;
  const at = record.headerOffset;
  if (at + LOCAL_BYTES > bytes.length || view.getUint32(at, true) !== LOCAL_SIGNATURE) {
    return `local header of ${record.name} missing`;
  }
  const nameLength = view.getUint16(at + 26, true);
  const extraLength = view.getUint16(at + 28, true);
  const nameStart = at + LOCAL_BYTES;
  const dataStart = nameStart + nameLength + extraLength;
  const dataEnd = dataStart + record.compressedSize;
  if (dataEnd > bytes.length) return `data of ${record.name} runs past the end of the file`;
  // Two parsers must not see two different names for one part.
  if (new TextDecoder().decode(bytes.subarray(nameStart, nameStart + nameLength)) !== record.name) {
    return `local and central names of ${record.name} differ`;
  }
  return { entry: { name: record.name, method, data: bytes.subarray(dataStart, dataEnd) }, end: dataEnd };
}

function firstOverlap(spans: readonly Span[]): string | null {
  const sorted = [...spans].sort((a, b) => a.from - b.from);
  for (let i = 1; i < sorted.length; i++) {
    const before = sorted[i - 1];
    const after = sorted[i];
    if (after.from < before.to) return `${before.name} / ${after.name}`;
  }
  return null;
}
