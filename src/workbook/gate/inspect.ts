/**
 * Cổng kiểm tra tệp — looks at a returned workbook's bytes before any parser does (in the manner of
 * Apache POI's `ZipSecureFile`), so that a zip bomb, a sheet claiming a million rows, a password,
 * macros or an old `.xls` end in a finding instead of a crash, a hang or an exhausted heap.
 * Bytes in, result out: no I/O, nothing Node-only, so the add-in runs it in the browser too.
 * Time and memory are bounded by the byte limits: parts are inflated one at a time, in pieces,
 * and every piece is counted before the next is asked for.
 */
import type { Finding } from '../../domain/finding';
import { canInflate, inflateEntry } from './inflate';
import { resolveGateLimits, type GateLimits } from './limits';
import { gateFinding, type GateProblem } from './messages';
import { inspectOle } from './ole';
import { emptyTally, PartInspector, type WorkbookTally } from './partChecks';
import { SheetNames } from './sheetNames';
import { sniff } from './sniff';
import { bothSinks, XmlScanner } from './xmlScan';
import { readZipDirectory, type ZipEntry } from './zip';

/**
 * `ok` when the file may be handed to the parser; its findings are then warnings only (an
 * external link). Not `ok` when any finding is an error.
 */
export type GateResult =
  | { readonly ok: true; readonly entries: number; readonly inflatedBytes: number; readonly findings: Finding[] }
  | { readonly ok: false; readonly findings: Finding[] };

/** Marks a finding caused by a fault in the gate rather than in the file. */
export const INTERNAL_ERROR = 'internal error';

/** Parts read as XML; other parts (images, `vbaProject.bin`) are only inflated and counted. */
const XML_PART = /\.(xml|rels|vml)$/i;

export async function inspectWorkbookBytes(
  bytes: Uint8Array,
  fileName: string,
  limits: Partial<GateLimits> = {},
): Promise<GateResult> {
  const resolved = resolveGateLimits(limits);
  let outcome: Outcome;
  try {
    outcome = await inspect(bytes, resolved);
  } catch (error) {
    // Bad input must never escape as an exception: a fault of the gate itself still refuses the file.
    outcome = refused({ kind: 'damaged', detail: `${INTERNAL_ERROR}: ${messageOf(error)}` });
  }
  const findings = outcome.problems.map((problem) =>
    gateFinding(problem, { fileName, ...sheetOf(problem, outcome.sheets) }),
  );
  if (findings.some((finding) => finding.severity === 'error') || outcome.accepted === undefined) {
    return { ok: false, findings };
  }
  return { ok: true, ...outcome.accepted, findings };
}

type Outcome = {
  problems: GateProblem[];
  sheets: SheetNames | null;
  accepted?: { entries: number; inflatedBytes: number };
};

const refused = (problem: GateProblem): Outcome => ({ problems: [problem], sheets: null });

async function inspect(bytes: Uint8Array, limits: GateLimits): Promise<Outcome> {
  if (bytes.length === 0) return refused({ kind: 'empty' });
  if (bytes.length > limits.maxFileBytes) {
    return refused({ kind: 'file-too-large', bytes: bytes.length, limit: limits.maxFileBytes });
  }
  const sniffed = sniff(bytes);
  switch (sniffed.kind) {
    case 'ole':
      return refused(oleProblem(bytes));
    case 'xml-2003':
      return refused({ kind: 'legacy', what: 'xml-2003' });
    case 'look-alike':
      return refused({ kind: 'looks-like', what: sniffed.what });
    case 'zip':
      return inspectPackage(bytes, limits);
  }
}

function oleProblem(bytes: Uint8Array): GateProblem {
  switch (inspectOle(bytes)) {
    case 'encrypted':
      return { kind: 'encrypted' };
    case 'xls':
      return { kind: 'legacy', what: 'xls' };
    case 'other-document':
      return { kind: 'looks-like', what: 'office-document' };
    case 'damaged':
      return { kind: 'damaged', detail: 'unreadable OLE compound file' };
  }
}

async function inspectPackage(bytes: Uint8Array, limits: GateLimits): Promise<Outcome> {
  if (!canInflate()) return refused({ kind: 'no-inflater' });
  const directory = readZipDirectory(bytes, limits);
  if (!directory.ok) return refused(directory.problem);
  const packageProblem = notAWorkbook(directory.entries);
  if (packageProblem) return refused(packageProblem);

  const problems: GateProblem[] = [...contentProblems(directory.entries)];
  const sheets = new SheetNames();
  const tally: WorkbookTally = emptyTally();
  let inflatedBytes = 0;
  for (const entry of directory.entries) {
    const read = await readEntry(entry, limits, inflatedBytes, tally, sheets);
    problems.push(...read.problems);
    if (read.fatal) return { problems, sheets };
    inflatedBytes += read.inflatedBytes;
  }
  return { problems, sheets, accepted: { entries: directory.entries.length, inflatedBytes } };
}

