/**
 * The workbook layouts shipped in `templates/`, bundled at build time (as the agency registry
 * is), so that the CLI and the task pane write the same master and agency workbooks.
 */
import agency from '../../templates/agency.json';
import lists from '../../templates/lists.json';
import master from '../../templates/master.json';
import { parseLayouts } from './load';
import type { Layouts } from './schema';

let cached: Layouts | undefined;

/** Validated once; a malformed bundle is a build error, so this throws on it. */
export function bundledLayouts(): Layouts {
  if (cached === undefined) {
    const layouts = parseLayouts({ master, agency, lists });
    if (!layouts.ok) throw new Error(layouts.reason_en);
    cached = layouts.value;
  }
  return cached;
}
