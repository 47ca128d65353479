/**
 * Rebuilds the imported parts of the seed plans whose documents have appendix tables: `agencies`
 * and `successions` (the whole province registry) and `sections`, `tasks`, `projects` (the
 * appendices, read by the product's own importer). Everything written by hand from the prose —
 * document, zones, targets, stated figures — is kept as it is. Run it from the repository root
 * after a change to the importer or the registry; `tests/seeds/faithful.test.ts` then proves the
 * seeds hold every row of the documents.
 *
 *   npx tsc --outDir /tmp/seed-build --rootDir . --module commonjs --target es2022 --strict \
 *     --esModuleInterop --resolveJsonModule --skipLibCheck scripts/build-appendix-seeds.ts
 *   NODE_PATH=node_modules node /tmp/seed-build/scripts/build-appendix-seeds.js ../shared/seeds
 *
 * Nothing is written when an appendix has an error finding; warnings are printed for review.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createAgencyIndex, loadProvinceRegistry, type SeedProvince } from '../src/domain/agencies/index';
import { type Finding, hasErrors } from '../src/domain/finding';
import { Plan } from '../src/domain/plan';
import { importAppendix } from '../src/rules/import/appendix';
import { splitAppendices } from '../src/rules/import/document';

interface AppendixSeed {
  readonly planId: string;
  readonly document: string;
  readonly province: SeedProvince;
  /** Each appendix label of the document and the table it holds. */
  readonly appendices: Readonly<Record<string, 'tasks' | 'projects'>>;
}

const SEEDS: readonly AppendixSeed[] = [
  {
    planId: 'kg-40-kh-ubnd',
    document: '000_d470fedcb1a8b6f8.txt',
    province: 'kien-giang',
    appendices: { 'Phụ lục 1': 'tasks', 'Phụ lục 2': 'projects' },
  },
  {
    planId: 'kg-157-kh-ubnd',
    document: '002_87c0f0f68f94da1e.txt',
    province: 'kien-giang',
    appendices: { 'Phụ lục': 'tasks' },
  },
];

const describe = (finding: Finding): string => `  [${finding.severity}] ${finding.code} — ${finding.where}: ${finding.message_vi}`;

function rebuild(seed: AppendixSeed, documentsFolder: string): boolean {
  const planPath = resolve('seeds', `${seed.planId}.json`);
  const plan = Plan.parse(JSON.parse(readFileSync(planPath, 'utf8')));
  const registry = loadProvinceRegistry(seed.province);
  const index = createAgencyIndex(registry.agencies, registry.successions);
  const text = readFileSync(resolve(documentsFolder, seed.document), 'utf8');

  const imported = { sections: [] as Plan['sections'], tasks: [] as Plan['tasks'], projects: [] as Plan['projects'] };
  const findings: Finding[] = [];
  const blocks = splitAppendices(text);
  for (const [label, kind] of Object.entries(seed.appendices)) {
    const block = blocks.find((b) => b.label === label);
    if (block === undefined) {
      process.stderr.write(`${seed.planId}: ${seed.document} has no "${label}"\n`);
      return false;
    }
    const result = importAppendix(block.text, { kind, index, source: label, zones: plan.zones });
    imported.sections.push(...result.sections);
    imported.tasks.push(...result.tasks);
    imported.projects.push(...result.projects);
    findings.push(...result.findings);
  }
  process.stdout.write(
    `${seed.planId}: ${imported.sections.length} sections, ${imported.tasks.length} tasks, ${imported.projects.length} projects\n`,
  );
  for (const finding of findings) process.stdout.write(`${describe(finding)}\n`);
  if (hasErrors(findings)) return false;

  const rebuilt = Plan.parse({ ...plan, agencies: registry.agencies, successions: registry.successions, ...imported });
  writeFileSync(planPath, `${JSON.stringify(rebuilt, null, 2)}\n`, 'utf8');
  return true;
}

const documentsFolder = resolve(process.argv[2] ?? '../shared/seeds');
const allRebuilt = SEEDS.map((seed) => rebuild(seed, documentsFolder)).every(Boolean);
process.exitCode = allRebuilt ? 0 : 1;
