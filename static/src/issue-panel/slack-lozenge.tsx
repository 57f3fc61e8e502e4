import type { ScheduleNode } from '@contract';
import { workingDays } from './schedule-format';

type Appearance = 'danger' | 'warning' | 'default' | 'success';

/** The one-word verdict on an issue's slack, and how it looks. */
export function slackVerdict(node: ScheduleNode): { appearance: Appearance; label: string } {
  if (node.fixed) return { appearance: 'success', label: node.statusCategory === 'done' ? 'Done' : 'Kept at its dates' };
  if (node.critical) return { appearance: 'danger', label: 'Critical' };
  if (node.nearCritical) return { appearance: 'warning', label: 'Near-critical' };
  return { appearance: 'default', label: `Has ${workingDays(node.totalSlackDays)} of slack` };
}

/** Critical (red), near-critical (yellow), some slack (grey) or done (green), as a lozenge. */
export function SlackLozenge({ node }: { node: ScheduleNode }) {
  const { appearance, label } = slackVerdict(node);
  return (
    <span className={`keel-lozenge keel-ip-lozenge--${appearance}`} data-testid="slack-lozenge">
      {label}
    </span>
  );
}
