/**
 * The structure of a write around the sheets' content, as steps: new sheets added (a replaced sheet
 * is renamed aside, its successor added, then the old one deleted, so that the workbook always
 * keeps a visible sheet and the old sheet's table names are free before the new tables are made),
 * removed sheets deleted, new drop-down lists appended to `_lists`; then, once the content is
 * written, visibility, protection and the tab order (a replaced sheet keeps its place, `_lists`
 * stays last). It also hands out the worksheet proxies the content steps write to, one per sheet.
 */
import { rangeA1 } from '../address';
import { LISTS_SHEET } from '../lists';
import { excelNameKey as key, findNamed } from '../names';
import type { SheetSpec } from '../port';
import type { OfficeListsSheet } from './listsSheet';
import { jsonBytes, writeStep, type WriteStep } from './requestBudget';
import { protectStep, type SheetRef } from './sheetWriter';

/** A sheet as the first request of the write found it. */
export interface LoadedSheet {
  readonly name: string;
  readonly visibility: string;
}

export class WritePlan {
  /** Proxies by sheet name (case ignored), made by the steps and reused by every later step. */
  private readonly proxies = new Map<string, Excel.Worksheet>();
  /** The temporary name of each replaced sheet, by the name of the sheet replacing it. */
  private readonly aside = new Map<string, string>();
  private readonly listsExisted: boolean;

  constructor(
    private readonly worksheets: Excel.WorksheetCollection,
    private readonly existing: readonly LoadedSheet[],
    private readonly specs: readonly SheetSpec[],
    private readonly remove: readonly string[],
    private readonly lists: OfficeListsSheet,
  ) {
    const taken = new Set([...existing.map((s) => key(s.name)), ...specs.map((s) => key(s.name))]);
    let n = 0;
    for (const spec of specs) {
      if (!this.find(spec.name)) continue;
      let name: string;
      do name = `_old_${++n}`;
      while (taken.has(key(name)));
      taken.add(key(name));
      this.aside.set(key(spec.name), name);
    }
    this.listsExisted = this.find(LISTS_SHEET) !== undefined;
  }

  /** The worksheet named `name` when the step runs: the one this write added, or the one there. */
  sheetRef(name: string): SheetRef {
    return () => {
      let sheet = this.proxies.get(key(name));
      if (!sheet) {
        sheet = this.worksheets.getItem(name);
        this.proxies.set(key(name), sheet);
      }
      return sheet;
    };
  }

  /** Adds, replaces and removes sheets; runs first. */
  structure(): WriteStep[] {
    const replaced: Excel.Worksheet[] = [];
    const steps = this.specs.map((spec) => {
      const old = this.find(spec.name);
      const aside = this.aside.get(key(spec.name));
      return writeStep(2, 0, () => {
        if (old && aside) {
          const sheet = this.worksheets.getItem(old.name);
          sheet.name = aside;
          replaced.push(sheet);
        }
        this.proxies.set(key(spec.name), this.worksheets.add(spec.name));
      });
    });
    const removed = this.remove.map((name) => this.find(name)).filter((s): s is LoadedSheet => s !== undefined);
    steps.push(
      writeStep(this.aside.size + removed.length, 0, () => {
        for (const sheet of replaced) sheet.delete();
        for (const sheet of removed) this.worksheets.getItem(sheet.name).delete();
      }),
    );
    return steps;
  }

  /** New drop-down lists on `_lists`, text-formatted before they are written; runs after `structure`. */
  listSteps(): WriteStep[] {
    const added = this.lists.newLists;
    if (added.length === 0) return [];
    const lists = this.sheetRef(LISTS_SHEET);
    const steps = [
      writeStep(2, 0, () => {
        if (this.listsExisted) lists().protection.unprotect();
        else this.proxies.set(key(LISTS_SHEET), this.worksheets.add(LISTS_SHEET));
      }),
    ];
    for (const { col, values } of added) {
      const rows = values.map((value) => [value]);
      const formats = values.map(() => ['@']);
      const address = rangeA1({ top: 1, left: col, bottom: values.length, right: col });
      steps.push(
        writeStep(2, jsonBytes(rows) + jsonBytes(formats), () => {
          const range = lists().getRange(address);
          range.numberFormat = formats;
          range.values = rows;
        }),
      );
    }
    return steps;
  }

  /** Visibility, protection and tab order; runs after the content. */
  finish(): WriteStep[] {
    const steps: WriteStep[] = [];
    for (const spec of this.specs) {
      const sheet = this.sheetRef(spec.name);
      if (spec.state === 'hidden' || spec.state === 'veryHidden') {
        const visibility = spec.state === 'hidden' ? 'Hidden' : 'VeryHidden';
        steps.push(
          writeStep(1, 0, () => {
            sheet().visibility = visibility;
          }),
        );
      }
      if (spec.protect) steps.push(protectStep(sheet));
    }
    if (this.lists.newLists.length > 0) {
      const lists = this.sheetRef(LISTS_SHEET);
      steps.push(
        writeStep(2, 0, () => {
          lists().visibility = 'Hidden';
          lists().protection.protect();
        }),
      );
    }
    const moves = this.tabMoves();
    if (moves.length > 0) {
      steps.push(
        writeStep(moves.length, 0, () => {
          for (const { name, position } of moves) this.sheetRef(name)().position = position;
        }),
      );
    }
    return steps;
  }

  /** Positions to set, in order, so that the tabs end in the order the port promises. */
  private tabMoves(): { name: string; position: number }[] {
    const isRemoved = (name: string): boolean => this.remove.some((r) => key(r) === key(name));
    const specFor = (name: string): SheetSpec | undefined => this.specs.find((s) => key(s.name) === key(name));
    const kept = this.existing.filter((s) => !isRemoved(s.name));
    const listsAdded = !this.listsExisted && this.lists.newLists.length > 0 ? [LISTS_SHEET] : [];
    // After the structure steps: the kept sheets not replaced, then every sheet added, in order.
    const actual = [...kept.filter((s) => !specFor(s.name)).map((s) => s.name), ...this.specs.map((s) => s.name), ...listsAdded];
    const wanted = [
      ...kept.map((s) => specFor(s.name)?.name ?? s.name),
      ...this.specs.filter((s) => !this.find(s.name)).map((s) => s.name),
      ...listsAdded,
    ];
    const listsAt = wanted.findIndex((name) => key(name) === key(LISTS_SHEET));
    if (listsAt >= 0) wanted.push(...wanted.splice(listsAt, 1));

    const moves: { name: string; position: number }[] = [];
    wanted.forEach((name, position) => {
      if (actual[position] === name) return;
      actual.splice(actual.indexOf(name), 1);
      actual.splice(position, 0, name);
      moves.push({ name, position });
    });
    return moves;
  }

  private find(name: string): LoadedSheet | undefined {
    return findNamed(this.existing, name);
  }
}
