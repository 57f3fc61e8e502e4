import { useState } from 'react';
import { Tabs, type TabDefinition } from '../components/tabs';
import { DependenciesView } from '../dependencies/dependencies-view';
import { OverviewView } from '../overview/overview-view';

type TabId = 'overview' | 'dependencies';

const TABS: readonly TabDefinition<TabId>[] = [
  { id: 'overview', label: 'Overview' },
  { id: 'dependencies', label: 'Dependencies' },
];

/** The Keel project page: one tab per feature that exists. */
export function ProjectPage({ projectKey }: { projectKey: string }) {
  const [selected, setSelected] = useState<TabId>('overview');
  return (
    <main className="keel-page">
      <Tabs tabs={TABS} selected={selected} onSelect={setSelected} label="Keel views" idPrefix="keel">
        {selected === 'overview' && <OverviewView projectKey={projectKey} />}
        {selected === 'dependencies' && <DependenciesView projectKey={projectKey} />}
      </Tabs>
    </main>
  );
}
