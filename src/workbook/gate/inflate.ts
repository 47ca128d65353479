/**
 * Giải nén có kiểm soát — inflates one zip entry piece by piece with the platform's own
 * `DecompressionStream` (browsers and Node 20 alike), so that the caller counts the bytes that
 * really come out and stops the stream the moment a limit is crossed; nothing is inflated ahead.
 */
import type { ZipEntry } from './zip';

/** Compressed bytes handed to the inflater at a time: small, so one write cannot burst far past a limit. */
const INPUT_CHUNK_BYTES = 16 * 1024;
/** Stored (uncompressed) data is handed out in pieces of this size. */
const STORED_CHUNK_BYTES = 64 * 1024;

export const canInflate = (): boolean => typeof DecompressionStream === 'function';

/**
 * The entry's inflated bytes in pieces. Breaking out of the loop cancels the inflater; corrupt
 * data makes the iteration throw.
 */
export async function* inflateEntry(entry: ZipEntry): AsyncGenerator<Uint8Array, void, undefined> {
  if (entry.method === 'stored') {
    for (let at = 0; at < entry.data.length; at += STORED_CHUNK_BYTES) {
      yield entry.data.subarray(at, at + STORED_CHUNK_BYTES);
    }
    return;
  }
  const inflater = new DecompressionStream('deflate-raw');
  const writer = inflater.writable.getWriter();
  const feeding = (async () => {
    for (let at = 0; at < entry.data.length; at += INPUT_CHUNK_BYTES) {
      await writer.ready;
      // A copy: a stream may take ownership of what it is given, and the caller's bytes stay theirs.
      await writer.write(entry.data.slice(at, at + INPUT_CHUNK_BYTES));
    }
    await writer.close();
  })();
  // A feeding failure (corrupt data, or our own cancel) surfaces on the reading side.
  feeding.catch(() => undefined);
  const reader = inflater.readable.getReader();
  let finished = false;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      yield value;
    }
    finished = true;
  } finally {
    if (!finished) await reader.cancel().catch(() => undefined);
  }
}
