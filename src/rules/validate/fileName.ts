/**
 * Cơ quan theo tên tệp — which agency a returned file's name points to, if it clearly points to
 * one. Files are sent as `2022_So-CT.xlsx` (see `agencyFileName`) and come back renamed
 * (`Bao cao So CT 2022 - final.xlsx`): the agency's file stem is looked for between separators.
 * A name that points to no agency, or to several equally, says nothing.
 */
import type { Agency } from '../../domain/plan';
import { asciiSlug } from '../../layout/fileName';

const slugKey = (text: string): string => asciiSlug(text).toLowerCase();

/** The stems a file for this agency is named by: its short name, and the name with its code. */
function stems(agency: Agency): string[] {
  const stem = slugKey(agency.shortNames[0] ?? agency.name) || slugKey(agency.id);
  const code = slugKey(agency.id.slice(agency.id.indexOf('.') + 1));
  return [stem, `${stem}_${code}`];
}

const containsWord = (text: string, word: string): boolean => {
  if (word === '') return false;
  const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?:^|[-_.])${escaped}(?:$|[-_.])`).test(text);
};

export function agencyNamedByFile(fileName: string, agencies: readonly Agency[]): Agency | undefined {
  const base = fileName.replace(/^.*[\\/]/, '').replace(/\.[^.]*$/, '');
  const text = slugKey(base);
  const scored = agencies
    .filter((agency) => agency.kind !== 'group')
    .map((agency) => ({ agency, length: Math.max(0, ...stems(agency).filter((stem) => containsWord(text, stem)).map((stem) => stem.length)) }))
    .filter((candidate) => candidate.length > 0);
  const longest = Math.max(0, ...scored.map((candidate) => candidate.length));
  const best = scored.filter((candidate) => candidate.length === longest);
  return best.length === 1 ? best[0].agency : undefined;
}
