/**
 * Cấu trúc — the plan file against the zod model. Any JSON value comes in; every issue becomes a
 * `schema-invalid` finding whose `where` names rows by their id when they have one
 * (`tasks[I.3].leadAgencies[0]`), by their position otherwise. Only the schema's own keys are ever
 * read from the input, so keys such as `__proto__` are neither followed nor copied.
 */
import type { z } from 'zod';
import type { Finding } from '../../domain/finding';
import { Id, Plan } from '../../domain/plan';
import { planMessages, type Message } from '../messages/planFindings';
import { planFinding } from './finding';

export type SchemaCheck =
  | { readonly ok: true; readonly plan: Plan }
  | { readonly ok: false; readonly findings: Finding[] };

export function checkSchema(input: unknown): SchemaCheck {
  const result = Plan.safeParse(input);
  if (result.success) return { ok: true, plan: result.data };
  return { ok: false, findings: result.error.issues.map((issue) => issueFinding(issue, input)) };
}

function issueFinding(issue: z.ZodIssue, input: unknown): Finding {
  const where = wherePath(issue.path, input);
  const problem = describeIssue(issue);
  return planFinding('schema-invalid', 'error', where, planMessages.schemaInvalid(where, problem.message), {
    expected: problem.expected,
    found: describeValue(valueAt(issue.path, input)),
  });
}

const child = (node: unknown, key: string | number): unknown =>
  typeof node === 'object' && node !== null && Object.prototype.hasOwnProperty.call(node, key)
    ? (node as Record<string | number, unknown>)[key]
    : undefined;

const valueAt = (path: readonly (string | number)[], input: unknown): unknown =>
  path.reduce<unknown>((node, key) => child(node, key), input);

/** Longer ids are shown by position: a `where` stays one readable line. */
const MAX_ID_IN_PATH = 40;

function wherePath(path: readonly (string | number)[], input: unknown): string {
  let node = input;
  let where = '';
  for (const key of path) {
    node = child(node, key);
    if (typeof key === 'number') where += `[${rowLabel(node, key)}]`;
    else where += where === '' ? key : `.${key}`;
  }
  return where === '' ? '(plan)' : where;
}

function rowLabel(row: unknown, index: number): string {
  const id = child(row, 'id');
  return typeof id === 'string' && id.length <= MAX_ID_IN_PATH && Id.safeParse(id).success ? id : String(index);
}

const MAX_FOUND_LENGTH = 80;

function describeValue(value: unknown): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value === 'string') {
    const shown = value.length > MAX_FOUND_LENGTH ? `${value.slice(0, MAX_FOUND_LENGTH)}…` : value;
    return JSON.stringify(shown);
  }
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  if (value === null) return 'null';
  if (Array.isArray(value)) return `array(${value.length})`;
  return typeof value;
}

const TYPE_NAMES_VI: Readonly<Record<string, string>> = {
  string: 'văn bản',
  number: 'số',
  integer: 'số nguyên',
  float: 'số lẻ',
  boolean: 'đúng/sai',
  object: 'đối tượng',
  array: 'danh sách',
  null: 'null (rỗng)',
  nan: 'NaN',
};
const typeVi = (type: string): string => TYPE_NAMES_VI[type] ?? type;

interface IssueDescription {
  readonly message: Message;
  readonly expected?: string;
}

const described = (message_vi: string, message_en: string, expected?: string): IssueDescription => ({
  message: { message_vi, message_en },
  ...(expected === undefined ? {} : { expected }),
});

/** The zod issue in the officer's words; only the kinds the plan model can raise are spelled out. */
function describeIssue(issue: z.ZodIssue): IssueDescription {
  switch (issue.code) {
    case 'invalid_type':
      return issue.received === 'undefined'
        ? described('thiếu trường bắt buộc.', 'a required field is missing.', issue.expected)
        : described(
            `cần ${typeVi(issue.expected)}, nhưng gặp ${typeVi(issue.received)}.`,
            `expected ${issue.expected}, found ${issue.received}.`,
            issue.expected,
          );
    case 'invalid_literal':
      return described(
        `giá trị phải là ${JSON.stringify(issue.expected)}.`,
        `the value must be ${JSON.stringify(issue.expected)}.`,
        JSON.stringify(issue.expected),
      );
    case 'invalid_enum_value': {
      const options = issue.options.map(String).join(', ');
      return described(`phải là một trong: ${options}.`, `the value must be one of: ${options}.`, options);
    }
    case 'invalid_string':
      return describeFormat(issue.message);
    case 'too_small':
      return describeMinimum(issue);
    default:
      return described('giá trị không hợp lệ.', `${issue.message}.`);
  }
}

function describeFormat(zodMessage: string): IssueDescription {
  if (zodMessage.includes('YYYY-MM-DD')) {
    return described(
      'ngày phải ghi dạng YYYY-MM-DD, ví dụ 2022-02-23.',
      'write the date as YYYY-MM-DD.',
      'YYYY-MM-DD',
    );
  }
  if (zodMessage.includes('ASCII id')) {
    return described(
      'mã chỉ gồm chữ cái không dấu, chữ số và các dấu . - _ : /, bắt đầu bằng chữ hoặc số.',
      'an id is ASCII letters, digits and . - _ : /, starting with a letter or a digit.',
      'ASCII id',
    );
  }
  return described('giá trị sai định dạng.', `${zodMessage}.`);
}

function describeMinimum(issue: z.ZodTooSmallIssue): IssueDescription {
  const minimum = Number(issue.minimum);
  if (issue.type === 'array') {
    return described(`cần ít nhất ${minimum} phần tử.`, `at least ${minimum} item(s) needed.`, `≥ ${minimum} items`);
  }
  if (issue.type === 'string') {
    return described('không được để trống.', 'must not be empty.', 'non-empty text');
  }
  return described(`phải từ ${minimum} trở lên.`, `the value must be at least ${minimum}.`, `≥ ${minimum}`);
}
