import fc from 'fast-check';
import { createAgencyIndex } from '../../../src/domain/agencies';
import { Finding } from '../../../src/domain/finding';
import { Agency, Project, Section, Task, Zone } from '../../../src/domain/plan';
import { importAppendix } from '../../../src/rules/import/appendix';

const agency = (id: string, name: string, kind: Agency['kind'], extra: Partial<Agency> = {}): Agency => ({
  id,
  name,
  shortNames: [],
  aliases: [],
  kind,
  province: 'kien-giang',
  members: [],
  ...extra,
});

const index = createAgencyIndex(
  [
    agency('kg.sct', 'Sở Công Thương', 'department'),
    agency('kg.skhdt', 'Sở Kế hoạch và Đầu tư', 'department'),
    agency('kg.bqlkkt', 'Ban Quản lý Khu kinh tế tỉnh', 'department', { aliases: ['BQL Khu kinh tế tỉnh'] }),
    agency('kg.snnptnt', 'Sở Nông nghiệp và Phát triển nông thôn', 'department'),
    agency('kg.ubnd-huyen', 'UBND cấp huyện', 'district'),
    agency('kg.nganh-lien-quan', 'Các Sở, ban, ngành có liên quan', 'group', { aliases: ['Các ngành liên quan'] }),
  ],
  [],
);

const zones: Zone[] = [
  {
    id: 'kcn-thanh-loc',
    kind: 'industrial-park',
    name: 'KCN Thạnh Lộc',
    aliases: ['KCN Thanh Lộc'],
    location: 'huyện Châu Thành',
    areaHa: null,
    completionYear: 2025,
    note: '',
  },
];

const TASK_HEADER = 'STT\tNội dung\tCơ quan chủ trì\tCơ quan phối hợp\tThời gian thực hiện';
const PROJECT_HEADER =
  'TT\tTên dự án\tChủ đầu tư\tĐịa điểm đầu tư\tQuy mô dự án\tTổng vốn đầu tư (tỷ đồng)\tThời gian dự kiến hoàn thành';

const tasksOf = (text: string, source = 'Phụ lục 1') => importAppendix(text, { kind: 'tasks', index, source });
const projectsOf = (text: string) => importAppendix(text, { kind: 'projects', index, source: 'Phụ lục 2', zones });
const codes = (findings: readonly Finding[]) => findings.map((f) => `${f.code}:${f.severity}`);

