/** `--as-of <date>`: a date as officials write it (`31/12/2022`) or as ISO (`2022-12-31`). */
import { parseVnDate } from '../../domain/vn/date';
import { type Parsed, parsed } from '../../domain/vn/result';

export function readAsOf(text: string | undefined): Parsed<string | undefined> {
  if (text === undefined) return parsed(undefined);
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  const date = parseVnDate(iso === null ? text : `${iso[3]}/${iso[2]}/${iso[1]}`);
  return date.ok ? date : { ok: false, reason_vi: `--as-of "${text}": ${date.reason_vi}`, reason_en: `--as-of "${text}": ${date.reason_en}` };
}
