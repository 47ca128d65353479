/**
 * Where the pane runs: inside Excel (Office.js reports the Excel host), or on its own in a browser
 * (Office.js did not load — offline, blocked — or reports no host), where it works on files.
 */
import type { OfficeColors } from '../theme/officeTheme';

export type IsSetSupported = (name: string, version: string) => boolean;

export type Host =
  | {
      readonly kind: 'excel';
      readonly displayLanguage: string;
      readonly colours: OfficeColors | undefined;
      readonly isSetSupported: IsSetSupported;
    }
  | { readonly kind: 'standalone' };

/** Office.js answers at once in a browser; inside Office it waits for the host, which can take a while. */
const OFFICE_READY_TIMEOUT_MS = 20_000;

const STANDALONE: Host = { kind: 'standalone' };

export async function detectHost(): Promise<Host> {
  if (typeof Office === 'undefined' || typeof Office.onReady !== 'function') return STANDALONE;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<null>((resolve) => {
    timer = setTimeout(() => resolve(null), OFFICE_READY_TIMEOUT_MS);
  });
  try {
    const info = await Promise.race([Office.onReady(), timeout]);
    if (info === null || info.host !== Office.HostType.Excel) return STANDALONE;
    const context = Office.context;
    return {
      kind: 'excel',
      displayLanguage: context.displayLanguage,
      colours: context.officeTheme,
      isSetSupported: (name, version) => context.requirements.isSetSupported(name, version),
    };
  } catch {
    return STANDALONE;
  } finally {
    clearTimeout(timer);
  }
}
