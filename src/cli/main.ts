/**
 * `plan-tracker` — the command-line tool. One module per command under `commands/`, each
 * exporting `register(program)`; adding a command is one line in `COMMANDS`.
 */
import { type Command, CommanderError } from 'commander';
import * as check from './commands/check';
import * as consolidate from './commands/consolidate';
import * as importAppendix from './commands/importAppendix';
import * as init from './commands/init';
import * as report from './commands/report';
import * as templates from './commands/templates';
import * as validate from './commands/validate';
import { CliProgram, type CliIo, ExitCode, processIo } from './io';

const COMMANDS: readonly { register(program: Command): void }[] = [check, importAppendix, init, templates, validate, consolidate, report];

export function buildProgram(io: CliIo): CliProgram {
  const program = new CliProgram(io)
    .name('plan-tracker')
    .description('Theo dõi kế hoạch phát triển công nghiệp cấp tỉnh / Track provincial industrial development plans')
    .helpOption('-h, --help', 'hướng dẫn sử dụng / show help')
    .helpCommand('help [command]', 'hướng dẫn cho một lệnh / help for a command')
    .exitOverride()
    // Commander's own error line is English only; `usageFailure` prints both languages instead.
    .configureOutput({
      writeOut: (text) => io.writeOut(text),
      writeErr: (text) => io.writeErr(text),
      outputError: () => undefined,
    });
  for (const command of COMMANDS) command.register(program);
  return program;
}

/** Runs one command line (without `node` and the script) and returns its exit code. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<ExitCode> {
  const program = buildProgram(io);
  try {
    await program.parseAsync([...argv], { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) return usageFailure(error, program, argv);
    throw error;
  }
  return program.exitStatus;
}

const USAGE_PROBLEMS_VI: Readonly<Record<string, string>> = {
  'commander.unknownCommand': 'không có lệnh này',
  'commander.unknownOption': 'không có tùy chọn này',
  'commander.missingArgument': 'thiếu tham số bắt buộc',
  'commander.optionMissingArgument': 'tùy chọn thiếu giá trị',
  'commander.missingMandatoryOptionValue': 'thiếu tùy chọn bắt buộc',
  'commander.invalidArgument': 'giá trị không hợp lệ',
  'commander.excessArguments': 'thừa tham số',
  'commander.help': 'chưa chọn lệnh',
};

/** Help and version end the run normally; every other commander error is a wrong command line. */
function usageFailure(error: CommanderError, program: CliProgram, argv: readonly string[]): ExitCode {
  if (error.exitCode === 0) return ExitCode.ok;
  const problem = USAGE_PROBLEMS_VI[error.code] ?? 'lệnh viết chưa đúng';
  // Commander quotes the names it complains about ('plan', '--kind <kind>'); they read the same in Vietnamese.
  const names = [...error.message.matchAll(/'[^']*'/g)].map((match) => match[0]);
  const choices = /Allowed choices are (.*)\.$/.exec(error.message)?.[1];
  const details = [...names, ...(choices === undefined ? [] : [`chọn một trong: ${choices}`])];
  const command = program.commands.find((candidate) => candidate.name() === argv[0]);
  const help = `plan-tracker${command === undefined ? '' : ` ${command.name()}`} --help`;
  const english =
    error.code === 'commander.help' ? 'no command given' : error.message.replace(/^error:\s*/, '').replace(/\.$/, '');
  const detailVi = details.length === 0 ? '' : ` (${details.join(', ')})`;
  program.io.writeErr(
    `Lỗi cú pháp lệnh: ${problem}${detailVi}. Xem hướng dẫn: ${help}\nUsage error: ${english}. See: ${help}\n`,
  );
  return ExitCode.unusable;
}

export async function main(): Promise<void> {
  const io = processIo();
  try {
    process.exitCode = await runCli(process.argv.slice(2), io);
  } catch (error) {
    const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
    io.writeErr(
      'Lỗi nội bộ của công cụ; hãy báo cho người phát triển.\n' +
        `Internal error of the tool; please report it.\n${detail}\n`,
    );
    process.exitCode = ExitCode.internal;
  }
}

if (require.main === module) void main();
