/**
 * The three seed plans transcribed by hand from documents without a task appendix
 * (22-CTr/TU, 670/TB-VP, the Hậu Giang plan for Programme 03/CTr-UBND). These pin the
 * transcription: a careless edit of a seed changes a count or a figure and fails here.
 */
import { readFileSync } from 'fs';
import { join } from 'path';
import { Plan, type AgencyRef, type Task } from '../../src/domain/plan';

function loadSeed(id: string): Plan {
  const json: unknown = JSON.parse(readFileSync(join(__dirname, '../../seeds', `${id}.json`), 'utf8'));
  return Plan.parse(json);
}

const ids = (refs: readonly AgencyRef[]): string[] => refs.map((r) => r.agencyId);

function taskById(plan: Plan, id: string): Task {
  const task = plan.tasks.find((t) => t.id === id);
  if (!task) throw new Error(`no task ${id} in ${plan.id}`);
  return task;
}

function figureValue(plan: Plan, id: string): number | undefined {
  return plan.statedFigures.find((f) => f.id === id)?.value;
}

/** Every agency a plan row names, so each can be looked up in the plan's own registry. */
function referencedAgencyIds(plan: Plan): string[] {
  const refs = [
    ...plan.tasks.flatMap((t) => [...t.leadAgencies, ...t.cooperatingAgencies]),
    ...plan.document.reporting.flatMap((r) => (r.to ? [...r.from, r.to] : r.from)),
  ];
  return [...new Set(ids(refs))].sort();
}

const PLAN_IDS = ['kg-22-ctr-tu', 'kg-670-tb-vp', 'hg-kh-ctr-03'] as const;

describe.each(PLAN_IDS)('seed plan %s', (planId) => {
  const plan = loadSeed(planId);

  it('is named after its file', () => {
    expect(plan.id).toBe(planId);
  });

  it('names only agencies present in its own registry', () => {
    const known = new Set(plan.agencies.map((a) => a.id));
    expect(referencedAgencyIds(plan).filter((id) => !known.has(id))).toEqual([]);
  });

  it('has unique ids for tasks, sections, targets, zones and stated figures', () => {
    for (const rows of [plan.tasks, plan.sections, plan.targets, plan.zones, plan.statedFigures]) {
      const rowIds = rows.map((r) => r.id);
      expect(new Set(rowIds).size).toBe(rowIds.length);
    }
  });

  it('puts every task in a section it declares, or in none', () => {
    const sectionIds = new Set(plan.sections.map((s) => s.id));
    for (const task of plan.tasks) {
      if (task.sectionId !== null) expect(sectionIds.has(task.sectionId)).toBe(true);
    }
  });
});

describe('seed kg-22-ctr-tu (Chương trình hành động 22-CTr/TU của Tỉnh ủy Kiên Giang)', () => {
  const plan = loadSeed('kg-22-ctr-tu');

  it('takes its number and date from the citations in 40/KH-UBND and 670/TB-VP, and says so', () => {
    expect(plan.document.number).toBe('22-CTr/TU');
    expect(plan.document.date).toBe('2022-01-20');
    expect(plan.document.note).toContain('40/KH-UBND');
    expect(plan.document.note).toContain('670/TB-VP');
    expect(plan.document.note).toContain('20/01/2021');
  });

  it('holds the four duties of "Tổ chức thực hiện" and the two of the Mặt trận Tổ quốc', () => {
    expect(plan.tasks.map((t) => t.id)).toEqual(['III.9.1', 'III.9.2', 'IV.1', 'IV.2', 'IV.3', 'IV.4']);
    expect(ids(taskById(plan, 'IV.1').leadAgencies)).toEqual(['kg.bcsd-ubnd']);
    expect(ids(taskById(plan, 'IV.2').leadAgencies)).toEqual(['kg.huyen-thanh-uy']);
    expect(ids(taskById(plan, 'IV.3').leadAgencies)).toEqual(['kg.btgtu']);
    expect(ids(taskById(plan, 'IV.4').leadAgencies)).toEqual(['kg.vptu']);
    expect(plan.tasks.every((t) => t.timeFrame === '')).toBe(true);
  });

  it('keeps the text of a duty without the stray fragment that follows it in the copy', () => {
    expect(taskById(plan, 'IV.4').content.endsWith('định kỳ báo cáo kết quả thực hiện với Ban Thường vụ Tỉnh ủy.')).toBe(
      true,
    );
  });

  it('has eleven targets for 2025 and 2030, with 12,78% (2016-2020) as the baseline of the GRDP share', () => {
    expect(plan.targets).toHaveLength(11);
    expect(plan.targets.filter((t) => t.targetYear === 2025)).toHaveLength(7);
    const share2025 = plan.targets.find((t) => t.id === 'CT-01');
    expect(share2025).toMatchObject({ comparison: '>', value: 15, unit: '%', baselineValue: 12.78, baselineYear: 2020 });
    const growth2030 = plan.targets.find((t) => t.id === 'CT-08');
    expect(growth2030).toMatchObject({ kind: 'average-growth', comparison: 'range', value: 8, valueMax: 8.5, targetYear: 2030 });
    expect(plan.targets.find((t) => t.id === 'CT-03')).toMatchObject({ comparison: '~', value: 100, unit: 'doanh nghiệp' });
  });

  it('records the 2016-2020 situation figures as stated', () => {
    expect(plan.statedFigures.map((f) => [f.id, f.value, f.unit])).toEqual([
      ['SL-01', 7.62, '%/năm'],
      ['SL-02', 12.78, '%'],
      ['SL-03', 26, 'dự án'],
      ['SL-04', 5314, 'tỷ đồng'],
      ['SL-05', 44000, 'lao động'],
      ['SL-06', 13, '%'],
    ]);
  });

  it('names three industrial parks and three clusters, five of them due by 2025', () => {
    expect(plan.zones.map((z) => z.id)).toEqual([
      'kcn-thanh-loc',
      'kcn-thuan-yen',
      'kcn-xeo-ro',
      'ccn-vinh-hoa-hung-nam',
      'ccn-binh-an',
      'ccn-ham-ninh',
    ]);
    expect(plan.zones.filter((z) => z.completionYear === 2025)).toHaveLength(5);
  });
});

