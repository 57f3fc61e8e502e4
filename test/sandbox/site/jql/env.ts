/** What evaluating JQL needs besides the query: the site, who asks (for currentUser()) and the clock. */
import type { Principal } from '../../site-types';
import type { Snapshot } from '../../snapshot-schema';

export interface JqlEnv {
  readonly state: Snapshot;
  readonly principal: Principal;
  readonly now: Date;
}

export const jqlFunctions = ['currentuser', 'now', 'startofday', 'endofday'] as const;
