/**
 * The command line's edge: where text comes from and goes to, exit codes, and how findings are
 * printed. Commands reach the streams through the program they are registered on, so a whole run
 * can be driven in-process with other streams (tests) and still have one `register(program)`
 * signature per command.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { Command } from 'commander';
import type { Finding, Severity } from '../domain/finding';
import { type Parsed, parsed, rejected } from '../domain/vn/result';

export interface CliIo {
  writeOut(text: string): void;
  writeErr(text: string): void;
  /** All of standard input, for `-` as a file name. */
  readStdin(): Promise<string>;
}

export const ExitCode = {
  ok: 0,
  /** The input was read and has errors. */
  findings: 1,
  /** The input could not be read, or the command line is wrong. */
  unusable: 2,
  /** A fault of the tool itself. */
  internal: 3,
} as const;
export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];

export function processIo(): CliIo {
  return {
    writeOut: (text) => process.stdout.write(text),
    writeErr: (text) => process.stderr.write(text),
    readStdin: async () => {
      const chunks: Buffer[] = [];
      for await (const chunk of process.stdin) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk)));
      return Buffer.concat(chunks).toString('utf8');
    },
  };
}

/** The root command: owns the streams and the exit code of the run. */
export class CliProgram extends Command {
  exitStatus: ExitCode = ExitCode.ok;

  constructor(readonly io: CliIo) {
    super();
  }
}

export interface CliContext {
  readonly io: CliIo;
  exit(code: ExitCode): void;
}

/** The streams and exit code of the run a command belongs to. */
export function cliContext(command: Command): CliContext {
  let root: Command | null = command;
  while (root !== null && !(root instanceof CliProgram)) root = root.parent;
  if (root === null) throw new Error('A plan-tracker command must be registered on a CliProgram.');
  const program = root;
  return {
    io: program.io,
    exit: (code) => {
      program.exitStatus = code;
    },
  };
}

interface NodeError {
  readonly code?: unknown;
}

function unreadable(path: string, error: unknown): Parsed<never> {
  const code = (error as NodeError | null)?.code;
  if (code === 'ENOENT') return rejected(`Không tìm thấy tệp "${path}".`, `File not found: "${path}".`);
  if (code === 'EISDIR') return rejected(`"${path}" là thư mục, không phải tệp.`, `"${path}" is a folder, not a file.`);
  if (code === 'EACCES' || code === 'EPERM') {
    return rejected(`Không có quyền đọc tệp "${path}".`, `No permission to read "${path}".`);
  }
  return rejected(`Không đọc được tệp "${path}".`, `Cannot read "${path}".`);
}

/** Text files saved by Windows editors often start with a byte order mark. */
const withoutBom = (text: string): string => text.replace(/^\uFEFF/, '');

export async function readTextFile(path: string): Promise<Parsed<string>> {
  try {
    return parsed(withoutBom(await readFile(path, 'utf8')));
  } catch (error) {
    return unreadable(path, error);
  }
}

/** A file, or standard input when the name is `-`. */
export async function readTextSource(path: string, io: CliIo): Promise<Parsed<string>> {
  return path === '-' ? parsed(withoutBom(await io.readStdin())) : readTextFile(path);
}

/**
 * Nguồn kế hoạch — the one place a plan is read from, so that other sources (a master workbook)
 * can be told apart by their extension here without touching the commands. The value is the
 * parsed JSON, unchecked: `checkPlan` judges it.
 */
export async function loadPlanSource(path: string): Promise<Parsed<unknown>> {
  const text = await readTextFile(path);
  if (!text.ok) return text;
  try {
    return parsed(JSON.parse(text.value) as unknown);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return rejected(
      `Tệp "${path}" không phải JSON hợp lệ (${detail}). Hãy mở tệp kiểm tra, hoặc xuất lại kế hoạch.`,
      `"${path}" is not valid JSON (${detail}). Open the file to check it, or export the plan again.`,
    );
  }
}

export async function writeTextFile(path: string, text: string): Promise<Parsed<true>> {
  try {
    await writeFile(path, text, 'utf8');
    return parsed(true);
  } catch {
    return rejected(
      `Không ghi được tệp "${path}". Kiểm tra thư mục và quyền ghi.`,
      `Cannot write "${path}". Check the folder and the permission to write.`,
    );
  }
}

/** A reason in both languages, Vietnamese first, one per line. */
export const bilingual = (reason: { readonly reason_vi: string; readonly reason_en: string }): string =>
  `${reason.reason_vi}\n${reason.reason_en}\n`;

const SEVERITY_HEADINGS: Readonly<Record<Severity, string>> = {
  error: 'Lỗi / Errors',
  warning: 'Cảnh báo / Warnings',
};

/** Where a finding stands: its place, and the sheet cell or column when it has one. */
function findingPlace(finding: Finding): string {
  const cell = finding.sheet !== undefined && finding.cell !== undefined ? ` ${finding.sheet}!${finding.cell}` : '';
  const column = finding.column !== undefined ? ` [${finding.column}]` : '';
  return `${finding.where}${cell}${column}`;
}

const renderFinding = (finding: Finding): string =>
  `  ${finding.code}  ${findingPlace(finding)}\n    ${finding.message_vi}\n    ${finding.message_en}\n`;

/** Findings grouped by severity, errors first; each with its code and place, then its two messages. */
export function renderFindings(findings: readonly Finding[]): string {
  return (['error', 'warning'] as const)
    .map((severity) => {
      const group = findings.filter((finding) => finding.severity === severity);
      if (group.length === 0) return '';
      return `${SEVERITY_HEADINGS[severity]} (${group.length})\n${group.map(renderFinding).join('')}`;
    })
    .filter((block) => block !== '')
    .join('\n');
}

export const findingCounts = (findings: readonly Finding[]): { errors: number; warnings: number } => ({
  errors: findings.filter((finding) => finding.severity === 'error').length,
  warnings: findings.filter((finding) => finding.severity === 'warning').length,
});
