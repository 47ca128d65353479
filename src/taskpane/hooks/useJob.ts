/** Runs one long job at a time, with progress and a stop button (AbortController). */
import { useCallback, useReducer, useRef } from 'react';
import { IDLE, type JobControl, type JobState, jobReducer } from '../jobs/job';

export type RunJob = (label: string, work: (control: JobControl) => Promise<void>) => Promise<boolean>;

export interface Job {
  readonly state: JobState;
  /** Resolves true when the work finished, false when it failed or was stopped (the state says which). */
  readonly run: RunJob;
  readonly cancel: () => void;
  readonly dismiss: () => void;
}

export function useJob(): Job {
  const [state, dispatch] = useReducer(jobReducer, IDLE);
  const controller = useRef<AbortController | null>(null);

  const run = useCallback<RunJob>(async (label, work) => {
    if (controller.current !== null) return false;
    const abort = new AbortController();
    controller.current = abort;
    dispatch({ type: 'started', label });
    try {
      await work({ signal: abort.signal, progress: (done, total) => dispatch({ type: 'progressed', done, total }) });
      dispatch({ type: 'succeeded' });
      return true;
    } catch (error) {
      dispatch({ type: 'failed', error });
      return false;
    } finally {
      controller.current = null;
    }
  }, []);

  const cancel = useCallback(() => {
    controller.current?.abort();
    dispatch({ type: 'cancelRequested' });
  }, []);
  const dismiss = useCallback(() => dispatch({ type: 'dismissed' }), []);

  return { state, run, cancel, dismiss };
}