describe('seed kg-670-tb-vp (Thông báo 670/TB-VP, 25/7/2022)', () => {
  const plan = loadSeed('kg-670-tb-vp');

  it('follows plan 40/KH-UBND and cites the documents it implements', () => {
    expect(plan.document).toMatchObject({ number: '670/TB-VP', date: '2022-07-25', followsPlanId: 'kg-40-kh-ubnd' });
    const cited = Object.fromEntries(plan.document.implements.map((d) => [d.number, d.date]));
    expect(cited).toMatchObject({
      '40/KH-UBND': '2022-02-23',
      '110/KH-UBND': '2022-04-27',
      '22-CTr/TU': '2022-01-20',
      '1199/QĐ-UBND': '2022-05-16',
    });
  });

  it.each([
    ['1', ['kg.sct'], []],
    ['2', ['kg.skhdt'], ['kg.stc', 'kg.sct', 'kg.bqlkkt', 'kg.dia-phuong-lien-quan']],
    ['3', ['kg.ubnd-chau-thanh', 'kg.ubnd-go-quao'], ['kg.sct', 'kg.nganh-lien-quan', 'kg.skhdt']],
    ['4', ['kg.bqlkkt'], ['kg.nganh-lien-quan']],
    ['5', ['kg.stc', 'kg.stnmt'], []],
    ['6', ['kg.skhdt'], ['kg.stc']],
    ['7', ['kg.sldtbxh'], []],
  ])('assigns item %s to its lead and cooperating agencies as the notice does', (id, leads, cooperating) => {
    const task = taskById(plan, id);
    expect(ids(task.leadAgencies)).toEqual(leads);
    expect(ids(task.cooperatingAgencies)).toEqual(cooperating);
  });

  it('has seven tasks, none with a time frame, item 6 under the workers\' housing heading', () => {
    expect(plan.tasks).toHaveLength(7);
    expect(plan.tasks.every((t) => t.timeFrame === '')).toBe(true);
    expect(taskById(plan, '6').sectionId).toBe('6');
    expect(plan.sections).toEqual([{ id: '6', number: '6', title: 'Đối với Dự án Khu nhà ở công nhân Thạnh Lộc' }]);
  });

  it('records the six-month production figures of 2022', () => {
    expect(plan.statedFigures.map((f) => f.value)).toEqual([25743.76, 50.38, 13.65, 10.71, 94.48]);
    expect(plan.statedFigures.every((f) => f.period === '6 tháng đầu năm 2022')).toBe(true);
  });
});

