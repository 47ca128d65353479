/**
 * Bảng dán từ Word — the structure of an appendix table pasted as text, before any cell is
 * interpreted: one line per row, cells separated by tabs, the header row repeated at every page
 * break, Roman-numbered group rows, blank lines, short rows left by merged cells, and rows broken
 * across a page break. Columns are found by their header text, never by position, because the
 * documents order them differently.
 */
import type { Finding } from '../../domain/finding';
import { nameKey } from '../../domain/vn/nameKey';

/** One column the importer looks for, with the header texts that name it. */
export interface ColumnSpec<K extends string> {
  readonly key: K;
  /** The header as officials write it, used in messages. */
  readonly header: string;
  /** Every header text that names this column (compared by `nameKey`). */
  readonly names: readonly string[];
  /** Without it no row can be read. */
  readonly required: boolean;
}

/** Nhóm — a Roman-numbered group row (`I`, `II` …) and its title. */
export interface GroupLine {
  readonly kind: 'group';
  readonly number: string;
  readonly title: string;
  readonly line: number;
}

/** A data row: one cell per column key ('' when the cell is empty or missing). */
export interface DataLine<K extends string> {
  readonly kind: 'row';
  /** STT as written. */
  readonly number: string;
  readonly cells: Readonly<Record<K, string>>;
  /** 1-based line numbers in the pasted text: the row's own, then those joined to it. */
  readonly lines: readonly number[];
}

export type TableLine<K extends string> = GroupLine | DataLine<K>;

export interface TableText<K extends string> {
  readonly lines: readonly TableLine<K>[];
  /** Structural findings: missing header, joined rows, cells outside every column. */
  readonly findings: readonly Finding[];
}

/** What the reader needs to know about the table it reads. */
export interface TableSpec<K extends string> {
  /** The STT column; a header cell left empty also names it (Kế hoạch 157 leaves it blank). */
  readonly number: ColumnSpec<K>;
  /** The column that carries a group row's title. */
  readonly title: K;
  readonly columns: readonly ColumnSpec<K>[];
  /** `Phụ lục 1` — where findings point to. */
  readonly source: string;
}

const ROMAN = /^(?=[IVXLC])(C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})\.?$/;
/** STT as the documents write it: `1`, `12`, `3a`, with an optional trailing dot. */
const ARABIC = /^\d{1,4}[a-z]?\.?$/;

export const isRomanNumeral = (text: string): boolean => ROMAN.test(text);
export const isArabicNumber = (text: string): boolean => ARABIC.test(text);

type Mapping<K extends string> = ReadonlyMap<K, number>;

interface HeaderMatch<K extends string> {
  readonly mapping: Mapping<K>;
  readonly missing: readonly ColumnSpec<K>[];
  /** Optional columns the header does not have: their cells are read as empty. */
  readonly absent: readonly ColumnSpec<K>[];
  /** Cells that name a known column: two or more make the line a header. */
  readonly named: number;
}

const splitLines = (text: string): string[][] =>
  text.split(/\r\n|\r|\n/).map((line) => line.split('\t').map((cell) => cell.trim()));

function matchHeader<K extends string>(cells: readonly string[], spec: TableSpec<K>): HeaderMatch<K> {
  const mapping = new Map<K, number>();
  const keys = cells.map(nameKey);
  const all = [spec.number, ...spec.columns];
  for (const column of all) {
    const wanted = new Set(column.names.map(nameKey));
    const index = keys.findIndex((key, i) => wanted.has(key) && ![...mapping.values()].includes(i));
    if (index >= 0) mapping.set(column.key, index);
  }
  const named = mapping.size;
  if (!mapping.has(spec.number.key)) {
    const blank = keys.findIndex((key, i) => key === '' && ![...mapping.values()].includes(i));
    if (blank >= 0 && named >= 2) mapping.set(spec.number.key, blank);
  }
  const missing = all.filter((column) => column.required && !mapping.has(column.key));
  const absent = all.filter((column) => !column.required && !mapping.has(column.key));
  return { mapping, missing, absent, named };
}

