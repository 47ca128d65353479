/**
 * Đọc tệp báo cáo — one returned file's bytes → its sha256 and its sheets as grids, or the reason
 * it cannot be read. The bytes pass the gate first (`inspect`: zip bombs, passwords, macros, old
 * `.xls`, sizes) and only then go to the parser (`open`); a parser's typed failures (not a
 * workbook, a sheet too large) become findings too. Both are injected, so that this runs with the
 * exceljs adapter in Node and in the browser alike.
 */
import type { Finding, FindingCode } from '../domain/finding';
import type { ReturnedWorkbook } from '../rules/validate/validateReturn';
import type { SheetGrid, WorkbookPort } from '../workbook/port';

/** A returned file, its bytes read only when its turn comes. */
export interface ReturnedFileSource {
  readonly fileName: string;
  read(): Promise<Uint8Array>;
}

export interface ReturnedFileAccess {
  /** The byte gate (`inspectWorkbookBytes`). */
  inspect(bytes: Uint8Array, fileName: string): Promise<{ readonly ok: boolean; readonly findings: readonly Finding[] }>;
  /** The parser (`openXlsx`); throws the adapter's typed errors for a file it cannot read. */
  open(bytes: Uint8Array): Promise<WorkbookPort>;
}

export type OpenedReturn =
  | { readonly readable: false; readonly sha256: string; readonly findings: readonly Finding[] }
  | {
      readonly readable: true;
      readonly sha256: string;
      readonly workbook: ReturnedWorkbook;
      /** What the gate noted without refusing the file (an external link). */
      readonly findings: readonly Finding[];
    };

export async function sha256OfBytes(bytes: Uint8Array): Promise<string> {
  // A copy: Web Crypto takes only bytes backed by a plain ArrayBuffer.
  const digest = await globalThis.crypto.subtle.digest('SHA-256', new Uint8Array(bytes));
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

export async function openReturnedFile(source: ReturnedFileSource, access: ReturnedFileAccess): Promise<OpenedReturn> {
  const bytes = await source.read();
  const sha256 = await sha256OfBytes(bytes);
  const gate = await access.inspect(bytes, source.fileName);
  const gateFindings = gate.findings.map((finding) => ({ ...finding, file: source.fileName }));
  if (!gate.ok) return { readable: false, sha256, findings: gateFindings };
  try {
    const port = await access.open(bytes);
    const sheets: SheetGrid[] = [];
    for (const info of await port.listSheets()) {
      const grid = await port.readSheet(info.name);
      if (grid !== null) sheets.push(grid);
    }
    return { readable: true, sha256, workbook: { fileName: source.fileName, sheets }, findings: gateFindings };
  } catch (error) {
    if (!isWorkbookProblem(error)) throw error;
    return { readable: false, sha256, findings: [...gateFindings, problemFinding(source.fileName, error)] };
  }
}

/** The adapter's typed read failures (`WorkbookReadError`, `WorkbookLimitError`) carry a finding code and both messages. */
interface WorkbookProblem {
  readonly code: FindingCode;
  readonly message_vi: string;
  readonly message_en: string;
  readonly sheet?: string;
}

function isWorkbookProblem(error: unknown): error is WorkbookProblem {
  if (typeof error !== 'object' || error === null) return false;
  const candidate = error as Partial<Record<keyof WorkbookProblem, unknown>>;
  return (
    (candidate.code === 'file-unreadable' || candidate.code === 'file-too-large') &&
    typeof candidate.message_vi === 'string' &&
    typeof candidate.message_en === 'string'
  );
}

function problemFinding(fileName: string, problem: WorkbookProblem): Finding {
  return {
    code: problem.code,
    severity: 'error',
    where: problem.sheet ?? fileName,
    file: fileName,
    ...(problem.sheet === undefined || problem.sheet === '' ? {} : { sheet: problem.sheet }),
    message_vi: problem.message_vi,
    message_en: problem.message_en,
  };
}
