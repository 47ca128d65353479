/** Streams kept in memory, to run the CLI in-process and read what it printed. */
import type { CliIo } from '../../src/cli/io';

export interface MemoryIo {
  readonly io: CliIo;
  stdout(): string;
  stderr(): string;
}

export function memoryIo(stdin = ''): MemoryIo {
  const out: string[] = [];
  const err: string[] = [];
  return {
    io: {
      writeOut: (text) => out.push(text),
      writeErr: (text) => err.push(text),
      readStdin: async () => stdin,
    },
    stdout: () => out.join(''),
    stderr: () => err.join(''),
  };
}
