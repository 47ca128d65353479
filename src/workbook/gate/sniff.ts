/**
 * Nhận dạng tệp — what a file is, judged from its first bytes, so that a renamed web page, a CSV
 * or an Excel 97-2003 file gets a finding that says what it is instead of "cannot read".
 */
import type { LookAlike } from './messages';

export type Sniffed =
  | { readonly kind: 'zip' }
  | { readonly kind: 'ole' }
  | { readonly kind: 'xml-2003' }
  | { readonly kind: 'look-alike'; readonly what: LookAlike };

const ZIP_LOCAL_HEADER = [0x50, 0x4b, 0x03, 0x04];
/** Compound File Binary (OLE2): `.xls`, `.doc`, and password-encrypted `.xlsx`. */
const OLE_HEADER = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
/** Enough text to see a first line or a root element. */
const TEXT_PREFIX_BYTES = 4096;
/** Text has (almost) no control characters; binary data has many. */
const MAX_CONTROL_SHARE = 0.01;

const startsWith = (bytes: Uint8Array, signature: readonly number[]): boolean =>
  bytes.length >= signature.length && signature.every((b, i) => bytes[i] === b);

export function sniff(bytes: Uint8Array): Sniffed {
  if (startsWith(bytes, ZIP_LOCAL_HEADER)) return { kind: 'zip' };
  if (startsWith(bytes, OLE_HEADER)) return { kind: 'ole' };
  const text = textPrefix(bytes);
  if (text === null) return { kind: 'look-alike', what: 'unknown' };
  const head = text.trimStart().toLowerCase();
  // "Save as XML Spreadsheet 2003" — an XML file Excel opens, but not a package.
  if (head.startsWith('<?xml') && /urn:schemas-microsoft-com:office:spreadsheet|progid="excel\.sheet"/.test(head)) {
    return { kind: 'xml-2003' };
  }
  const xhtml = head.startsWith('<?xml') && head.includes('<html');
  if (xhtml || /^(<!doctype html|<html|<table|<head|<body|<meta|mime-version:)/.test(head)) {
    return { kind: 'look-alike', what: 'html' };
  }
  const firstLine = head.split(/\r?\n/, 1)[0] ?? '';
  return { kind: 'look-alike', what: /[,;\t]/.test(firstLine) ? 'csv' : 'text' };
}

/** The file's opening as text, or null when it reads as binary. */
function textPrefix(bytes: Uint8Array): string | null {
  const prefix = bytes.subarray(0, TEXT_PREFIX_BYTES);
  const encoding =
    prefix[0] === 0xff && prefix[1] === 0xfe ? 'utf-16le' : prefix[0] === 0xfe && prefix[1] === 0xff ? 'utf-16be' : 'utf-8';
  // `stream: true` keeps a character cut at the prefix's end from reading as garbage.
  const text = new TextDecoder(encoding).decode(prefix, { stream: true });
  if (text.length === 0) return null;
  let controls = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0) return null;
    if (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) controls++;
  }
  return controls / text.length > MAX_CONTROL_SHARE ? null : text;
}
