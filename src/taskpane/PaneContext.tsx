/** What every step reads and does: the host, the session and its dispatch, and the job runner. */
import { type Dispatch, createContext, useContext } from 'react';
import type { Host } from './host/detectHost';
import type { Job } from './hooks/useJob';
import type { Session, SessionAction } from './state/session';

export interface Pane {
  readonly host: Host;
  readonly session: Session;
  readonly dispatch: Dispatch<SessionAction>;
  readonly job: Job;
}

export const PaneContext = createContext<Pane | null>(null);

export function usePane(): Pane {
  const pane = useContext(PaneContext);
  if (pane === null) throw new Error('usePane outside PaneContext');
  return pane;
}
