/**
 * Công việc của tiến trình con — what a measuring child process is asked to do, and what it
 * answers (over Node's IPC channel): each pass runs in a fresh process, so that the memory it
 * reports is its own and nothing warmed up by one pass speeds up the next.
 */
import { z } from 'zod';
import { FilePass, OfficeResult, PassMode } from './results';
import { PlanSize } from './syntheticPlan';

export const JobRequest = z.discriminatedUnion('job', [
  /** Writes the master and the returned files into the workspace. */
  z.object({ job: z.literal('generate'), folder: z.string(), plan: PlanSize, files: z.number().int().positive(), seed: z.number().int() }),
  z.object({ job: z.literal('pass'), folder: z.string(), mode: PassMode, files: z.number().int().positive() }),
  z.object({ job: z.literal('office'), folder: z.string(), plan: PlanSize, files: z.array(z.number().int().positive()) }),
]);
export type JobRequest = z.infer<typeof JobRequest>;

export const Generated = z.object({ files: z.number().int(), meanBytes: z.number(), masterBytes: z.number().int(), generateMs: z.number() });
export type Generated = z.infer<typeof Generated>;

export const JobAnswer = z.discriminatedUnion('job', [
  z.object({ job: z.literal('generate'), result: Generated }),
  z.object({ job: z.literal('pass'), result: FilePass }),
  z.object({ job: z.literal('office'), result: OfficeResult }),
]);
export type JobAnswer = z.infer<typeof JobAnswer>;
