/** Base64 of a file's bytes, as `Excel.createWorkbook` takes it. Chunked: a spread of a large array overflows the stack. */
const CHUNK = 0x8000;

export function toBase64(data: ArrayBuffer): string {
  const bytes = new Uint8Array(data);
  let binary = '';
  for (let start = 0; start < bytes.length; start += CHUNK) {
    binary += String.fromCharCode(...bytes.subarray(start, start + CHUNK));
  }
  return btoa(binary);
}
