import { useHiddenWork } from './hidden-work-context';
import { hiddenWorkCounts } from './hidden-work-text';

/**
 * A marker on a figure (or a card, a row) that work hidden from the viewer may change; nothing when they see the
 * whole plan. `what` names the figure in the tooltip; `issueKey` marks only an issue linked to hidden work;
 * `changedBy="issues"` marks a figure that counts issues only (budgets, roles), which hidden links cannot change.
 */
export function HiddenMarker({ what, issueKey, changedBy = 'any' }: { what: string; issueKey?: string; changedBy?: 'issues' | 'any' }) {
  const hidden = useHiddenWork();
  if (hidden === null) return null;
  if (changedBy === 'issues' && hidden.issues === 0) return null;
  if (issueKey !== undefined && !hidden.affectedKeys.includes(issueKey)) return null;
  const title = issueKey === undefined
    ? `${what[0]?.toUpperCase() ?? ''}${what.slice(1)} may change: ${hiddenWorkCounts(hidden)} hidden from you.`
    : `${issueKey} is linked to work you cannot see: its dates and slack may move with it.`;
  return (
    <span className="keel-hidden-marker" data-testid="hidden-marker" data-marker-for={issueKey ?? what} title={title} aria-label={title} role="img">
      ◐
    </span>
  );
}
