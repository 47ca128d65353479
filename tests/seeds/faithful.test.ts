/**
 * The seed plans built from documents with appendix tables (40/KH-UBND, 157/KH-UBND) hold exactly
 * the rows of those appendices: the documents are read again, their appendices imported, and
 * every section, task and project compared cell by cell with the seed. The prose parts (targets,
 * stated figures, zones) are checked to quote the document verbatim.
 *
 * The documents live outside the repository, in `shared/seeds/` beside the clone.
 */
import { existsSync, readFileSync } from 'fs';
import { join, resolve } from 'path';
import { createAgencyIndex, loadProvinceRegistry } from '../../src/domain/agencies';
import { Plan, type Project } from '../../src/domain/plan';
import { nameKey } from '../../src/domain/vn/nameKey';
import { parseVnDate } from '../../src/domain/vn/date';
import { importAppendix, type ImportedAppendix } from '../../src/rules/import/appendix';
import { splitAppendices } from '../../src/rules/import/document';

const DOCUMENTS = resolve(__dirname, '../../../shared/seeds');

function readDocument(file: string): string {
  const path = join(DOCUMENTS, file);
  if (!existsSync(path)) {
    throw new Error(
      `Source document ${file} not found. The faithfulness test reads the seed documents from ${DOCUMENTS} ` +
        '(the "shared/seeds" folder beside the repository clone); put them there and run the test again.',
    );
  }
  return readFileSync(path, 'utf8');
}

const loadSeed = (planId: string): Plan =>
  Plan.parse(JSON.parse(readFileSync(join(__dirname, '../../seeds', `${planId}.json`), 'utf8')));

interface Source {
  readonly planId: string;
  readonly file: string;
  readonly appendices: Readonly<Record<string, 'tasks' | 'projects'>>;
}

function importDocument(source: Source, plan: Plan): ImportedAppendix {
  const registry = loadProvinceRegistry('kien-giang');
  const index = createAgencyIndex(registry.agencies, registry.successions);
  const blocks = splitAppendices(readDocument(source.file));
  expect(blocks.map((b) => b.label)).toEqual(Object.keys(source.appendices));
  const all: ImportedAppendix = { sections: [], tasks: [], projects: [], findings: [] };
  for (const block of blocks) {
    const kind = source.appendices[block.label] ?? 'tasks';
    const result = importAppendix(block.text, { kind, index, source: block.label, zones: plan.zones });
    all.sections.push(...result.sections);
    all.tasks.push(...result.tasks);
    all.projects.push(...result.projects);
    all.findings.push(...result.findings);
  }
  return all;
}

/** What a project row of the appendix says; `note` is the seed's own commentary. */
const projectCells = ({ note: _note, ...cells }: Project) => cells;

/** Lines of the document's tables whose first cell is an Arabic STT: one per task or project row. */
const numberedRows = (text: string): string[] => text.split('\n').filter((line) => /^\d+\t/.test(line));

const SOURCES: readonly Source[] = [
  { planId: 'kg-40-kh-ubnd', file: '000_d470fedcb1a8b6f8.txt', appendices: { 'Phụ lục 1': 'tasks', 'Phụ lục 2': 'projects' } },
  { planId: 'kg-157-kh-ubnd', file: '002_87c0f0f68f94da1e.txt', appendices: { 'Phụ lục': 'tasks' } },
];

