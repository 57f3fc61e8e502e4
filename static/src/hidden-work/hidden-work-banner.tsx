import { fmt } from '../format/current-format';
import { useHiddenWork } from './hidden-work-context';
import { CHANGED_BY_ISSUES_ONLY, HIDDEN_EFFECT, hiddenWorkCounts, type HiddenWorkTab } from './hidden-work-text';
import './hidden-work.css';

/**
 * At the top of every tab of the project page: how much of the plan the viewer cannot see (counts only, as
 * Jira allows) and what it may change on this tab; figures it may change carry a ◐ marker. Nothing when they see
 * it all.
 */
export function HiddenWorkBanner({ tab }: { tab: HiddenWorkTab }) {
  const hidden = useHiddenWork();
  if (hidden === null) return null;
  // Only links hidden (every issue in scope counted and seen): figures made of issues alone stand as they are.
  const linksOnly = hidden.issues === 0 && CHANGED_BY_ISSUES_ONLY.has(tab);
  const effect = linksOnly ? 'Every issue in scope is visible to you, so the figures on this tab are whole; only links to work elsewhere are hidden, and they change the schedule, not these figures.' : HIDDEN_EFFECT[tab];
  const affected = hidden.affectedCount > 0 ? ` ${fmt().number(hidden.affectedCount)} of the issues you see ${hidden.affectedCount === 1 ? 'is' : 'are'} linked to it.` : '';
  return (
    <aside className="keel-hidden-banner" role="note" aria-label="Work hidden from you" data-testid="hidden-work-banner" data-tab={tab}>
      <p className="keel-hidden-banner__title">
        <span aria-hidden="true">◐ </span>
        {`Part of this plan is hidden from you: ${hiddenWorkCounts(hidden)} you may not see.`}
      </p>
      <p className="keel-hidden-banner__body">
        {`${effect}${affected}${linksOnly ? '' : ' Figures that may change are marked ◐.'} Keel counts what Jira hides from you but never names it; ask a Jira admin for access if it matters to your plan.`}
      </p>
    </aside>
  );
}
