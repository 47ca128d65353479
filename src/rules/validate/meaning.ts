/**
 * Giá trị theo nghĩa — a drop-down value typed by hand, read by what it means: `Đã hoàn thành`,
 * `hoan thanh`, `HT`, `Hoàn thành.` are all `Hoàn thành`; `đang thực hiện`, `Đang TH` are
 * `Đang triển khai`. Labels and aliases come from the layout's lists; here only the habits of
 * typing are undone (case, accents, spacing, closing punctuation, quotes, and the abbreviations
 * officials use in tables). A text two options could mean, or none, is not read.
 */
import { nameKey } from '../../domain/vn/nameKey';
import type { ListOption } from '../../layout/schema';

/** Viết tắt — abbreviations met in reporting tables, by their nameKey. */
const ABBREVIATIONS: Readonly<Record<string, string>> = {
  th: 'thuc hien',
  tk: 'trien khai',
  ht: 'hoan thanh',
  xd: 'xay dung',
  dtxd: 'dau tu xay dung',
  cbdt: 'chuan bi dau tu',
};

const EDGE_PUNCTUATION = /^[\s"'“”‘’«»([{.,;:!?…*-]+|[\s"'“”‘’«»)\]}.,;:!?…*-]+$/g;

/** The key a typed value is compared by: nameKey without edge punctuation. */
const typedKey = (text: string): string => nameKey(text.replace(EDGE_PUNCTUATION, ''));

const expanded = (key: string): string =>
  key
    .split(' ')
    .map((word) => ABBREVIATIONS[word] ?? word)
    .join(' ');

/** Each option's spellings as keys, made once per list: a list column is read on every row of every file. */
const spellingKeys = new WeakMap<readonly ListOption[], readonly (readonly string[])[]>();

function spellingsOf(options: readonly ListOption[]): readonly (readonly string[])[] {
  let keys = spellingKeys.get(options);
  if (keys === undefined) {
    keys = options.map((option) => [option.label, String(option.value), ...option.aliases].map(typedKey));
    spellingKeys.set(options, keys);
  }
  return keys;
}

/** The option a typed text means, or undefined when it means none or could mean two. */
export function optionByMeaning(options: readonly ListOption[], text: string): ListOption | undefined {
  const key = typedKey(text);
  if (key === '') return undefined;
  const spellings = spellingsOf(options);
  for (const normalise of [(k: string) => k, expanded]) {
    const wanted = normalise(key);
    const matches = options.filter((_, at) => (spellings[at] ?? []).some((spelling) => normalise(spelling) === wanted));
    const values = new Set(matches.map((option) => option.value));
    if (values.size === 1) return matches[0];
    if (values.size > 1) return undefined;
  }
  return undefined;
}
