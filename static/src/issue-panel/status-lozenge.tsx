import type { ScheduleNode } from '@contract';
import { Lozenge, type LozengeAppearance } from '../components/lozenge';

const APPEARANCE: Record<ScheduleNode['statusCategory'], LozengeAppearance> = {
  todo: 'default',
  inProgress: 'inprogress',
  done: 'success',
};

/** The Jira status, coloured by its status category as Jira colours it. */
export function StatusLozenge({ node }: { node: ScheduleNode }) {
  return <Lozenge appearance={APPEARANCE[node.statusCategory]}>{node.status}</Lozenge>;
}