describe('importAppendix — tasks', () => {
  it('makes a section of each Roman-numbered group and ids of the form <group>.<STT>', () => {
    const text = [
      TASK_HEADER,
      'I\tThực hiện tốt công tác quy hoạch\t\t\t',
      '1\tXây dựng phương án\tSở Công Thương\tSở Kế hoạch và Đầu tư\t2022',
      'II\tXúc tiến đầu tư\t\t\t',
      '1\tTổ chức hội nghị\tSở Kế hoạch và Đầu tư\tSở Công Thương\tHàng năm',
    ].join('\n');
    const result = tasksOf(text);
    expect(result.sections).toEqual<Section[]>([
      { id: 'I', number: 'I', title: 'Thực hiện tốt công tác quy hoạch' },
      { id: 'II', number: 'II', title: 'Xúc tiến đầu tư' },
    ]);
    expect(result.tasks).toEqual<Task[]>([
      {
        id: 'I.1',
        sectionId: 'I',
        number: '1',
        content: 'Xây dựng phương án',
        leadAgencies: [{ agencyId: 'kg.sct', asWritten: 'Sở Công Thương' }],
        cooperatingAgencies: [{ agencyId: 'kg.skhdt', asWritten: 'Sở Kế hoạch và Đầu tư' }],
        timeFrame: '2022',
        source: 'Phụ lục 1',
      },
      {
        id: 'II.1',
        sectionId: 'II',
        number: '1',
        content: 'Tổ chức hội nghị',
        leadAgencies: [{ agencyId: 'kg.skhdt', asWritten: 'Sở Kế hoạch và Đầu tư' }],
        cooperatingAgencies: [{ agencyId: 'kg.sct', asWritten: 'Sở Công Thương' }],
        timeFrame: 'Hàng năm',
        source: 'Phụ lục 1',
      },
    ]);
    expect(result.projects).toEqual([]);
    expect(result.findings).toEqual([]);
  });

  it('reads the column order of Kế hoạch 157 (time frame before the agencies, STT header left blank)', () => {
    const text = [
      '\tNội dung công việc\tThời gian thực hiện\tCơ quan chủ trì\tCơ quan phối hợp',
      'I\tPhân bố không gian\t\t\t',
      '1\tChính sách khuyến khích\t2021-2030\tSở Kế hoạch và Đầu tư\tSở Công Thương, các ngành liên quan',
    ].join('\n');
    const [task] = tasksOf(text, 'Phụ lục').tasks;
    expect(task).toMatchObject({
      id: 'I.1',
      timeFrame: '2021-2030',
      leadAgencies: [{ agencyId: 'kg.skhdt' }],
      cooperatingAgencies: [
        { agencyId: 'kg.sct', asWritten: 'Sở Công Thương' },
        { agencyId: 'kg.nganh-lien-quan', asWritten: 'các ngành liên quan' },
      ],
    });
  });

  it('splits a cell naming several agencies and keeps each name as written', () => {
    const text = [TASK_HEADER, '1\tRà soát\tSở Công Thương; BQL Khu kinh tế tỉnh\tSở Kế hoạch và Đầu tư\t2022'].join('\n');
    expect(tasksOf(text).tasks[0]?.leadAgencies).toEqual([
      { agencyId: 'kg.sct', asWritten: 'Sở Công Thương' },
      { agencyId: 'kg.bqlkkt', asWritten: 'BQL Khu kinh tế tỉnh' },
    ]);
  });

  it('reports an agency the registry does not know as an error naming the row', () => {
    const text = [TASK_HEADER, 'I\tNhóm\t\t\t', '3\tViệc\tSở Công Thương\tSở Du lịch\t2022'].join('\n');
    const result = tasksOf(text);
    expect(result.tasks[0]?.cooperatingAgencies).toEqual([]);
    expect(result.findings).toEqual([
      expect.objectContaining({
        code: 'unknown-agency',
        severity: 'error',
        where: 'Phụ lục 1, mục I, dòng 3',
        rowId: 'I.3',
        column: 'Cơ quan phối hợp',
        found: 'Sở Du lịch',
      }),
    ]);
  });

  it('does not import a task whose lead agency cannot be resolved or is empty', () => {
    const text = [TASK_HEADER, '1\tViệc một\tSở Du lịch\t\t2022', '2\tViệc hai\t\tSở Công Thương\t2022'].join('\n');
    const result = tasksOf(text);
    expect(result.tasks).toEqual([]);
    expect(codes(result.findings)).toEqual(['merged-cell-gap:warning', 'unknown-agency:error', 'empty-required:error']);
    expect(result.findings[1]?.message_vi).toContain('chưa được nhập');
  });

  it('reports a time frame it cannot read and keeps it as written', () => {
    const text = [TASK_HEADER, '1\tViệc\tSở Công Thương\tSở Kế hoạch và Đầu tư\tQuý III/2022'].join('\n');
    const result = tasksOf(text);
    expect(result.tasks[0]?.timeFrame).toBe('Quý III/2022');
    expect(result.findings).toEqual([expect.objectContaining({ code: 'invalid-time-frame', found: 'Quý III/2022', rowId: '1' })]);
  });

  it('warns about empty cooperating and time-frame cells instead of filling them', () => {
    const text = [TASK_HEADER, '1\tViệc\tSở Công Thương\t\t'].join('\n');
    const result = tasksOf(text);
    expect(result.tasks[0]).toMatchObject({ cooperatingAgencies: [], timeFrame: '' });
    expect(result.findings).toEqual([
      expect.objectContaining({ code: 'merged-cell-gap', severity: 'warning', column: 'Cơ quan phối hợp, Thời gian thực hiện' }),
    ]);
  });

  it('reports two rows with the same number in a group as duplicate ids', () => {
    const text = [TASK_HEADER, 'I\tNhóm\t\t\t', '1\tA\tSở Công Thương\tSở Kế hoạch và Đầu tư\t2022', '1\tB\tSở Công Thương\tSở Kế hoạch và Đầu tư\t2022'].join(
      '\n',
    );
    expect(codes(tasksOf(text).findings)).toEqual(['duplicate-id:error']);
  });

  it('prefixes every id with idPrefix', () => {
    const text = [TASK_HEADER, 'I\tNhóm\t\t\t', '1\tA\tSở Công Thương\tSở Kế hoạch và Đầu tư\t2022'].join('\n');
    const result = importAppendix(text, { kind: 'tasks', index, idPrefix: 'PL1-' });
    expect(result.sections[0]?.id).toBe('PL1-I');
    expect(result.tasks[0]).toMatchObject({ id: 'PL1-I.1', sectionId: 'PL1-I', source: '' });
  });

  it('reports a missing header as a finding', () => {
    const result = tasksOf('1\tA\tSở Công Thương\tSở Kế hoạch và Đầu tư\t2022');
    expect(result.tasks).toEqual([]);
    expect(codes(result.findings)).toEqual(['missing-column:error']);
  });
});

