import { useHiddenWork } from './hidden-work-context';
import { HIDDEN_EFFECT, hiddenWorkCounts, type HiddenWorkTab } from './hidden-work-text';
import './hidden-work.css';

/**
 * At the top of every tab of the project page: how much of the plan the viewer cannot see (counts only, as
 * Jira allows) and what it may change on this tab; figures it may change carry a ◐ marker. Nothing when they see
 * it all.
 */
export function HiddenWorkBanner({ tab }: { tab: HiddenWorkTab }) {
  const hidden = useHiddenWork();
  if (hidden === null) return null;
  const affected = hidden.affectedCount > 0 ? ` ${hidden.affectedCount.toLocaleString('en-US')} of the issues you see ${hidden.affectedCount === 1 ? 'is' : 'are'} linked to it.` : '';
  return (
    <aside className="keel-hidden-banner" role="note" aria-label="Work hidden from you" data-testid="hidden-work-banner" data-tab={tab}>
      <p className="keel-hidden-banner__title">
        <span aria-hidden="true">◐ </span>
        {`Part of this plan is hidden from you: ${hiddenWorkCounts(hidden)} you may not see.`}
      </p>
      <p className="keel-hidden-banner__body">
        {`${HIDDEN_EFFECT[tab]}${affected} Figures that may change are marked ◐. Keel counts what Jira hides from you but never names it; ask a Jira admin for access if it matters to your plan.`}
      </p>
    </aside>
  );
}
