/**
 * Fuzzing the returned-workbook pipeline: valid agency workbooks, mutated at the byte level and at
 * the cell level, go through `checkReturnedFile` (gate, parser, validation — what `plan-tracker
 * validate` runs) and then through consolidation. The only acceptable outcome is typed: no thrown
 * error, every finding a valid `Finding` with a `FindingCode`, the validated rows valid, and what
 * consolidation keeps of the file writable to the master.
 *
 * In CI the runs and the seed are fixed (reproducible, well under a minute). For a long run:
 * `FUZZ_RUNS=5000 npx jest tests/fuzz` (or `npm run fuzz -- --runs 5000`) picks a random seed and
 * prints it; `FUZZ_SEED=<seed>` (and `FUZZ_PATH=<path>` from fast-check's report) replays a failure.
 */
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import JSZip from 'jszip';
import { type CheckedFile, FileCheck, checkReturnedFile, validationRun } from '../../src/app/validate';
import { Reports } from '../../src/domain/report';
import { reportSheets } from '../../src/layout/master';
import { consolidateReturn } from '../../src/rules/consolidate/consolidateReturn';
import { ValidatedReturn } from '../../src/rules/validate/model';
import { INTERNAL_ERROR, inspectWorkbookBytes } from '../../src/workbook/gate/inspect';
import { checkSpecs } from '../../src/workbook/specChecks';
import { openXlsx } from '../../src/workbook/xlsx/xlsxWorkbook';
import { samplePlan } from '../layout/fixtures';
import { buildZip } from '../support/zipBuilder';
import { edited, fillValid, layouts, period, sentFile } from '../rules/validate/returns';
import { byteMutation, cellMutation, mutateBytes, mutateWorkbook, mutateXml, xmlMutation } from './mutations';

/** Runs per property in CI; `FUZZ_RUNS` for a long run. */
const CI_RUNS = 150;
/** The seed CI always uses, so that a failure there is a failure on every machine. */
const CI_SEED = 40_2022;

const longRun = process.env.FUZZ_RUNS !== undefined;
const runs = longRun ? Number(process.env.FUZZ_RUNS) : CI_RUNS;
const seed = process.env.FUZZ_SEED !== undefined ? Number(process.env.FUZZ_SEED) : longRun ? Math.floor(Math.random() * 2 ** 31) : CI_SEED;
const path = process.env.FUZZ_PATH;
if (!Number.isInteger(runs) || runs <= 0 || !Number.isInteger(seed)) throw new Error('FUZZ_RUNS and FUZZ_SEED must be whole numbers');
if (longRun) console.log(`fuzz: ${runs} runs per property, seed ${seed} (replay: FUZZ_SEED=${seed})`);

const parameters: fc.Parameters<unknown> = { numRuns: runs, seed, ...(path === undefined ? {} : { path }) };
/** Enough for the runs at a few hundred milliseconds each, and for shrinking a failure. */
const timeout = 120_000 + runs * 1_000;

const plan = samplePlan();
const run = validationRun(plan, layouts, { inspect: inspectWorkbookBytes, open: (bytes) => openXlsx(bytes) }, { period: period('2022') });
const EMPTY_REPORTS = Reports.parse({});

/**
 * The only acceptable outcomes: typed findings (none of them the gate owning up to its own
 * fault), valid rows, and report tables the master can hold.
 */
function expectTyped(checked: CheckedFile, fileName: string): void {
  expect(FileCheck.parse(checked.check)).toEqual(checked.check);
  for (const finding of checked.check.findings) expect(finding.found ?? '').not.toContain(INTERNAL_ERROR);
  if (checked.validated !== null) ValidatedReturn.parse(checked.validated);
  const consolidated = consolidateReturn(EMPTY_REPORTS, checked.validated, { sha256: checked.check.sha256, fileName, receivedAt: '2022-12-01T01:00:00.000Z' }, plan);
  checkSpecs(reportSheets(Reports.parse(consolidated.reports), layouts), [], []);
}

