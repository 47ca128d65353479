/** Date options (`--as-of`, `--date`, `--received-at`): as officials write them (`31/12/2022`) or ISO (`2022-12-31`). */
import { parseVnDate } from '../../domain/vn/date';
import { type Parsed, parsed, rejected } from '../../domain/vn/result';

export function readDateOption(name: string, text: string | undefined): Parsed<string | undefined> {
  if (text === undefined) return parsed(undefined);
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  const date = parseVnDate(iso === null ? text : `${iso[3]}/${iso[2]}/${iso[1]}`);
  return date.ok ? date : rejected(`${name} "${text}": ${date.reason_vi}`, `${name} "${text}": ${date.reason_en}`);
}