describe('seed hg-kh-ctr-03 (Kế hoạch thực hiện Chương trình 03/CTr-UBND, Hậu Giang)', () => {
  const plan = loadSeed('hg-kh-ctr-03');
  const funding = plan.funding;
  const sum = (dimension: 'source' | 'year'): number =>
    (funding?.lines ?? []).filter((l) => l.dimension === dimension).reduce((total, l) => total + l.amount, 0);

  it('has no number and no date, and says so', () => {
    expect(plan.document.number).toBeNull();
    expect(plan.document.date).toBeNull();
    expect(plan.document.note).toContain('không ghi số và ngày ban hành');
    expect(plan.document.implements[0]).toMatchObject({ number: '03/CTr-UBND', date: '2021-01-13' });
  });

  it('holds the 34 lettered duties of section VI under 16 agency headings', () => {
    expect(plan.tasks).toHaveLength(34);
    expect(plan.sections.map((s) => s.id)).toEqual(Array.from({ length: 16 }, (_, i) => `VI.${i + 1}`));
    expect(plan.sections.find((s) => s.id === 'VI.15')?.title).toBe('Chi cục Hải quan Hậu Giang');
    expect(plan.tasks.filter((t) => t.sectionId === 'VI.12').map((t) => t.id)).toEqual([
      'VI.12.a',
      'VI.12.b',
      'VI.12.c',
      'VI.12.d',
    ]);
    expect(taskById(plan, 'VI.3')).toMatchObject({ number: '3', source: 'Mục VI.3' });
  });

  it('gives a time frame only where the text states one', () => {
    const framed = plan.tasks.filter((t) => t.timeFrame !== '').map((t) => [t.id, t.timeFrame]);
    expect(framed).toEqual([
      ['VI.1.a', '2025'],
      ['VI.1.d', 'Hàng năm'],
      ['VI.4.b', 'Hàng năm'],
    ]);
  });

  it('assigns duty VI.16.b to the six localities it names', () => {
    expect(ids(taskById(plan, 'VI.16.b').leadAgencies)).toEqual([
      'hg.ubnd-phung-hiep',
      'hg.ubnd-nga-bay',
      'hg.ubnd-vi-thanh',
      'hg.ubnd-vi-thuy',
      'hg.ubnd-long-my',
      'hg.ubnd-chau-thanh',
    ]);
  });

  it('has agencies report to Sở Công Thương by 15/11 and Sở Công Thương to UBND tỉnh by 15/12', () => {
    expect(plan.document.reporting.map((r) => [r.to?.agencyId, r.due])).toEqual([
      ['hg.sct', '15/11 hàng năm'],
      ['hg.ubnd', '15/12 hàng năm'],
    ]);
  });

  it('transcribes the funding lines exactly, by source and by year', () => {
    expect(funding?.statedTotal).toBe(113062.026);
    expect(funding?.lines.map((l) => [l.id, l.amount])).toEqual([
      ['NV-1', 14678.262],
      ['NV-2', 4378.264],
      ['NV-3', 94005.5],
      ['PK-2021', 2291.09],
      ['PK-2022', 27872.994],
      ['PK-2023', 27659.479],
      ['PK-2024', 27819.114],
      ['PK-2025', 27419.349],
    ]);
  });

  it('has funding parts that add up to the stated total both ways', () => {
    expect(sum('source')).toBeCloseTo(113062.026, 3);
    expect(sum('year')).toBeCloseTo(113062.026, 3);
  });

  it('has eight targets from the 2020 baselines to 2025', () => {
    expect(plan.targets.map((t) => [t.id, t.value, t.unit])).toEqual([
      ['CT-01', 12.28, '%/năm'],
      ['CT-02', 25.29, '%'],
      ['CT-03', 12.95, '%/năm'],
      ['CT-04', 77626, 'tỷ đồng'],
      ['CT-05', 15.93, '%'],
      ['CT-06', 209, 'triệu đồng/lao động/năm'],
      ['CT-07', 10.1, '%/năm'],
      ['CT-08', 3, 'trung tâm logistics'],
    ]);
    expect(plan.targets.find((t) => t.id === 'CT-02')).toMatchObject({ baselineValue: 20.24, baselineYear: 2020 });
    expect(plan.targets.every((t) => t.targetYear === 2025)).toBe(true);
  });

  it('names the three logistics centres and the three potential sites', () => {
    expect(plan.zones.filter((z) => z.completionYear === 2025).map((z) => z.name)).toEqual([
      'Trung tâm logistics Mekong',
      'Khu trung tâm logistics Hậu Giang',
      'Trung tâm Logistics Nông sản xuất khẩu Hậu Giang',
    ]);
    expect(plan.zones).toHaveLength(6);
  });

  it('records the counts stated in prose: 05 new parks, 05 new clusters, 02 extended clusters', () => {
    expect(figureValue(plan, 'SL-01')).toBe(113062.026);
    expect([figureValue(plan, 'SL-02'), figureValue(plan, 'SL-03'), figureValue(plan, 'SL-04')]).toEqual([5, 5, 2]);
  });
});