const missingColumnFinding = (spec: TableSpec<string>, column: ColumnSpec<string>, line: number): Finding => ({
  code: 'missing-column',
  severity: column.required ? 'error' : 'warning',
  where: `${spec.source}, dòng thứ ${line} của bản dán`,
  column: column.header,
  expected: column.header,
  message_vi: `Dòng tiêu đề thiếu cột "${column.header}".${column.required ? '' : ' Các ô của cột này được để trống.'} Hãy dán lại bảng kèm dòng tiêu đề đầy đủ như trong văn bản.`,
  message_en: `The header row has no "${column.header}" column.${column.required ? '' : ' Its cells are left empty.'} Paste the table again with its full header row as in the document.`,
});

const noHeaderFinding = (spec: TableSpec<string>): Finding => {
  const expected = [spec.number, ...spec.columns]
    .filter((c) => c.required)
    .map((c) => c.header)
    .join(', ');
  return {
    code: 'missing-column',
    severity: 'error',
    where: spec.source,
    expected,
    message_vi: `Không tìm thấy dòng tiêu đề của bảng (cần các cột: ${expected}). Hãy sao chép cả dòng tiêu đề khi dán bảng từ Word.`,
    message_en: `No header row found (columns needed: ${expected}). Copy the header row too when pasting the table from Word.`,
  };
};

const joinedFinding = (spec: TableSpec<string>, line: number, onto: string): Finding => ({
  code: 'empty-required',
  severity: 'warning',
  where: `${spec.source}, dòng thứ ${line} của bản dán`,
  column: spec.number.header,
  found: '',
  expected: onto,
  message_vi: `Dòng không có ${spec.number.header} nên được coi là phần tiếp theo của dòng ${onto} (dòng bị ngắt qua trang) và đã được nối vào dòng đó. Hãy kiểm tra lại nội dung dòng ${onto}.`,
  message_en: `A line without ${spec.number.header} was taken as the rest of row ${onto} (a row broken across a page) and joined to it. Check row ${onto}.`,
});

const orphanFinding = (spec: TableSpec<string>, line: number): Finding => ({
  code: 'empty-required',
  severity: 'error',
  where: `${spec.source}, dòng thứ ${line} của bản dán`,
  column: spec.number.header,
  found: '',
  message_vi: `Dòng không có ${spec.number.header} và không có dòng nào phía trước để nối vào; dòng này chưa được nhập. Hãy ghi ${spec.number.header} cho dòng hoặc xóa dòng.`,
  message_en: `A line without ${spec.number.header} and no row above it to belong to; it was not imported. Give the row its ${spec.number.header} or delete it.`,
});

const strayCellFinding = (spec: TableSpec<string>, line: number, text: string): Finding => ({
  code: 'missing-column',
  severity: 'warning',
  where: `${spec.source}, dòng thứ ${line} của bản dán`,
  found: text,
  message_vi: `Ô "${text}" nằm ngoài các cột của dòng tiêu đề nên không được nhập. Hãy kiểm tra dòng này trong văn bản gốc.`,
  message_en: `The cell "${text}" lies outside the header's columns and was not imported. Check this row in the source document.`,
});

const groupCellFinding = (spec: TableSpec<string>, line: number, group: string, column: ColumnSpec<string>, text: string): Finding => ({
  code: 'missing-column',
  severity: 'warning',
  where: `${spec.source}, dòng thứ ${line} của bản dán`,
  rowId: group,
  column: column.header,
  found: text,
  message_vi: `Dòng nhóm ${group} có ô "${text}" ở cột "${column.header}"; của dòng nhóm chỉ tên nhóm được nhập (số liệu như tổng của nhóm thì không). Hãy đối chiếu với văn bản gốc.`,
  message_en: `Group row ${group} has "${text}" in the "${column.header}" column; only a group row's title is imported (figures such as the group's total are not). Check it against the source document.`,
});

const invalidNumberFinding = (spec: TableSpec<string>, line: number, text: string): Finding => ({
  code: 'invalid-number',
  severity: 'error',
  where: `${spec.source}, dòng thứ ${line} của bản dán`,
  column: spec.number.header,
  found: text,
  expected: '1, 2, 3 … hoặc I, II, III …',
  message_vi: `Không đọc được ${spec.number.header} "${text}"; dòng này chưa được nhập. Hãy sửa ${spec.number.header} thành số (1, 2 …) hoặc số La Mã cho dòng nhóm (I, II …).`,
  message_en: `Cannot read the ${spec.number.header} "${text}"; the row was not imported. Make it a number (1, 2 …) or a Roman numeral for a group row (I, II …).`,
});

