import fc from 'fast-check';
import type { Finding } from '../../src/domain/finding';
import type { Plan } from '../../src/domain/plan';
import { checkPlan } from '../../src/rules/checkPlan';
import { agency, buildPlan, ref, SCT, task } from './planBuilder';

const codesAt = (findings: readonly Finding[]): string[] =>
  findings.map((finding) => `${finding.severity} ${finding.code} ${finding.where}`);

const findingsOf = (input: unknown): Finding[] => checkPlan(input).findings;

describe('checkPlan', () => {
  it('accepts the minimal plan without findings and returns it with its summary', () => {
    const result = checkPlan(buildPlan());
    expect(result.findings).toEqual([]);
    expect(result.plan?.id).toBe('kg-test');
    expect(result.summary).toEqual({
      id: 'kg-test',
      counts: { tasks: 2, projects: 1, targets: 1, zones: 1, agencies: 2 },
      agencies: ['kg.sct', 'kg.skhdt'],
    });
  });

  describe('schema', () => {
    it('reports a wrong type with the path of the row, by its id', () => {
      const plan = buildPlan((p) => {
        p.tasks[1].leadAgencies = [];
      });
      const result = checkPlan(plan);
      expect(result.plan).toBeNull();
      expect(result.summary).toBeNull();
      expect(result.findings).toEqual([
        expect.objectContaining({
          code: 'schema-invalid',
          severity: 'error',
          where: 'tasks[I.2].leadAgencies',
          expected: '≥ 1 items',
          found: 'array(0)',
        }),
      ]);
      expect(result.findings[0]?.message_vi).toContain('cần ít nhất 1 phần tử');
    });

    it('names a row by its position when it has no usable id', () => {
      const plan = JSON.parse(JSON.stringify(buildPlan())) as { tasks: Record<string, unknown>[] };
      plan.tasks[1] = { ...plan.tasks[1], id: 42 };
      expect(codesAt(findingsOf(plan))).toEqual(['error schema-invalid tasks[1].id']);
    });

    it('reports a missing field and a malformed date in Vietnamese and English', () => {
      const plan = JSON.parse(JSON.stringify(buildPlan())) as { document: Record<string, unknown> };
      delete plan.document.title;
      plan.document.date = '23/02/2022';
      const findings = findingsOf(plan);
      expect(codesAt(findings)).toEqual(['error schema-invalid document.date', 'error schema-invalid document.title']);
      expect(findings[0]).toMatchObject({ expected: 'YYYY-MM-DD', found: '"23/02/2022"' });
      expect(findings[0]?.message_vi).toContain('ngày phải ghi dạng YYYY-MM-DD');
      expect(findings[1]?.message_en).toContain('a required field is missing');
    });

    it.each([null, 42, 'plan', [], true])('reports %p as a whole as not a plan', (input) => {
      const findings = findingsOf(input);
      expect(codesAt(findings)).toEqual(['error schema-invalid (plan)']);
    });

    it('quotes only the start of a huge value', () => {
      const findings = findingsOf({ ...buildPlan(), id: `${'x'.repeat(5_000_000)} ` });
      expect(codesAt(findings)).toEqual(['error schema-invalid id']);
      expect(findings[0]?.found?.length).toBeLessThan(100);
    });

    it('ignores __proto__ keys of the JSON and pollutes nothing', () => {
      const text = JSON.stringify(buildPlan()).replace(/^\{/, '{"__proto__":{"polluted":true},');
      const result = checkPlan(JSON.parse(text));
      expect(result.findings).toEqual([]);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      expect(Object.prototype.hasOwnProperty.call(result.plan, '__proto__')).toBe(false);
    });
  });

  describe('unique ids', () => {
    const figure: Plan['statedFigures'][number] = {
      id: 'SL-01',
      label: 'Số dự án',
      value: 1,
      unit: 'dự án',
      period: '',
      reconcileWith: 'none',
      quote: 'có 1 dự án',
      where: '',
    };
    it.each<[string, (plan: Plan) => void]>([
      ['sections', (p) => p.sections.push({ ...p.sections[0]! })],
      ['tasks', (p) => p.tasks.push(task('I.1'))],
      ['projects', (p) => p.projects.push({ ...p.projects[0]! })],
      ['targets', (p) => p.targets.push({ ...p.targets[0]! })],
      ['zones', (p) => p.zones.push({ ...p.zones[0]! })],
      ['agencies', (p) => p.agencies.push(agency('kg.sct', 'Sở Công Thương tỉnh'))],
      ['funding.lines', (p) => p.funding!.lines.push({ ...p.funding!.lines[0]!, amount: 0 })],
      ['statedFigures', (p) => p.statedFigures.push(figure, { ...figure })],
    ])('reports a %s id used twice as duplicate-id', (collection, change) => {
      const findings = findingsOf(buildPlan(change));
      const duplicate = findings.filter((finding) => finding.code === 'duplicate-id');
      expect(duplicate).toHaveLength(1);
      expect(duplicate[0]).toMatchObject({ severity: 'error', found: '2 rows' });
      expect(duplicate[0]?.where.startsWith(`${collection}[`)).toBe(true);
    });
  });

  describe('agencies', () => {
    it('reports an agency id missing from the registry as an unknown-agency error', () => {
      const findings = findingsOf(
        buildPlan((p) => {
          p.tasks[0]!.leadAgencies = [SCT, ref('kg.sxd', 'Sở Xây dựng')];
        }),
      );
      expect(codesAt(findings)).toEqual(['error unknown-agency tasks[I.1].leadAgencies[1]']);
      expect(findings[0]).toMatchObject({ found: 'kg.sxd' });
    });

    it('warns when the name as written denotes another agency than the id', () => {
      const findings = findingsOf(
        buildPlan((p) => {
          p.projects[0]!.followedBy = ref('kg.sct', 'Sở Tài chính');
        }),
      );
      expect(codesAt(findings)).toEqual(['warning ambiguous-agency projects[DA-01].followedBy']);
      expect(findings[0]?.message_en).toContain('Sở Tài chính (kg.stc)');
    });

    it('warns when the name as written matches no agency of the registry', () => {
      const findings = findingsOf(
        buildPlan((p) => {
          p.tasks[0]!.leadAgencies = [ref('kg.sct', 'Phòng Kinh tế')];
        }),
      );
      expect(codesAt(findings)).toEqual(['warning unknown-agency tasks[I.1].leadAgencies[0]']);
      expect(findings[0]).toMatchObject({ expected: 'Sở Công Thương (kg.sct)', found: 'Phòng Kinh tế' });
    });

    it('warns when the name as written is shared by two agencies, and reports the registry problem', () => {
      const findings = findingsOf(
        buildPlan((p) => {
          p.agencies[0]!.aliases = ['Sở phụ trách'];
          p.agencies[2]!.aliases = ['Sở phụ trách'];
          p.tasks[0]!.leadAgencies = [ref('kg.sct', 'Sở phụ trách')];
        }),
      );
      expect(codesAt(findings)).toEqual([
        'warning ambiguous-agency agencies',
        'warning ambiguous-agency tasks[I.1].leadAgencies[0]',
      ]);
    });

    it('accepts abbreviations and a cell naming the agency among others', () => {
      const findings = findingsOf(
        buildPlan((p) => {
          p.tasks[0]!.leadAgencies = [ref('kg.skhdt', 'Sở KH&ĐT'), ref('kg.sct', 'Sở Công Thương; Sở Tài chính')];
          p.tasks[0]!.cooperatingAgencies = [ref('kg.nganh-lien-quan', 'các ngành liên quan')];
        }),
      );
      expect(findings).toEqual([]);
    });

    it('reports successions and group members that name unknown agencies, and cycles of successions', () => {
      const findings = findingsOf(
        buildPlan((p) => {
          p.successions.push({ from: 'kg.stc', to: 'ag.stc', effectiveFrom: '2025-07-01', basis: '' });
          p.successions.push({ from: 'kg.stc', to: 'kg.skhdt', effectiveFrom: '2026-01-01', basis: '' });
          p.agencies[3]!.members = ['kg.sct', 'kg.sxd'];
        }),
      );
      expect(codesAt(findings)).toEqual([
        'error unknown-reference successions[1].to',
        'error unknown-reference agencies[kg.nganh-lien-quan].members[1]',
        'warning ambiguous-agency agencies',
      ]);
      expect(findings[2]?.message_en).toContain('cycle');
    });
  });

  describe('time frames and references', () => {
    it('reports a time frame that cannot be read as invalid-time-frame', () => {
      const findings = findingsOf(
        buildPlan((p) => {
          p.tasks[0]!.timeFrame = 'Quý III/2022';
        }),
      );
      expect(codesAt(findings)).toEqual(['error invalid-time-frame tasks[I.1].timeFrame']);
      expect(findings[0]).toMatchObject({ found: 'Quý III/2022' });
    });

    it('warns when a time frame ends before the year the document was issued', () => {
      const findings = findingsOf(
        buildPlan((p) => {
          p.tasks[0]!.timeFrame = '2020-2021';
          p.tasks[1]!.timeFrame = '2022';
        }),
      );
      expect(codesAt(findings)).toEqual(['warning date-before-document tasks[I.1].timeFrame']);
    });

    it('reports sections and zones that the plan does not have as unknown-reference', () => {
      const findings = findingsOf(
        buildPlan((p) => {
          p.tasks[0]!.sectionId = 'IX';
          p.projects[0]!.zoneId = 'ccn-khong-co';
          p.targets[0]!.zoneId = 'kcn-khong-co';
        }),
      );
      expect(codesAt(findings)).toEqual([
        'error unknown-reference tasks[I.1].sectionId',
        'error unknown-reference projects[DA-01].zoneId',
        'error unknown-reference targets[CT-01].zoneId',
      ]);
    });
  });

  describe('funding totals', () => {
    it('reports funding by source that misses the stated total, with the difference written the Vietnamese way', () => {
      const findings = findingsOf(
        buildPlan((p) => {
          p.funding!.lines[2]!.amount = 94005.6;
        }),
      );
      expect(codesAt(findings)).toEqual(['error total-mismatch funding.lines (source)']);
      expect(findings[0]).toMatchObject({ expected: '113.062,026 tỷ đồng', found: '113.062,126 tỷ đồng' });
      expect(findings[0]?.message_vi).toContain('0,100 tỷ đồng');
    });

    it('allows half a unit of the stated total’s last decimal (± 0,0005 for three decimals)', () => {
      const within = buildPlan((p) => {
        p.funding!.lines[7]!.amount = 27419.3494;
      });
      const beyond = buildPlan((p) => {
        p.funding!.lines[7]!.amount = 27419.3496;
      });
      expect(findingsOf(within)).toEqual([]);
      expect(codesAt(findingsOf(beyond))).toEqual(['error total-mismatch funding.lines (year)']);
    });

    it('allows ± 0,5 when the stated total is a whole number', () => {
      const withTotal = (sourceAmount: number) =>
        buildPlan((p) => {
          p.funding = {
            unit: 'tỷ đồng',
            statedTotal: 7100,
            lines: [{ id: 'NV-1', dimension: 'source', label: 'Vốn tư nhân', year: null, amount: sourceAmount }],
            source: '',
          };
        });
      expect(findingsOf(withTotal(7100.4))).toEqual([]);
      expect(codesAt(findingsOf(withTotal(7100.6)))).toEqual(['error total-mismatch funding.lines (source)']);
    });
  });

  describe('stated figures', () => {
    type Reconciled = Exclude<Plan['statedFigures'][number]['reconcileWith'], 'none'>;
    const figure = (reconcileWith: Reconciled, value: number, unit: string) => ({
      id: 'SL-01',
      label: 'Số liệu nêu',
      value,
      unit,
      period: '2021-2025',
      reconcileWith,
      quote: 'câu trích',
      where: 'Mục II',
    });

    it('warns when the stated number of projects or tasks differs from the tables', () => {
      const findings = findingsOf(
        buildPlan((p) => {
          p.statedFigures = [
            figure('projects.count', 26, 'dự án'),
            { ...figure('tasks.count', 2, 'nhiệm vụ'), id: 'SL-02' },
          ];
        }),
      );
      expect(codesAt(findings)).toEqual(['warning count-mismatch statedFigures[SL-01]']);
      expect(findings[0]).toMatchObject({ expected: '26 dự án', found: '1 projects' });
      expect(findings[0]?.message_vi).toContain('chênh 25');
    });

    it('warns when the stated total investment differs from the projects, saying how many had no capital', () => {
      const findings = findingsOf(
        buildPlan((p) => {
          p.projects.push(
            { ...p.projects[0]!, id: 'DA-02', totalInvestment: 5214 },
            { ...p.projects[0]!, id: 'DA-03', totalInvestment: null },
          );
          p.statedFigures = [figure('projects.totalInvestment', 5314, 'tỷ đồng')];
        }),
      );
      expect(findings).toEqual([]);
      const mismatch = findingsOf(
        buildPlan((p) => {
          p.projects.push({ ...p.projects[0]!, id: 'DA-02', totalInvestment: null });
          p.statedFigures = [figure('projects.totalInvestment', 5314, 'tỷ đồng')];
        }),
      );
      expect(codesAt(mismatch)).toEqual(['warning total-mismatch statedFigures[SL-01]']);
      expect(mismatch[0]?.message_vi).toContain('1 dự án không ghi vốn');
      expect(mismatch[0]?.message_vi).toContain('chênh 5.214');
    });

    it('warns when a stated funding total differs from the funding section, or there is none', () => {
      const differs = findingsOf(
        buildPlan((p) => {
          p.statedFigures = [figure('funding.total', 113062.1, 'tỷ đồng')];
        }),
      );
      expect(codesAt(differs)).toEqual(['warning total-mismatch statedFigures[SL-01]']);
      const missing = findingsOf(
        buildPlan((p) => {
          p.funding = null;
          p.statedFigures = [figure('funding.total', 1, 'tỷ đồng')];
        }),
      );
      expect(codesAt(missing)).toEqual(['warning unknown-reference statedFigures[SL-01]']);
    });
  });

  describe('document dates', () => {
    it('warns about a cited document dated after the plan', () => {
      const findings = findingsOf(
        buildPlan((p) => {
          p.document.implements[0]!.date = '2022-03-01';
        }),
      );
      expect(codesAt(findings)).toEqual(['warning date-before-document document.implements[0].date']);
    });

    it('warns when one document number is cited with two dates', () => {
      const twice = findingsOf(
        buildPlan((p) => {
          p.document.implements.push({ number: '22-CTr/TU', date: '2022-01-21', title: '', asWritten: '' });
        }),
      );
      expect(codesAt(twice)).toEqual(['warning unknown-reference document.implements[0]']);
      const asWritten = findingsOf(
        buildPlan((p) => {
          p.document.implements[0]!.asWritten = 'Chương trình hành động số 22-CTr/TU ngày 20 tháng 12 năm 2021';
        }),
      );
      expect(codesAt(asWritten)).toEqual(['warning unknown-reference document.implements[0]']);
      expect(asWritten[0]).toMatchObject({ found: '20/12/2021, 20/01/2022' });
    });

    it('warns about a reporting deadline that cannot be read or falls before the plan', () => {
      const findings = findingsOf(
        buildPlan((p) => {
          const duty = p.document.reporting[0]!;
          p.document.reporting.push({ ...duty, due: 'cuối năm' }, { ...duty, due: '15/12/2021' });
        }),
      );
      expect(codesAt(findings)).toEqual([
        'warning invalid-date document.reporting[1].due',
        'warning date-before-document document.reporting[2].due',
      ]);
    });
  });

  describe('summary', () => {
    it('counts the distinct non-group agencies named by tasks, projects and reporting duties', () => {
      const result = checkPlan(
        buildPlan((p) => {
          p.tasks = [task('I.1', { leadAgencies: [SCT, ref('kg.sxd', 'Sở Xây dựng')] })];
          p.projects[0]!.followedBy = ref('kg.stc', 'Sở Tài chính');
          p.document.reporting = [];
        }),
      );
      expect(result.summary?.agencies).toEqual(['kg.sct', 'kg.stc']);
      expect(result.summary?.counts.agencies).toBe(2);
    });
  });

  describe('robustness', () => {
    const prototypeKeys = (): string[][] =>
      [Object.prototype, Array.prototype, Function.prototype, String.prototype].map((proto) =>
        Object.getOwnPropertyNames(proto).sort(),
      );

    it('never throws on any value and pollutes no prototype', () => {
      const before = prototypeKeys();
      const anything = fc.anything({
        withNullPrototype: true,
        withBoxedValues: true,
        withSparseArray: true,
        withBigInt: true,
        withDate: true,
        withMap: true,
        withSet: true,
        withTypedArray: true,
        withObjectString: true,
        key: fc.oneof(fc.string(), fc.constantFrom('__proto__', 'constructor', 'prototype', 'id', 'tasks', 'agencies')),
      });
      fc.assert(
        fc.property(anything, (input) => {
          const result = checkPlan(input);
          expect(result.plan === null).toBe(result.findings.some((finding) => finding.code === 'schema-invalid'));
        }),
        { numRuns: 1000 },
      );
      expect(prototypeKeys()).toEqual(before);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    });

    it('never throws on a well-formed plan whatever its texts and numbers', () => {
      const text = fc.oneof(
        fc.string(),
        fc.constantFrom('__proto__', 'constructor', 'Hàng năm', '2022-2021', 'Sở KH&ĐT', ';;', ' '),
      );
      const nonEmpty = text.filter((value) => value.trim() !== '');
      fc.assert(
        fc.property(nonEmpty, text, text, fc.double(), fc.double(), (asWritten, timeFrame, due, amount, stated) => {
          const plan = buildPlan((p) => {
            p.tasks[0]!.leadAgencies = [ref('kg.sct', asWritten)];
            p.agencies[0]!.aliases = [asWritten];
            p.tasks[0]!.timeFrame = timeFrame;
            p.document.reporting[0]!.due = due === '' ? '-' : due;
            p.funding!.statedTotal = stated;
            p.funding!.lines[0]!.amount = amount;
          });
          expect(() => checkPlan(JSON.parse(JSON.stringify(plan)))).not.toThrow();
        }),
        { numRuns: 1000 },
      );
    });
  });
});