async function checked(bytes: Uint8Array, fileName: string): Promise<void> {
  expectTyped(await checkReturnedFile({ fileName, read: async () => bytes }, run), fileName);
}

const FILE_NAMES = fc.constantFrom('2022_SCT.xlsx', '2022_BQL-KKT.xlsx', 'bao cao.xlsx', '2022_STC.xlsx', '__proto__.xlsx');

/** A valid return three ways: as saved (deflated), stored (byte edits land in the XML itself), and part by part. */
interface Base {
  readonly deflated: Uint8Array;
  readonly stored: Uint8Array;
  readonly parts: readonly { readonly name: string; readonly data: Uint8Array }[];
}

async function baseOf(agencyId: string): Promise<Base> {
  const deflated = new Uint8Array(await edited((await sentFile(agencyId)).bytes, fillValid));
  const zip = await JSZip.loadAsync(deflated);
  const files = Object.values(zip.files).filter((file) => !file.dir);
  return {
    deflated,
    stored: await zip.generateAsync({ type: 'uint8array', compression: 'STORE' }),
    parts: await Promise.all(files.map(async (file) => ({ name: file.name, data: await file.async('uint8array') }))),
  };
}

/**
 * Where the mutations land: the file as it is (its zip structure too), or one part, zipped again
 * properly — its bytes, or the values and texts of its XML.
 */
const byteTarget = fc.oneof(
  fc.record({ kind: fc.constant('file' as const), stored: fc.boolean() }),
  fc.record({ kind: fc.constant('part' as const), part: fc.nat() }),
  fc.record({ kind: fc.constant('xml' as const), part: fc.nat(), edits: fc.array(xmlMutation, { minLength: 1, maxLength: 6 }) }),
);

describe('the returned-workbook pipeline on mutated agency workbooks', () => {
  let bases: Base[] = [];

  beforeAll(async () => {
    bases = await Promise.all(['kg.sct', 'kg.bqlkkt'].map(baseOf));
  }, 60_000);

  const baseAt = (which: number): Base => {
    const base = bases[which % bases.length];
    if (base === undefined) throw new Error('no base workbook');
    return base;
  };

  it(
    'answers with typed findings whatever bytes of the file or of one part are flipped, inserted, deleted, copied or cut, and whatever its XML values say',
    async () => {
      await fc.assert(
        fc.asyncProperty(fc.nat(), byteTarget, fc.array(byteMutation, { minLength: 1, maxLength: 8 }), FILE_NAMES, async (which, target, mutations, fileName) => {
          const base = baseAt(which);
          if (target.kind === 'file') {
            await checked(mutateBytes(target.stored ? base.stored : base.deflated, mutations), fileName);
            return;
          }
          const at = target.part % base.parts.length;
          const mutated = (data: Uint8Array): Uint8Array =>
            target.kind === 'part' ? mutateBytes(data, mutations) : new TextEncoder().encode(mutateXml(new TextDecoder().decode(data), target.edits));
          const parts = base.parts.map((part, index) => ({ name: part.name, data: index === at ? mutated(part.data) : part.data, method: 'stored' as const }));
          await checked(await buildZip(parts), fileName);
        }),
        parameters,
      );
    },
    timeout,
  );

  it(
    'answers with typed findings whatever is written into the cells, and however sheets, rows and columns are changed',
    async () => {
      await fc.assert(
        fc.asyncProperty(fc.nat(), fc.array(cellMutation, { minLength: 1, maxLength: 12 }), FILE_NAMES, async (which, mutations, fileName) => {
          const book = new ExcelJS.Workbook();
          await book.xlsx.load(baseAt(which).deflated.slice().buffer);
          mutateWorkbook(book, mutations);
          await checked(new Uint8Array(await book.xlsx.writeBuffer()), fileName);
        }),
        parameters,
      );
    },
    timeout,
  );
});
