/**
 * Đọc tệp báo cáo — one returned file's bytes → every sheet's grid (`_meta` included), or the
 * findings why it cannot be read. The bytes pass the gate first (`inspect`: zip bombs, passwords,
 * macros, old `.xls`, sizes) and only then go to the parser (`open`); the parser's typed failures
 * (not a workbook, a sheet too large) become findings too. The one reading of untrusted bytes,
 * whether it runs in this thread or in a worker (`nodeWorker.ts`, `webWorker.ts`): its result is
 * plain data, so it crosses from a worker by structured clone.
 */
import type { Finding, FindingCode } from '../../domain/finding';
import type { SheetGrid, WorkbookPort } from '../port';

export type ParsedReturn =
  | { readonly readable: false; readonly findings: readonly Finding[] }
  | {
      readonly readable: true;
      readonly sheets: readonly SheetGrid[];
      /** What the gate noted without refusing the file (an external link). */
      readonly findings: readonly Finding[];
    };

/** Reads returned files' bytes; the isolated ones do it in a worker. */
export interface ReturnedFileParser {
  parse(bytes: Uint8Array, fileName: string): Promise<ParsedReturn>;
}

/** A parser that owns a worker: `close` ends it (a later `parse` starts another). */
export interface IsolatedParser extends ReturnedFileParser {
  close(): Promise<void>;
}

/** The gate and the parser, run by whoever calls `parseReturnedBytes`. */
export interface ReadingParts {
  /** The byte gate (`inspectWorkbookBytes`). */
  inspect(bytes: Uint8Array, fileName: string): Promise<{ readonly ok: boolean; readonly findings: readonly Finding[] }>;
  /** The parser (`openXlsx`); throws the adapter's typed errors for a file it cannot read. */
  open(bytes: Uint8Array): Promise<WorkbookPort>;
}

export async function parseReturnedBytes(bytes: Uint8Array, fileName: string, parts: ReadingParts): Promise<ParsedReturn> {
  const gate = await parts.inspect(bytes, fileName);
  const gateFindings = gate.findings.map((finding) => ({ ...finding, file: fileName }));
  if (!gate.ok) return { readable: false, findings: gateFindings };
  try {
    const port = await parts.open(bytes);
    const sheets: SheetGrid[] = [];
    for (const info of await port.listSheets()) {
      const grid = await port.readSheet(info.name);
      if (grid !== null) sheets.push(grid);
    }
    return { readable: true, sheets, findings: gateFindings };
  } catch (error) {
    if (!isWorkbookProblem(error)) throw error;
    return { readable: false, findings: [...gateFindings, problemFinding(fileName, error)] };
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