const appendText = (before: string, more: string): string => (before === '' ? more : more === '' ? before : `${before} ${more}`);

/** The cells of one line, by column key. */
function cellsOf<K extends string>(cells: readonly string[], mapping: Mapping<K>, spec: TableSpec<K>): Record<K, string> {
  const out = {} as Record<K, string>;
  for (const column of [spec.number, ...spec.columns]) {
    const index = mapping.get(column.key);
    out[column.key] = index === undefined ? '' : (cells[index] ?? '');
  }
  return out;
}

/**
 * Read the structure of one pasted appendix table. Lines before the first header (title, caption)
 * and plain lines after the last table line (signature, next title) are not part of the table.
 */
export function readTable<K extends string>(text: string, spec: TableSpec<K>): TableText<K> {
  const rows = splitLines(text);
  const findings: Finding[] = [];
  const lines: TableLine<K>[] = [];

  const firstHeader = rows.findIndex((cells) => matchHeader(cells, spec).named >= 2);
  if (firstHeader < 0) return { lines, findings: [noHeaderFinding(spec)] };
  const header = matchHeader(rows[firstHeader] ?? [], spec);
  if (header.missing.length > 0) {
    return { lines, findings: header.missing.map((column) => missingColumnFinding(spec, column, firstHeader + 1)) };
  }

  findings.push(...header.absent.map((column) => missingColumnFinding(spec, column, firstHeader + 1)));
  let mapping: Mapping<K> = header.mapping;
  const lastTableLine = rows.reduce((last, cells, i) => (cells.length > 1 ? i : last), firstHeader);

  for (let i = firstHeader + 1; i <= lastTableLine; i += 1) {
    const cells = rows[i] ?? [];
    const lineNumber = i + 1;
    if (cells.every((cell) => cell === '')) continue;

    const again = matchHeader(cells, spec);
    if (again.named >= 2) {
      // Word repeats the header on every page; a repeat that names all columns may also reorder them.
      if (again.missing.length === 0) mapping = again.mapping;
      else findings.push(...again.missing.map((column) => missingColumnFinding(spec, column, lineNumber)));
      continue;
    }

    if (cells.length > 1) {
      const used = new Set(mapping.values());
      cells.forEach((cell, index) => {
        if (cell !== '' && !used.has(index)) findings.push(strayCellFinding(spec, lineNumber, cell));
      });
    }

    // A plain line inside the table is the rest of a cell broken across a page: it belongs to the title column.
    const byKey: Record<K, string> =
      cells.length === 1 ? { ...cellsOf([], mapping, spec), [spec.title]: cells[0] ?? '' } : cellsOf(cells, mapping, spec);
    const number = byKey[spec.number.key];

    if (number === '') {
      const previous = lines[lines.length - 1];
      if (previous === undefined) {
        findings.push(orphanFinding(spec, lineNumber));
      } else if (previous.kind === 'group') {
        lines[lines.length - 1] = { ...previous, title: appendText(previous.title, byKey[spec.title]) };
        findings.push(joinedFinding(spec, lineNumber, previous.number));
      } else {
        const joined = {} as Record<K, string>;
        for (const key of Object.keys(previous.cells) as K[]) joined[key] = appendText(previous.cells[key], byKey[key]);
        lines[lines.length - 1] = { ...previous, cells: joined, lines: [...previous.lines, lineNumber] };
        findings.push(joinedFinding(spec, lineNumber, previous.number));
      }
      continue;
    }

    if (isRomanNumeral(number)) {
      const group = number.replace(/\.$/, '');
      for (const column of spec.columns) {
        const cell = byKey[column.key];
        if (column.key !== spec.title && cell !== '') findings.push(groupCellFinding(spec, lineNumber, group, column, cell));
      }
      lines.push({ kind: 'group', number: group, title: byKey[spec.title], line: lineNumber });
    } else if (isArabicNumber(number)) {
      lines.push({ kind: 'row', number, cells: byKey, lines: [lineNumber] });
    } else {
      findings.push(invalidNumberFinding(spec, lineNumber, number));
    }
  }
  return { lines, findings };
}
