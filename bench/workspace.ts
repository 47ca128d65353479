/**
 * Thư mục làm việc — where a bench run keeps its generated inputs (a temporary folder, removed at
 * the end): the national master, the returned files, and the list of those files in the order
 * they were made, which every child process reads so that "the first 50 files" means the same
 * files in each pass.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';

export const ReturnedFileEntry = z.object({ fileName: z.string(), period: z.string(), bytes: z.number().int() });
export type ReturnedFileEntry = z.infer<typeof ReturnedFileEntry>;

const Manifest = z.object({ files: z.array(ReturnedFileEntry), masterBytes: z.number().int(), generateMs: z.number() });
export type Manifest = z.infer<typeof Manifest>;

export const masterPath = (folder: string): string => join(folder, 'master.xlsx');
export const returnsFolder = (folder: string): string => join(folder, 'returns');
const manifestPath = (folder: string): string => join(folder, 'manifest.json');

export async function writeManifest(folder: string, manifest: Manifest): Promise<void> {
  await writeFile(manifestPath(folder), JSON.stringify(manifest));
}

export async function readManifest(folder: string): Promise<Manifest> {
  return Manifest.parse(JSON.parse(await readFile(manifestPath(folder), 'utf8')));
}

/** The paths of the first `count` returned files. */
export async function firstFiles(folder: string, count: number): Promise<{ fileName: string; path: string }[]> {
  const { files } = await readManifest(folder);
  if (files.length < count) throw new Error(`the workspace holds ${files.length} returned files, ${count} asked for`);
  return files.slice(0, count).map((file) => ({ fileName: file.fileName, path: join(returnsFolder(folder), file.fileName) }));
}
