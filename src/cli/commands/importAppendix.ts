/**
 * `plan-tracker import-appendix <file.tsv|-> --kind tasks|projects --province …` — turns an
 * appendix table copied from Word into plan rows (JSON on stdout or in `-o`), with the findings
 * on stderr for the officer to resolve before the rows go into a plan. Exit 1 when a finding is
 * an error.
 */
import { type Command, Option } from 'commander';
import { createAgencyIndex, loadProvinceRegistry } from '../../domain/agencies/index';
import { hasErrors } from '../../domain/finding';
import { importAppendix } from '../../rules/import/appendix';
import { bilingual, cliContext, ExitCode, readTextSource, renderFindings, writeTextFile } from '../io';

const KINDS = ['tasks', 'projects'] as const;
const PROVINCES = ['kien-giang', 'hau-giang'] as const;

interface ImportOptions {
  kind: (typeof KINDS)[number];
  province: (typeof PROVINCES)[number];
  idPrefix?: string;
  source?: string;
  output?: string;
}

export function register(program: Command): void {
  program
    .command('import-appendix')
    .description('Nhập bảng phụ lục (dán từ Word, cách nhau bằng tab) / Import an appendix table (tab-separated)')
    .argument('<file>', 'tệp .tsv, hoặc - để đọc từ đầu vào chuẩn / .tsv file, or - for standard input')
    .addOption(new Option('--kind <kind>', 'loại bảng / table kind').choices(KINDS).makeOptionMandatory())
    .addOption(
      new Option('--province <province>', 'tỉnh, để nhận diện cơ quan / province, to resolve agencies')
        .choices(PROVINCES)
        .makeOptionMandatory(),
    )
    .option('--id-prefix <prefix>', 'tiền tố cho mã dòng / prefix for row ids')
    .option('--source <label>', 'nguồn của các dòng, ví dụ "Phụ lục 1" / where the rows come from')
    .option('-o, --output <file>', 'ghi kết quả vào tệp thay vì màn hình / write the rows to a file')
    .action(async (path: string, options: ImportOptions, command: Command) => {
      const { io, exit } = cliContext(command);
      const text = await readTextSource(path, io);
      if (!text.ok) {
        io.writeErr(bilingual(text));
        exit(ExitCode.unusable);
        return;
      }
      const registry = loadProvinceRegistry(options.province);
      const imported = importAppendix(text.value, {
        kind: options.kind,
        index: createAgencyIndex(registry.agencies, registry.successions),
        ...(options.idPrefix === undefined ? {} : { idPrefix: options.idPrefix }),
        ...(options.source === undefined ? {} : { source: options.source }),
      });
      const { sections, tasks, projects, findings } = imported;
      const json = `${JSON.stringify({ sections, tasks, projects }, null, 2)}\n`;
      if (options.output === undefined) {
        io.writeOut(json);
      } else {
        const written = await writeTextFile(options.output, json);
        if (!written.ok) {
          io.writeErr(bilingual(written));
          exit(ExitCode.unusable);
          return;
        }
      }
      if (findings.length > 0) io.writeErr(renderFindings(findings));
      exit(hasErrors(findings) ? ExitCode.findings : ExitCode.ok);
    });
}
