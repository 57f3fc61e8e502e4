import type { DecisionStatus } from '@contract';
import { Lozenge, type LozengeAppearance } from '../components/lozenge';

const APPEARANCE: Record<DecisionStatus, LozengeAppearance> = { proposed: 'inprogress', decided: 'success', superseded: 'default', rejected: 'default' };

/** A decision's status as a lozenge: the site's status name, coloured by what Keel maps it to. */
export function DecisionStatusLozenge({ status, statusName }: { status: DecisionStatus; statusName: string }) {
  return (
    <span data-status={status} title={`Keel reads "${statusName}" as ${status}`}>
      <Lozenge appearance={APPEARANCE[status]}>{statusName}</Lozenge>
    </span>
  );
}