describe.each(SOURCES)('seed $planId against its document', (source) => {
  const plan = loadSeed(source.planId);
  const text = readDocument(source.file);
  const imported = importDocument(source, plan);

  it('imports the appendices without an error', () => {
    expect(imported.findings.filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('holds exactly the groups of the task appendix', () => {
    expect(plan.sections).toEqual(imported.sections);
  });

  it('holds exactly the task rows: content, agencies as written and resolved, time frame', () => {
    expect(plan.tasks).toEqual(imported.tasks);
  });

  it('holds exactly the project rows: name, investor, location, scale, capital, year', () => {
    expect(plan.projects.map(projectCells)).toEqual(imported.projects.map(projectCells));
  });

  it('has one task or project for every numbered row of the document', () => {
    expect(plan.tasks.length + plan.projects.length).toBe(numberedRows(text).length);
  });

  it('carries the whole province registry (after a registry change: rebuild with scripts/build-appendix-seeds.ts)', () => {
    const registry = loadProvinceRegistry('kien-giang');
    expect(plan.agencies).toEqual(registry.agencies);
    expect(plan.successions).toEqual(registry.successions);
  });

  it('quotes the document verbatim in targets, stated figures and reporting duties', () => {
    const quotes = [
      ...plan.targets.map((t) => t.source),
      ...plan.statedFigures.map((f) => f.quote),
      ...plan.document.reporting.map((r) => r.text),
      plan.document.title,
    ];
    expect(quotes.filter((quote) => !text.includes(quote))).toEqual([]);
  });

  it('names its zones as the document does', () => {
    const names = plan.zones.flatMap((z) => [z.name, ...z.aliases]);
    expect(names.filter((name) => !text.includes(name))).toEqual([]);
  });

  it('takes its number and date from the document’s heading', () => {
    const heading = /Số:\s*(\d+)\s*\/\s*([A-ZĐ-]+)/u.exec(text);
    expect(`${heading?.[1]}/${heading?.[2]}`).toBe(plan.document.number);
    const dateLine = /Kiên Giang, (ngày \d+ tháng \d+ năm \d{4})/u.exec(text)?.[1] ?? '';
    expect(parseVnDate(dateLine)).toEqual({ ok: true, value: plan.document.date });
  });
});

describe('seed kg-40-kh-ubnd (Kế hoạch 40/KH-UBND)', () => {
  const plan = loadSeed('kg-40-kh-ubnd');
  const imported = importDocument(SOURCES[0] as Source, plan);

  it('has 43 tasks in the 8 groups I–VIII of Phụ lục 1', () => {
    expect(plan.sections.map((s) => s.id)).toEqual(['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII']);
    const perGroup = plan.sections.map((s) => plan.tasks.filter((t) => t.sectionId === s.id).length);
    expect(perGroup).toEqual([4, 5, 13, 10, 1, 4, 5, 1]);
    expect(plan.tasks).toHaveLength(43);
    expect(new Set(plan.tasks.map((t) => t.source))).toEqual(new Set(['Phụ lục 1']));
  });

  it('has the 25 project rows of Phụ lục 2, although the prose speaks of 26 projects', () => {
    expect(plan.projects.map((p) => p.id)).toEqual(Array.from({ length: 25 }, (_, i) => `DA-${String(i + 1).padStart(2, '0')}`));
    expect(plan.statedFigures.find((f) => f.reconcileWith === 'projects.count')?.value).toBe(26);
  });

  it('keeps the figures as written: 7.100, 96,71, 74 and 69.765 tỷ đồng', () => {
    const capital = (id: string) => plan.projects.find((p) => p.id === id)?.totalInvestment;
    expect([capital('DA-01'), capital('DA-03'), capital('DA-08'), capital('DA-25')]).toEqual([7100, 96.71, 74, 69765]);
  });

  it('leaves the merged cells of row 13 empty rather than copying row 12, and says so', () => {
    expect(plan.projects.find((p) => p.id === 'DA-13')).toMatchObject({
      name: 'Nhà máy chế biến thủy sản',
      investor: null,
      location: null,
      zoneId: null,
      scale: null,
      totalInvestment: 460,
      completionYear: null,
    });
    expect(plan.projects.find((p) => p.id === 'DA-13')?.note).not.toBe('');
    expect(imported.findings.map((f) => [f.code, f.rowId])).toEqual([['merged-cell-gap', 'DA-13']]);
  });

  it('links projects in a named park or cluster to its zone, whichever spelling the row uses', () => {
    const inZone = (zoneId: string) => plan.projects.filter((p) => p.zoneId === zoneId).map((p) => p.number);
    expect(inZone('kcn-thanh-loc')).toEqual(['5', '6', '7', '8', '9', '11', '12', '16', '17', '19', '21', '24']);
    expect(inZone('kcn-thuan-yen')).toEqual(['15']);
    expect(inZone('ccn-vinh-hoa-hung-nam')).toEqual(['18']);
    expect(inZone('kcn-xeo-ro')).toEqual(['25']);
    for (const project of plan.projects.filter((p) => p.zoneId === null && p.location !== null)) {
      expect(nameKey(project.location ?? '')).not.toMatch(/^(kcn|ccn) /);
    }
  });

  it('implements Programme 22-CTr/TU of 20/01/2022 and keeps the citation dated 20/01/2021', () => {
    expect(plan.document.implements).toEqual([
      expect.objectContaining({ number: '22-CTr/TU', date: '2022-01-20', asWritten: expect.stringContaining('20/01/2021') }),
    ]);
  });

  it('has the 8 targets of 2021-2025 and the 4 of the 2030 orientation', () => {
    expect(plan.targets.filter((t) => t.targetYear === 2025)).toHaveLength(8);
    expect(plan.targets.filter((t) => t.targetYear === 2030)).toHaveLength(4);
    expect(plan.targets.find((t) => t.comparison === 'range')).toMatchObject({ value: 8, valueMax: 8.5, unit: '%/năm' });
  });

  it('gives the zones the areas and the 2025 completion the document states', () => {
    const zone = (id: string) => plan.zones.find((z) => z.id === id);
    expect(zone('kcn-thuan-yen')).toMatchObject({ areaHa: 133.95, completionYear: 2025 });
    expect(zone('ccn-vinh-hoa-hung-nam')).toMatchObject({ areaHa: 70, completionYear: 2025 });
    expect(zone('ccn-ham-ninh')).toMatchObject({ areaHa: 59.14, completionYear: 2025 });
    expect(zone('ccn-binh-an')).toMatchObject({ areaHa: 30, completionYear: 2025 });
    expect(zone('kcn-thanh-loc')).toMatchObject({ aliases: ['KCN Thanh Lộc'], completionYear: 2025 });
  });
});

describe('seed kg-157-kh-ubnd (Kế hoạch 157/KH-UBND)', () => {
  const plan = loadSeed('kg-157-kh-ubnd');

  it('has 17 tasks in the 6 groups I–VI of its Phụ lục', () => {
    expect(plan.sections.map((s) => s.id)).toEqual(['I', 'II', 'III', 'IV', 'V', 'VI']);
    const perGroup = plan.sections.map((s) => plan.tasks.filter((t) => t.sectionId === s.id).length);
    expect(perGroup).toEqual([2, 6, 3, 1, 2, 3]);
    expect(plan.tasks).toHaveLength(17);
    expect(plan.projects).toEqual([]);
  });

  it('has agencies report to Sở Công Thương before 15/12 every year', () => {
    expect(plan.document.reporting).toEqual([
      expect.objectContaining({ to: { agencyId: 'kg.sct', asWritten: 'Sở Công Thương' }, due: '15/12 hàng năm' }),
    ]);
  });

  it('has the five targets to 2030', () => {
    expect(plan.targets.map((t) => [t.kind, t.comparison, t.value, t.unit, t.targetYear])).toEqual([
      ['share', '>', 16, '%', 2030],
      ['share', '>', 14, '%', 2030],
      ['average-growth', '>', 8, '%/năm', 2030],
      ['average-growth', '>', 8.5, '%/năm', 2030],
      ['share', '>', 40, '%', 2030],
    ]);
  });
});
