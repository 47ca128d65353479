/**
 * `plan-tracker init <plan.json> -o master.xlsx` — makes the master workbook (sổ theo dõi) of a
 * plan: one sheet and table per part of the plan, and the empty report tables. An existing file
 * is never overwritten without `--force`: it may hold a year of consolidated reports.
 * Exit 0: written; 1: written, but the plan has errors to fix in the master (or the plan cannot
 * be read as one); 2: the file cannot be read or written.
 */
import type { Command } from 'commander';
import { initMasterWorkbook } from '../../app/initMaster';
import { hasErrors } from '../../domain/finding';
import { checkPlan } from '../../rules/checkPlan';
import { createXlsx } from '../../workbook/xlsx/xlsxWorkbook';
import { bilingual, cliContext, ExitCode, findingCounts, loadPlanSource, renderFindings } from '../io';
import { fileExists, writeBinaryFile } from './binaryFiles';
import { loadLayouts, TEMPLATES_OPTION } from './layoutFiles';

interface InitOptions {
  readonly output: string;
  readonly force?: boolean;
  readonly templates?: string;
}

export function register(program: Command): void {
  program
    .command('init')
    .description('Tạo sổ theo dõi (master) từ tệp kế hoạch / Make the master workbook of a plan')
    .argument('<plan>', 'tệp kế hoạch (.json) / plan file (.json)')
    .option('-o, --output <file>', 'tệp sổ theo dõi sẽ tạo / master workbook to write', 'master.xlsx')
    .option('--force', 'ghi đè tệp đã có / overwrite an existing file')
    .option(...TEMPLATES_OPTION)
    .action(async (path: string, options: InitOptions, command: Command) => {
      const { io, exit } = cliContext(command);
      const layouts = await loadLayouts(options.templates);
      if (!layouts.ok) {
        io.writeErr(bilingual(layouts));
        exit(ExitCode.unusable);
        return;
      }
      const source = await loadPlanSource(path);
      if (!source.ok) {
        io.writeErr(bilingual(source));
        exit(ExitCode.unusable);
        return;
      }
      const check = checkPlan(source.value);
      if (check.plan === null) {
        io.writeErr(`${renderFindings(check.findings)}\nTệp không đúng cấu trúc kế hoạch, chưa tạo sổ. / The file is not a plan; no master was made.\n`);
        exit(ExitCode.findings);
        return;
      }
      if (options.force !== true && (await fileExists(options.output))) {
        io.writeErr(
          bilingual({
            reason_vi: `Tệp "${options.output}" đã có, có thể đang chứa số liệu đã tổng hợp. Hãy chọn tên khác với -o, hoặc thêm --force để ghi đè.`,
            reason_en: `"${options.output}" already exists and may hold consolidated reports. Choose another name with -o, or add --force to overwrite it.`,
          }),
        );
        exit(ExitCode.unusable);
        return;
      }
      const file = createXlsx();
      await initMasterWorkbook(check.plan, layouts.value, file);
      const written = await writeBinaryFile(options.output, await file.toArrayBuffer());
      if (!written.ok) {
        io.writeErr(bilingual(written));
        exit(ExitCode.unusable);
        return;
      }
      const { errors, warnings } = findingCounts(check.findings);
      if (check.findings.length > 0) io.writeOut(`${renderFindings(check.findings)}\n`);
      io.writeOut(
        `Đã tạo sổ theo dõi "${options.output}" cho kế hoạch ${check.plan.id} (${errors} lỗi, ${warnings} cảnh báo${errors > 0 ? ': hãy sửa ngay trong sổ' : ''}).\n` +
          `Wrote the master "${options.output}" for plan ${check.plan.id} (${errors} errors, ${warnings} warnings${errors > 0 ? ': fix them in the master' : ''}).\n`,
      );
      exit(hasErrors(check.findings) ? ExitCode.findings : ExitCode.ok);
    });
}
