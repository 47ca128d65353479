/**
 * Accessibility check with axe-core, run inside the page. The script is evaluated through the
 * DevTools protocol, which the page's Content-Security-Policy does not govern (a script tag would be refused).
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { REPO } from './harness';

export interface AxeViolation {
  readonly id: string;
  readonly impact: string | null;
  readonly help: string;
  readonly targets: string[];
}

let source: string | undefined;

/**
 * The serious and critical violations on the page as it is now. Fluent UI's focus manager
 * (tabster) places hidden focusable sentinels (`data-tabster-dummy`) that pass focus on at once;
 * axe's `aria-hidden-focus` reports them, a false positive that Microsoft's own scanners suppress
 * (microsoft/tabster#288, microsoft/accessibility-insights-web#7605): those nodes, and only those, are left out.
 */
export async function seriousViolations(page: Page): Promise<AxeViolation[]> {
  source ??= await readFile(join(REPO, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');
  const loaded = await page.evaluate(() => typeof (window as unknown as { axe?: unknown }).axe !== 'undefined');
  if (!loaded) await page.evaluate(source);
  return page.evaluate(async () => {
    interface AxeResult {
      violations: { id: string; impact: string | null; help: string; nodes: { target: string[]; html: string }[] }[];
    }
    const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<AxeResult> } }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    const sentinel = (id: string, html: string): boolean => id === 'aria-hidden-focus' && html.includes('data-tabster-dummy');
    return result.violations
      .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
      .map((violation) => ({
        id: violation.id,
        impact: violation.impact,
        help: violation.help,
        targets: violation.nodes.filter((node) => !sentinel(violation.id, node.html)).map((node) => node.target.join(' ')),
      }))
      .filter((violation) => violation.targets.length > 0);
  });
}
