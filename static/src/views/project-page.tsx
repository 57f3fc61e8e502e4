import { useMemo } from 'react';
import { useResolver } from '../api/use-resolver';
import { StatusAnswerContext } from '../status/status-context';
import { StatusLine } from '../status/status-line';
import { Tabs, type TabDefinition } from '../components/tabs';
import { DependenciesView } from '../dependencies/dependencies-view';
import { EarnedValueView } from '../earned-value/earned-value-view';
import { ForecastView } from '../forecast/forecast-view';
import { OverviewView } from '../overview/overview-view';
import { RisksView } from '../risks/risks-view';
import { ResourcesView } from '../resources/resources-view';
import { RaciView } from '../raci/raci-view';
import { DecisionsView } from '../decisions/decisions-view';
import { HiddenWorkBanner } from '../hidden-work/hidden-work-banner';
import { HiddenWorkContext } from '../hidden-work/hidden-work-context';
import { useHiddenWorkAnswer } from '../hidden-work/use-hidden-work-answer';
import { LinkedParamsProvider, type LinkedParams } from '../navigation/linked-param';
import { usePageHistory } from '../navigation/use-page-history';

type TabId = 'overview' | 'dependencies' | 'resources' | 'forecast' | 'risks' | 'earned-value' | 'raci' | 'decisions';

const TABS: readonly TabDefinition<TabId>[] = [
  { id: 'overview', label: 'Overview' },
  { id: 'dependencies', label: 'Dependencies' },
  { id: 'resources', label: 'Resources' },
  { id: 'forecast', label: 'Forecast' },
  { id: 'risks', label: 'Risks' },
  { id: 'earned-value', label: 'Earned value' },
  { id: 'raci', label: 'RACI' },
  { id: 'decisions', label: 'Decisions' },
];

const TAB_IDS = TABS.map((t) => t.id);

/**
 * The Keel project page: one tab per feature that exists. The tab and its linkable state (the map's focus, the
 * Risks heat cell) are in the page's address, so a link opens exactly that view and back and forward work.
 */
export function ProjectPage({ projectKey }: { projectKey: string }) {
  const { location, go } = usePageHistory<TabId>(TAB_IDS, 'overview');
  const selected = location.tab;
  // One verdict for every tab (issue 16): the Overview opens with its card, the other tabs with its line.
  const status = useResolver('status/get', { projectKey }, projectKey);
  const { hidden, problem } = useHiddenWorkAnswer(projectKey);
  const linked = useMemo<LinkedParams>(
    () => ({
      params: location.params,
      setParam: (name, value) => {
        const params: Record<string, string> = { ...location.params };
        if (value === null) delete params[name];
        else params[name] = value;
        go({ tab: location.tab, params });
      },
    }),
    [location, go],
  );
  return (
    <main className="keel-page">
      <HiddenWorkContext.Provider value={hidden}>
      <Tabs tabs={TABS} selected={selected} onSelect={(tab) => go({ tab, params: {} })} label="Keel views" idPrefix="keel">
        {/* Hidden work first: it qualifies every figure below it, the verdict's dates included. */}
        <HiddenWorkBanner tab={selected} />
        {selected !== 'overview' && <StatusLine state={status.state} onRetry={status.retry} />}
        {problem && <p className="keel-muted" role="status" data-testid="hidden-work-problem">{problem}</p>}
        <LinkedParamsProvider value={linked}>
        <StatusAnswerContext.Provider value={status.state.status === 'ready' ? status.state.data : null}>
          {selected === 'overview' && <OverviewView projectKey={projectKey} status={status} />}
          {selected === 'dependencies' && <DependenciesView projectKey={projectKey} />}
          {selected === 'resources' && <ResourcesView projectKey={projectKey} />}
          {selected === 'forecast' && <ForecastView projectKey={projectKey} />}
          {selected === 'risks' && <RisksView projectKey={projectKey} />}
          {selected === 'earned-value' && <EarnedValueView projectKey={projectKey} />}
          {selected === 'raci' && <RaciView projectKey={projectKey} />}
          {selected === 'decisions' && <DecisionsView projectKey={projectKey} />}
        </StatusAnswerContext.Provider>
        </LinkedParamsProvider>
      </Tabs>
      </HiddenWorkContext.Provider>
    </main>
  );
}
