/**
 * What the agency index answers, as data: the split of a cell naming several agencies, who holds
 * an agency's duties on a date, and what is wrong with the registry itself.
 */
import { z } from 'zod';
import { AgencyRef, Id, Succession } from '../plan';

/** A stretch of a cell that names no registered agency (or more than one), with the reason. */
export const UnresolvedName = z.object({
  /** Exactly as the cell wrote it. */
  text: z.string().min(1),
  reason_vi: z.string().min(1),
  reason_en: z.string().min(1),
});
export type UnresolvedName = z.infer<typeof UnresolvedName>;

export const CellSplit = z.object({
  refs: z.array(AgencyRef),
  unresolved: z.array(UnresolvedName),
});
export type CellSplit = z.infer<typeof CellSplit>;

/** Cơ quan đảm nhận — who holds an agency's duties on a date, and the successions that led there. */
export const ResponsibleOn = z.object({
  /** null: abolished without successor on that date. */
  agencyId: Id.nullable(),
  chain: z.array(Succession),
});
export type ResponsibleOn = z.infer<typeof ResponsibleOn>;

/** Something wrong in the registry data (duplicate id, shared alias, broken succession …). */
export const RegistryProblem = z.object({
  message_vi: z.string().min(1),
  message_en: z.string().min(1),
});
export type RegistryProblem = z.infer<typeof RegistryProblem>;
