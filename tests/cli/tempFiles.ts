/** Fixture files written by the tests into one temporary folder, removed afterwards. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface TempFolder {
  /** Writes `content` (JSON for anything but a string) and returns the file's path. */
  write(name: string, content: unknown): string;
  path(name: string): string;
  remove(): void;
}

export function tempFolder(): TempFolder {
  const folder = mkdtempSync(join(tmpdir(), 'plan-tracker-'));
  return {
    write(name, content) {
      const path = join(folder, name);
      writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content), 'utf8');
      return path;
    },
    path: (name) => join(folder, name),
    remove: () => rmSync(folder, { recursive: true, force: true }),
  };
}