describe('importAppendix — projects', () => {
  it('reads every column, with Vietnamese numbers and the completion year', () => {
    const text = [
      PROJECT_HEADER,
      '1\tĐầu tư dây chuyền 2 của nhà máy xi măng INSEE\tCông ty TNHH Siam City Cement VN\tHuyện Kiên Lương\tXi măng: 1,8 triệu tấn/năm\t7.100\t2022',
      '3\tDự án nâng công suất khai thác mỏ đá Hòn Sóc\tCông ty CP\tHuyện Hòn Đất\tĐá xây dựng: 990.000m ³ /năm\t96,71\t2022',
      '8\tNhà máy kính\tCông ty TNHH Xây dựng Tâm Lộc Phú\tKCN Thanh Lộc\t- Kính cường lực: 250.000 m ² /năm\t74\t2022',
    ].join('\n');
    const result = projectsOf(text);
    expect(result.findings).toEqual([]);
    expect(result.projects).toEqual<Project[]>([
      {
        id: 'DA-01',
        number: '1',
        name: 'Đầu tư dây chuyền 2 của nhà máy xi măng INSEE',
        investor: 'Công ty TNHH Siam City Cement VN',
        location: 'Huyện Kiên Lương',
        zoneId: null,
        scale: 'Xi măng: 1,8 triệu tấn/năm',
        totalInvestment: 7100,
        completionYear: 2022,
        sector: null,
        followedBy: null,
        note: '',
      },
      expect.objectContaining({ id: 'DA-03', totalInvestment: 96.71, scale: 'Đá xây dựng: 990.000m ³ /năm' }),
      expect.objectContaining({ id: 'DA-08', totalInvestment: 74, location: 'KCN Thanh Lộc', zoneId: 'kcn-thanh-loc' }),
    ]);
  });

  it('keeps the empty cells of a row under a merged cell as null and warns (Phụ lục 2, row 13)', () => {
    const text = [
      PROJECT_HEADER,
      '12\tNhà máy sản xuất thức ăn thủy sản và gia cầm\tTập đoàn Mavin\tKCN Thanh Lộc\t-\t575\t2025',
      '13\tNhà máy chế biến thủy sản\t\t\t\t460\t',
    ].join('\n');
    const result = projectsOf(text);
    expect(result.projects[1]).toMatchObject({
      id: 'DA-13',
      investor: null,
      location: null,
      zoneId: null,
      scale: null,
      totalInvestment: 460,
      completionYear: null,
    });
    expect(result.projects[1]?.note).toContain('Chủ đầu tư');
    expect(result.projects[1]?.note).toContain('dòng 12');
    expect(result.findings[0]?.message_vi).toContain('dòng 12');
    expect(result.findings).toEqual([
      expect.objectContaining({
        code: 'merged-cell-gap',
        severity: 'warning',
        where: 'Phụ lục 2, dòng 13',
        rowId: 'DA-13',
        column: 'Chủ đầu tư, Địa điểm đầu tư, Quy mô dự án, Thời gian dự kiến hoàn thành',
      }),
    ]);
  });

  it('reports capital and years it cannot read, leaving them empty', () => {
    const text = [PROJECT_HEADER, '1\tDự án\tCông ty\tHuyện\t-\tkhoảng 100\tQuý IV/2023', '2\tDự án\tCông ty\tHuyện\t-\t50 triệu USD\t2024'].join('\n');
    const result = projectsOf(text);
    expect(result.projects.map((p) => [p.totalInvestment, p.completionYear])).toEqual([
      [null, null],
      [null, 2024],
    ]);
    expect(result.findings.map((f) => [f.code, f.column, f.found])).toEqual([
      ['invalid-number', 'Tổng vốn đầu tư (tỷ đồng)', 'khoảng 100'],
      ['invalid-number', 'Thời gian dự kiến hoàn thành', 'Quý IV/2023'],
      ['invalid-number', 'Tổng vốn đầu tư (tỷ đồng)', '50 triệu USD'],
    ]);
  });

  it('accepts a capital written with its unit', () => {
    const text = [PROJECT_HEADER, '1\tDự án\tCông ty\tHuyện\t-\t69.765 tỷ đồng\t2025'].join('\n');
    expect(projectsOf(text).projects[0]?.totalInvestment).toBe(69765);
  });
});

describe('importAppendix — any text', () => {
  const cell = fc.oneof(
    fc.constantFrom('', 'I', 'II', 'VIII', '1', '13', '3a', 'STT', 'TT', 'Nội dung', 'Tên dự án', 'Cơ quan chủ trì', 'Cơ quan phối hợp'),
    fc.constantFrom('Thời gian thực hiện', 'Chủ đầu tư', 'Sở Công Thương', 'UBND cấp huyện; Sở Du lịch', '2022-2025', 'Hàng năm', '7.100', '96,71'),
    fc.string({ maxLength: 12 }),
  );
  const line = fc.array(cell, { maxLength: 8 }).map((cells) => cells.join('\t'));
  const text = fc.oneof(
    fc.array(line, { maxLength: 20 }).map((lines) => lines.join('\n')),
    fc.string({ unit: fc.constantFrom('\t', '\n', '\r', ' ', 'I', '1', 'a', 'STT', 'Nội dung', 'Cơ quan chủ trì', 'Tên dự án') }),
  );

  it('never throws, and returns rows and findings the schemas accept', () => {
    fc.assert(
      fc.property(text, fc.constantFrom<'tasks' | 'projects'>('tasks', 'projects'), (input, kind) => {
        const result = importAppendix(input, { kind, index, source: 'Phụ lục', zones });
        for (const section of result.sections) Section.parse(section);
        for (const task of result.tasks) Task.parse(task);
        for (const project of result.projects) Project.parse(project);
        for (const finding of result.findings) Finding.parse(finding);
        if (kind === 'tasks') expect(result.projects).toEqual([]);
        else expect(result.tasks).toEqual([]);
      }),
      { numRuns: 2000 },
    );
  });
});
