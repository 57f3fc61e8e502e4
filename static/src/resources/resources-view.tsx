import { useMemo, useState } from 'react';
import { errorAdvice } from '../api/error-advice';
import { useResolver } from '../api/use-resolver';
import { ErrorState } from '../components/error-state';
import { IssueFindings } from '../components/issue-findings';
import { LoadingState } from '../components/loading-state';
import { StoredAnswerNote } from '../components/stored-answer-note';
import { CellIssues } from './cell-issues';
import { LoadHeatMap, type SelectedCell } from './load-heat-map';
import { MovedIssues } from './moved-issues';
import { PlanSwitch } from './plan-switch';
import { ResourcesHeadline } from './resources-headline';
import type { LoadPlan } from './resources-format';

/** The Resources tab: load against capacity by person or pool and week, and the levelled schedule against the critical path. */
export function ResourcesView({ projectKey }: { projectKey: string }) {
  const { state, retry } = useResolver('resources/get', { projectKey }, projectKey);
  const [plan, setPlan] = useState<LoadPlan>('cpm');
  const [selected, setSelected] = useState<SelectedCell | null>(null);
  const issues = useMemo(() => new Map(state.status === 'ready' ? state.data.issues.map((i) => [i.key, i]) : []), [state]);
  if (state.status === 'loading') return <LoadingState label={`Levelling ${projectKey} over its people…`} />;
  if (state.status === 'error') return <ErrorState title={`Keel could not level ${projectKey}`} message={state.message} advice={errorAdvice(state.code)} onRetry={retry} />;
  const resources = state.data;
  if (resources.stored && resources.stored.state !== 'ready') return <StoredAnswerNote stored={resources.stored} what="levelled schedule" onCheckAgain={retry} />;
  const row = selected === null ? undefined : resources.rows[selected.row];
  const week = selected === null ? undefined : resources.weeks[selected.week];
  return (
    <div className="keel-resources">
      <header className="keel-overview__header">
        <h1 className="keel-heading">{`Resources of ${resources.project.name} (${resources.project.key})`}</h1>
        <p className="keel-muted">{`As of ${resources.asOf}; people are the assignees, with the availability and time off in Keel's Resources settings.`}</p>
        {resources.stored?.state === 'ready' && (
          <p className="keel-note" data-testid="resources-stored">{`Levelled in the background at ${resources.stored.computedAt}${resources.stored.refreshing ? '; a newer levelling is being computed' : ''}. The issues behind each week are the first 5.`}</p>
        )}
      </header>
      <ResourcesHeadline resources={resources} />
      <section className="keel-section" aria-labelledby="keel-resources-load-title">
        <h2 id="keel-resources-load-title" className="keel-section__title">
          Load against capacity, by week
        </h2>
        <PlanSwitch plan={plan} onPlan={setPlan} name="keel-resources-plan" label="Plan shown" />
        {resources.rows.length === 0 ? (
          <p className="keel-muted">No open work in scope is assigned to anyone or falls in a pool, so there is no load to show.</p>
        ) : (
          <LoadHeatMap weeks={resources.weeks} rows={resources.rows} plan={plan} selected={selected} onSelect={setSelected} />
        )}
        {resources.rowCount !== undefined && resources.rowCount > resources.rows.length && (
          <p className="keel-muted" data-testid="resources-more-rows">{`And ${(resources.rowCount - resources.rows.length).toLocaleString()} more people and pools, not shown: the busiest ${resources.rows.length.toLocaleString()} are (over-allocated weeks first, then hours).`}</p>
        )}
      </section>
      {row && week && selected && <CellIssues row={row} week={week} weekIndex={selected.week} plan={plan} issues={issues} />}
      <section className="keel-section" aria-labelledby="keel-resources-moved-title">
        <h2 id="keel-resources-moved-title" className="keel-section__title">
          What moved and why
        </h2>
        <MovedIssues resources={resources} />
      </section>
      <IssueFindings headingId="keel-resources-findings-title" findings={resources.findings} keysLabel="Issues" testId="resources-findings" />
    </div>
  );
}