/** A zip that is some other kind of document, or no Office document at all. */
function notAWorkbook(entries: readonly ZipEntry[]): GateProblem | null {
  const names = new Set(entries.map((entry) => entry.name.toLowerCase()));
  if (names.has('xl/workbook.xml')) return null;
  if (names.has('[content_types].xml')) return { kind: 'looks-like', what: 'office-document' };
  return { kind: 'looks-like', what: names.has('mimetype') && names.has('content.xml') ? 'opendocument' : 'zip-archive' };
}

/** Problems that the part names alone show. */
function* contentProblems(entries: readonly ZipEntry[]): Generator<GateProblem> {
  const macros = entries.find((entry) => /(^|\/)vbaProject\.bin$/i.test(entry.name));
  if (macros) yield { kind: 'macro', part: macros.name };
  const link = entries.find((entry) => /^xl\/externalLinks\//i.test(entry.name));
  if (link) yield { kind: 'external-link', part: link.name };
}

type EntryRead = { problems: GateProblem[]; inflatedBytes: number; fatal: boolean };

/** Inflates one part, counting every byte against the limits, and scans it when it is XML. */
async function readEntry(
  entry: ZipEntry,
  limits: GateLimits,
  inflatedBefore: number,
  tally: WorkbookTally,
  sheets: SheetNames,
): Promise<EntryRead> {
  const checks = XML_PART.test(entry.name) ? new PartInspector(entry.name, limits, tally) : null;
  const namer = sheets.sinkFor(entry.name);
  const scanner = checks ? new XmlScanner(namer ? bothSinks(checks, namer) : checks) : null;
  const decoder = new TextDecoder();
  let inflated = 0;
  const stop = (problem: GateProblem): EntryRead => ({
    problems: [...(checks?.problems ?? []), problem],
    inflatedBytes: inflated,
    fatal: true,
  });
  const pieces = inflateEntry(entry);
  for (;;) {
    // Only the inflater's failures mean corrupt data; anything else is ours and is not hidden here.
    let next: IteratorResult<Uint8Array, void>;
    try {
      next = await pieces.next();
    } catch (error) {
      return stop({ kind: 'damaged', detail: `${entry.name}: ${messageOf(error)}` });
    }
    if (next.done) break;
    inflated += next.value.length;
    const bomb = bombProblem(entry, inflated, inflatedBefore + inflated, limits);
    if (bomb) {
      await pieces.return();
      return stop(bomb);
    }
    scanner?.push(decoder.decode(next.value, { stream: true }));
  }
  scanner?.push(decoder.decode());
  return { problems: checks?.problems ?? [], inflatedBytes: inflated, fatal: false };
}

function bombProblem(entry: ZipEntry, entryBytes: number, totalBytes: number, limits: GateLimits): GateProblem | null {
  if (entryBytes > limits.maxEntryInflated) {
    return {
      kind: 'zip-bomb',
      found: `${entry.name} inflates to more than ${limits.maxEntryInflated} bytes`,
      expected: `≤ ${limits.maxEntryInflated} bytes per part`,
    };
  }
  if (totalBytes > limits.maxTotalInflated) {
    return {
      kind: 'zip-bomb',
      found: `all parts inflate to more than ${limits.maxTotalInflated} bytes`,
      expected: `≤ ${limits.maxTotalInflated} bytes in all`,
    };
  }
  const compressed = Math.max(entry.data.length, 1);
  if (entryBytes > limits.ratioCheckedFromBytes && entryBytes > compressed * limits.maxInflateRatio) {
    return {
      kind: 'zip-bomb',
      found: `${entry.name} inflates ${compressed} bytes to more than ${entryBytes}`,
      expected: `≤ ${limits.maxInflateRatio}:1`,
    };
  }
  return null;
}

const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));

function sheetOf(problem: GateProblem, sheets: SheetNames | null): { sheet?: string } {
  const part = 'part' in problem ? problem.part : undefined;
  const sheet = part === undefined ? undefined : sheets?.nameOf(part);
  return sheet === undefined ? {} : { sheet };
}
