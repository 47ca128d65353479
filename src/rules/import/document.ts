/**
 * Phụ lục trong văn bản — finds the appendices of a whole document pasted as text, so that each
 * can be imported on its own. An appendix starts at a line that is only its label (`Phụ lục`,
 * `Phụ lục 2`, `**Phụ lục 1`, as Word exports bold text) and runs to the next such line.
 */
export interface AppendixBlock {
  /** The label as written, without emphasis marks: `Phụ lục 1`. */
  readonly label: string;
  readonly text: string;
}

const LABEL = /^\**\s*(Phụ lục(?:\s+[0-9IVX]+)?)\s*\**\s*$/iu;

export function splitAppendices(text: string): AppendixBlock[] {
  const lines = text.normalize('NFC').split(/\r\n|\r|\n/);
  const blocks: { label: string; lines: string[] }[] = [];
  for (const line of lines) {
    const label = LABEL.exec(line.trim());
    if (label?.[1] !== undefined) blocks.push({ label: label[1].replace(/\s+/g, ' '), lines: [] });
    else blocks[blocks.length - 1]?.lines.push(line);
  }
  return blocks.map((block) => ({ label: block.label, text: block.lines.join('\n') }));
}
