import { useState } from 'react';
import { useResolver } from '../api/use-resolver';
import { StatusLine } from '../status/status-line';
import { Tabs, type TabDefinition } from '../components/tabs';
import { DependenciesView } from '../dependencies/dependencies-view';
import { EarnedValueView } from '../earned-value/earned-value-view';
import { ForecastView } from '../forecast/forecast-view';
import { OverviewView } from '../overview/overview-view';
import { RisksView } from '../risks/risks-view';
import { RaciView } from '../raci/raci-view';
import { DecisionsView } from '../decisions/decisions-view';
import { HiddenWorkBanner } from '../hidden-work/hidden-work-banner';
import { HiddenWorkContext } from '../hidden-work/hidden-work-context';
import { useHiddenWorkAnswer } from '../hidden-work/use-hidden-work-answer';

type TabId = 'overview' | 'dependencies' | 'forecast' | 'risks' | 'earned-value' | 'raci' | 'decisions';

const TABS: readonly TabDefinition<TabId>[] = [
  { id: 'overview', label: 'Overview' },
  { id: 'dependencies', label: 'Dependencies' },
  { id: 'forecast', label: 'Forecast' },
  { id: 'risks', label: 'Risks' },
  { id: 'earned-value', label: 'Earned value' },
  { id: 'raci', label: 'RACI' },
  { id: 'decisions', label: 'Decisions' },
];

/** The Keel project page: one tab per feature that exists. */
export function ProjectPage({ projectKey }: { projectKey: string }) {
  const [selected, setSelected] = useState<TabId>('overview');
  // One verdict for every tab (issue 16): the Overview opens with its card, the other tabs with its line.
  const status = useResolver('status/get', { projectKey }, projectKey);
  const { hidden, problem } = useHiddenWorkAnswer(projectKey);
  return (
    <main className="keel-page">
      <HiddenWorkContext.Provider value={hidden}>
      <Tabs tabs={TABS} selected={selected} onSelect={setSelected} label="Keel views" idPrefix="keel">
        {selected !== 'overview' && <StatusLine state={status.state} onRetry={status.retry} />}
        <HiddenWorkBanner tab={selected} />
        {problem && <p className="keel-muted" role="status" data-testid="hidden-work-problem">{problem}</p>}
        {selected === 'overview' && <OverviewView projectKey={projectKey} status={status} />}
        {selected === 'dependencies' && <DependenciesView projectKey={projectKey} />}
        {selected === 'forecast' && <ForecastView projectKey={projectKey} />}
        {selected === 'risks' && <RisksView projectKey={projectKey} />}
        {selected === 'earned-value' && <EarnedValueView projectKey={projectKey} />}
        {selected === 'raci' && <RaciView projectKey={projectKey} />}
        {selected === 'decisions' && <DecisionsView projectKey={projectKey} />}
      </Tabs>
      </HiddenWorkContext.Provider>
    </main>
  );
}
