/**
 * `--templates <dir>` — a province's own copies of `master.json`, `agency.json` and `lists.json`
 * (renamed headers, wider columns) instead of the bundled ones.
 */
import { join } from 'node:path';
import { bundledLayouts } from '../../layout/bundled';
import { parseLayouts } from '../../layout/load';
import type { Layouts } from '../../layout/schema';
import { type Parsed, parsed, rejected } from '../../domain/vn/result';
import { readTextFile } from '../io';

export const TEMPLATES_OPTION = ['--templates <dir>', 'thư mục biểu mẫu riêng của tỉnh / folder of the province\'s own layouts'] as const;

export async function loadLayouts(dir: string | undefined): Promise<Parsed<Layouts>> {
  if (dir === undefined) return parsed(bundledLayouts());
  const raw: Record<'master' | 'agency' | 'lists', unknown> = { master: null, agency: null, lists: null };
  for (const name of ['master', 'agency', 'lists'] as const) {
    const path = join(dir, `${name}.json`);
    const text = await readTextFile(path);
    if (!text.ok) return text;
    try {
      raw[name] = JSON.parse(text.value) as unknown;
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      return rejected(`Tệp "${path}" không phải JSON hợp lệ (${detail}).`, `"${path}" is not valid JSON (${detail}).`);
    }
  }
  return parseLayouts(raw);
}
