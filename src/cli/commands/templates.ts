/**
 * `plan-tracker templates <master.xlsx> --period <P> -o <dir>` — makes the workbook each agency
 * fills in for a period, from the plan as it stands in the master (the officer's edits
 * included). Exit 0: written; 1: the master's plan has errors (nothing written); 2: a file, the
 * period or an option cannot be read.
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Command } from 'commander';
import { writeAgencyWorkbooks } from '../../app/makeAgencyWorkbooks';
import { readMaster } from '../../app/readMaster';
import { createAgencyIndex } from '../../domain/agencies';
import { parsePeriod } from '../../domain/period';
import type { Plan } from '../../domain/plan';
import { type Parsed, parsed, rejected } from '../../domain/vn/result';
import type { Unassigned } from '../../layout/assignments';
import type { MasterRead } from '../../layout/masterRead';
import { createXlsx, openXlsx } from '../../workbook/xlsx/xlsxWorkbook';
import { WorkbookLimitError, WorkbookReadError } from '../../workbook/errors';
import { renderTable } from '../format';
import { bilingual, cliContext, ExitCode, renderFindings } from '../io';
import { readBinaryFile, writeBinaryFile } from './binaryFiles';
import { loadLayouts, TEMPLATES_OPTION } from './layoutFiles';
import { readDateOption } from './optionDates';

interface TemplatesOptions {
  readonly period: string;
  readonly output: string;
  readonly asOf?: string;
  readonly focal?: string;
  readonly templates?: string;
}

export function register(program: Command): void {
  program
    .command('templates')
    .description('Tạo biểu mẫu báo cáo gửi từng cơ quan / Make the workbook each agency fills in')
    .argument('<master>', 'sổ theo dõi (.xlsx) / master workbook (.xlsx)')
    .requiredOption('--period <period>', 'kỳ báo cáo: 2022, 2022-H1, 2022-Q3 / reporting period')
    .option('-o, --output <dir>', 'thư mục ghi các tệp / folder to write the files to', '.')
    .option('--as-of <date>', 'ngày xác định cơ quan kế thừa (mặc định: cuối kỳ) / date for successor agencies (default: end of period)')
    .option('--focal <agency>', 'cơ quan đầu mối nhận báo cáo, khi kế hoạch không ghi / agency receiving the reports, when the plan names none')
    .option(...TEMPLATES_OPTION)
    .action(async (path: string, options: TemplatesOptions, command: Command) => {
      const { io, exit } = cliContext(command);
      const fail = (reason: { reason_vi: string; reason_en: string }) => {
        io.writeErr(bilingual(reason));
        exit(ExitCode.unusable);
      };
      const layouts = await loadLayouts(options.templates);
      if (!layouts.ok) return fail(layouts);
      const period = parsePeriod(options.period);
      if (!period.ok) return fail(period);
      const asOfOption = readDateOption('--as-of', options.asOf);
      if (!asOfOption.ok) return fail(asOfOption);
      const asOf = asOfOption.value ?? period.value.end;
      const bytes = await readBinaryFile(path);
      if (!bytes.ok) return fail(bytes);
      let master: MasterRead;
      try {
        master = await readMaster(await openXlsx(bytes.value), layouts.value);
      } catch (error) {
        if (error instanceof WorkbookReadError || error instanceof WorkbookLimitError) {
          return fail({ reason_vi: error.message_vi, reason_en: error.message_en });
        }
        throw error;
      }
      if (master.findings.length > 0) io.writeErr(`${renderFindings(master.findings)}\n`);
      if (master.plan === null) {
        io.writeErr(
          'Kế hoạch trong sổ theo dõi có lỗi, chưa tạo biểu mẫu. Hãy sửa các lỗi trên trong sổ rồi chạy lại.\n' +
            'The plan in the master has errors; no workbook was made. Fix them in the master and run again.\n',
        );
        exit(ExitCode.findings);
        return;
      }
      const focal = options.focal === undefined ? parsed(undefined) : focalPointId(master.plan, options.focal);
      if (!focal.ok) return fail(focal);
      try {
        await mkdir(options.output, { recursive: true });
      } catch {
        return fail({
          reason_vi: `Không tạo được thư mục "${options.output}". Kiểm tra đường dẫn và quyền ghi.`,
          reason_en: `Cannot create the folder "${options.output}". Check the path and the permission to write.`,
        });
      }
      const failures: { reason_vi: string; reason_en: string }[] = [];
      const { written, unassigned } = await writeAgencyWorkbooks(
        master.plan,
        period.value,
        layouts.value,
        {
          createFile: () => createXlsx(),
          save: async (fileName, data) => {
            const result = await writeBinaryFile(join(options.output, fileName), data);
            if (!result.ok) failures.push(result);
          },
        },
        { generatedAt: new Date().toISOString(), asOf, ...(focal.value === undefined ? {} : { focalPointId: focal.value }) },
      );
      if (failures.length > 0) {
        io.writeErr(failures.map(bilingual).join(''));
        exit(ExitCode.unusable);
        return;
      }
      io.writeOut(renderTable(['Cơ quan / Agency', 'Tệp / File'], written.map((w) => [w.agencyName, w.fileName])));
      io.writeOut(
        `Đã tạo ${written.length} biểu mẫu kỳ ${period.value.id} trong "${options.output}".\n` +
          `Wrote ${written.length} workbooks for ${period.value.id} to "${options.output}".\n`,
      );
      const left = unassignedNote(unassigned);
      if (left !== null) io.writeErr(left);
    });
}

/** `--focal` as an agency id or a name the plan's registry resolves. */
function focalPointId(plan: Plan, text: string): Parsed<string> {
  const index = createAgencyIndex(plan.agencies, plan.successions);
  if (index.byId(text) !== undefined) return parsed(text);
  const agency = index.resolve(text);
  return agency.ok
    ? parsed(agency.value.id)
    : rejected(`--focal "${text}": ${agency.reason_vi}`, `--focal "${text}": ${agency.reason_en}`);
}

function unassignedNote(unassigned: Unassigned): string | null {
  const { tasks, projects, targets } = unassigned;
  if (tasks.length + projects.length + targets.length === 0) return null;
  const ids = [...tasks, ...projects, ...targets].map((row) => row.id).join(', ');
  return (
    `Chưa gửi cho cơ quan nào (kế hoạch không ghi cơ quan đầu mối nhận báo cáo): ${tasks.length} nhiệm vụ, ${projects.length} dự án, ${targets.length} chỉ tiêu (${ids}). ` +
    'Hãy chạy lại với --focal <cơ quan>, ví dụ --focal "Sở Công Thương".\n' +
    `Sent to no agency (the plan names no focal point for reports): ${tasks.length} tasks, ${projects.length} projects, ${targets.length} targets (${ids}). ` +
    'Run again with --focal <agency>, e.g. --focal "Sở Công Thương".\n'
  );
}
