/**
 * Builds ZIP files byte by byte (APPNOTE §4.3: local headers, data, central directory, end record)
 * so that tests can make hostile packages — bombs, lying sizes, unsafe names — in code instead of
 * committing opaque fixtures. Deflate comes from the platform's `CompressionStream`.
 */

export type DeflatedData = {
  /** Raw deflate bytes. */
  readonly bytes: Uint8Array;
  /** Inflated size and CRC-32, as honest headers record them. */
  readonly size: number;
  readonly crc: number;
};

export type ZipPart = {
  readonly name: string;
  /** Content (strings as UTF-8), or data already deflated. */
  readonly data: string | Uint8Array | DeflatedData;
  /** How to store `data` when it is not already deflated; deflated by default. */
  readonly method?: 'stored' | 'deflated';
  /** A compressed size to write in the headers instead of the true one. */
  readonly claimedCompressedSize?: number;
};

const encoder = new TextEncoder();

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

/** CRC-32 of `bytes`, continuing from `crc` (the CRC of what came before). */
export function crc32(bytes: Uint8Array, crc = 0): number {
  let c = ~crc >>> 0;
  for (let i = 0; i < bytes.length; i++) c = (CRC_TABLE[(c ^ (bytes[i] ?? 0)) & 0xff] ?? 0) ^ (c >>> 8);
  return ~c >>> 0;
}

async function collect(stream: ReadableStream<Uint8Array>): Promise<Uint8Array> {
  const pieces: Uint8Array[] = [];
  const reader = stream.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    pieces.push(value);
  }
  return concat(pieces);
}

export function concat(pieces: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(pieces.reduce((sum, piece) => sum + piece.length, 0));
  let at = 0;
  for (const piece of pieces) {
    out.set(piece, at);
    at += piece.length;
  }
  return out;
}

/**
 * `chunk` repeated `times` times, deflated as it streams: 200 MiB of zeros never sit in memory.
 * The CRC-32 is left at 0 unless `times` is 1 — hashing a bomb's whole expansion would cost more
 * than the test, and a reader that stops at its limits never reaches the check.
 */
export async function deflateRepeated(chunk: Uint8Array, times: number): Promise<DeflatedData> {
  const deflater = new CompressionStream('deflate-raw');
  const writer = deflater.writable.getWriter();
  const compressed = collect(deflater.readable);
  for (let i = 0; i < times; i++) await writer.write(chunk.slice());
  await writer.close();
  return { bytes: await compressed, size: chunk.length * times, crc: times === 1 ? crc32(chunk) : 0 };
}

export async function deflate(bytes: Uint8Array): Promise<DeflatedData> {
  return deflateRepeated(bytes, 1);
}

const isDeflated = (data: ZipPart['data']): data is DeflatedData => typeof data === 'object' && 'crc' in data;

class Bytes {
  private readonly pieces: Uint8Array[] = [];
  length = 0;

  u16(value: number): this {
    return this.raw(new Uint8Array([value & 0xff, (value >>> 8) & 0xff]));
  }

  u32(value: number): this {
    return this.raw(new Uint8Array([value & 0xff, (value >>> 8) & 0xff, (value >>> 16) & 0xff, (value >>> 24) & 0xff]));
  }

  u64(value: number): this {
    return this.u32(value % 0x1_0000_0000).u32(Math.floor(value / 0x1_0000_0000));
  }

  raw(bytes: Uint8Array): this {
    this.pieces.push(bytes);
    this.length += bytes.length;
    return this;
  }

  bytes(): Uint8Array {
    return concat(this.pieces);
  }
}

type Stored = { name: Uint8Array; method: number; crc: number; size: number; data: Uint8Array; claimed: number; offset: number };

const SATURATED_32 = 0xffffffff;

/**
 * A ZIP archive of `parts`, in order, with a central directory and end record. With `zip64`, every
 * size and offset goes into Zip64 extra fields and records, as some writers do even for small files.
 */
export async function buildZip(parts: readonly ZipPart[], options: { zip64?: boolean } = {}): Promise<Uint8Array> {
  const zip64 = options.zip64 ?? false;
  const out = new Bytes();
  const stored: Stored[] = [];
  for (const part of parts) {
    const raw = typeof part.data === 'string' ? encoder.encode(part.data) : part.data;
    const content: DeflatedData & { method: number } = isDeflated(raw)
      ? { ...raw, method: 8 }
      : part.method === 'stored'
        ? { bytes: raw, size: raw.length, crc: crc32(raw), method: 0 }
        : { ...(await deflate(raw)), method: 8 };
    const entry: Stored = {
      name: encoder.encode(part.name),
      method: content.method,
      crc: content.crc,
      size: content.size,
      data: content.bytes,
      claimed: part.claimedCompressedSize ?? content.bytes.length,
      offset: out.length,
    };
    out.u32(0x04034b50).u16(zip64 ? 45 : 20).u16(0x0800).u16(entry.method).u16(0).u16(0x21).u32(entry.crc);
    if (zip64) {
      out.u32(SATURATED_32).u32(SATURATED_32).u16(entry.name.length).u16(20).raw(entry.name);
      out.u16(0x0001).u16(16).u64(entry.size).u64(entry.claimed);
    } else {
      out.u32(entry.claimed).u32(entry.size).u16(entry.name.length).u16(0).raw(entry.name);
    }
    out.raw(entry.data);
    stored.push(entry);
  }
  const directoryStart = out.length;
  for (const entry of stored) {
    out.u32(0x02014b50).u16(zip64 ? 45 : 20).u16(zip64 ? 45 : 20).u16(0x0800).u16(entry.method).u16(0).u16(0x21);
    out.u32(entry.crc);
    if (zip64) {
      out.u32(SATURATED_32).u32(SATURATED_32).u16(entry.name.length).u16(28).u16(0).u16(0).u16(0).u32(0);
      out.u32(SATURATED_32).raw(entry.name);
      out.u16(0x0001).u16(24).u64(entry.size).u64(entry.claimed).u64(entry.offset);
    } else {
      out.u32(entry.claimed).u32(entry.size).u16(entry.name.length).u16(0).u16(0).u16(0).u16(0).u32(0);
      out.u32(entry.offset).raw(entry.name);
    }
  }
  const directorySize = out.length - directoryStart;
  if (zip64) {
    const record = out.length;
    out.u32(0x06064b50).u64(44).u16(45).u16(45).u32(0).u32(0);
    out.u64(stored.length).u64(stored.length).u64(directorySize).u64(directoryStart);
    out.u32(0x07064b50).u32(0).u64(record).u32(1);
    out.u32(0x06054b50).u16(0).u16(0).u16(0xffff).u16(0xffff).u32(SATURATED_32).u32(SATURATED_32).u16(0);
  } else {
    out.u32(0x06054b50).u16(0).u16(0).u16(stored.length).u16(stored.length).u32(directorySize).u32(directoryStart).u16(0);
  }
  return out.bytes();
}
