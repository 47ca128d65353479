/**
 * Việc đang chạy — one long piece of work at a time (loading a plan, making the workbooks,
 * checking files…): its progress, whether it can be stopped, and how it ended.
 */
import { type DescribedError, describeError } from './describeError';

/** What a running job can tell the pane and be told by it. */
export interface JobControl {
  readonly signal: AbortSignal;
  /** `total` null: the amount of work is not known; the bar runs without a value. */
  progress(done: number, total: number | null): void;
}

export interface JobState {
  readonly running: boolean;
  /** What the job does, as shown to the officer. */
  readonly label: string;
  readonly done: number;
  readonly total: number | null;
  readonly cancelling: boolean;
  /** How the last job ended badly; null while running or after a success. */
  readonly failure: DescribedError | null;
}

export type JobAction =
  | { readonly type: 'started'; readonly label: string }
  | { readonly type: 'progressed'; readonly done: number; readonly total: number | null }
  | { readonly type: 'cancelRequested' }
  | { readonly type: 'succeeded' }
  | { readonly type: 'failed'; readonly error: unknown }
  | { readonly type: 'dismissed' };

export const IDLE: JobState = { running: false, label: '', done: 0, total: null, cancelling: false, failure: null };

export function jobReducer(state: JobState, action: JobAction): JobState {
  switch (action.type) {
    case 'started':
      return { ...IDLE, running: true, label: action.label };
    case 'progressed':
      return state.running ? { ...state, done: action.done, total: action.total } : state;
    case 'cancelRequested':
      return state.running ? { ...state, cancelling: true } : state;
    case 'succeeded':
      return { ...state, running: false, cancelling: false, failure: null };
    case 'failed':
      return { ...state, running: false, cancelling: false, failure: describeError(action.error) };
    case 'dismissed':
      return state.running ? state : { ...state, failure: null };
  }
}

/** 0–1 for the progress bar, undefined when the total is not known. */
export function progressValue(state: JobState): number | undefined {
  if (state.total === null || state.total <= 0) return undefined;
  return Math.min(1, Math.max(0, state.done / state.total));
}
