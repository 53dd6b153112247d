import type { JobInfo } from '../domain/jobs';
import type { Namespace } from './channels';

/** Payload of each main → renderer event. */
export interface EventMap {
  'jobs:progress': JobInfo;
  /** Something in `namespace` changed outside the page's own request (a job, the CLI, another window). */
  'data:changed': { namespace: Namespace };
}

export type EventListener<E extends keyof EventMap> = (payload: EventMap[E]) => void;
