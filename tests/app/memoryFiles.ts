/** The round trip's files kept in memory, through the real exceljs adapter and byte gate. */
import type { RoundTripFiles } from '../../src/app/roundTrip';
import { inspectWorkbookBytes } from '../../src/workbook/gate/inspect';
import { createXlsx, openXlsx } from '../../src/workbook/xlsx/xlsxWorkbook';

export interface MemoryFiles extends RoundTripFiles {
  readonly stored: Map<string, Uint8Array>;
}

export function memoryFiles(): MemoryFiles {
  const stored = new Map<string, Uint8Array>();
  return {
    stored,
    createFile: () => createXlsx(),
    openFile: (bytes) => openXlsx(bytes),
    open: (bytes) => openXlsx(bytes),
    inspect: (bytes, fileName) => inspectWorkbookBytes(bytes, fileName),
    save: async (path, data) => void stored.set(path, new Uint8Array(data.slice(0))),
    load: async (path) => {
      const bytes = stored.get(path);
      if (bytes === undefined) throw new Error(`no file ${path}`);
      return bytes;
    },
  };
}
