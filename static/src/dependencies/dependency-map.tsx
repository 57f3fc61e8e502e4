import { useCallback, useMemo, useState } from 'react';
import type { ScheduleResult } from '@contract';
import { epicGraph, NO_EPIC } from './epic-graph';
import { FilterBar } from './filter-bar';
import { FocusBar } from './focus-bar';
import { exportSubtitle } from './export-image';
import { GraphCanvas } from './graph-canvas';
import { useViewerName } from '../gantt/use-viewer-name';
import { LARGE_GRAPH } from './graph-metrics';
import { isFiltered, NO_FILTER, visibleGraph, type FilterState } from './graph-filter';
import { LargeGraphNotice } from './large-graph-notice';
import { MapLegend } from './map-legend';
import { MapOptions, type MapMode } from './map-options';
import { openIssue } from './open-issue';
import { useLinkedFilter } from './use-linked-filter';

/**
 * The dependency map: filters, focus, layout options, and the drawing (or, when too large, a choice).
 * `embedded`: part of a large schedule's map (large-map.tsx), which has the section and its heading.
 * `filterState`: filters and focus shared with the Gantt (schedule-views.tsx); absent, the map keeps its own.
 */
export function DependencyMap({ schedule, embedded = false, filterState }: { schedule: ScheduleResult; embedded?: boolean; filterState?: FilterState }) {
  const viewer = useViewerName();
  // The focus is in the page's address, shared with the Gantt (use-linked-filter.ts).
  const [filter, setFilter, setFocus] = useLinkedFilter(filterState);
  const [mode, setMode] = useState<MapMode>('time');
  const [grouped, setGrouped] = useState(false);
  const [collapsed, setCollapsed] = useState(false);
  const [drawAll, setDrawAll] = useState(false);
  const visible = useMemo(() => visibleGraph(schedule.nodes, schedule.edges, filter), [schedule, filter]);
  const drawn = useMemo(() => (collapsed ? epicGraph(visible, schedule.nodes) : visible), [collapsed, visible, schedule]);
  const summaries = useMemo(() => new Map(schedule.nodes.map((n) => [n.key, n.summary])), [schedule]);
  const groupLabel = useCallback((group: string | null) => (group === null ? NO_EPIC : summaries.has(group) ? `${group}: ${summaries.get(group) ?? ''}` : group), [summaries]);
  const focusOn = useCallback((key: string | null) => setFocus(key), [setFocus]);
  const onOpen = useCallback((key: string) => {
    if (key !== NO_EPIC) openIssue(key);
  }, []);
  const tooLarge = !collapsed && !drawAll && drawn.nodes.length > LARGE_GRAPH;

  const body = (
    <>
      <FilterBar nodes={schedule.nodes} filter={filter} onChange={setFilter} />
      <FocusBar nodes={schedule.nodes} focus={filter.focus} onFocus={focusOn} />
      <MapOptions mode={mode} onMode={setMode} grouped={grouped} onGrouped={setGrouped} collapsed={collapsed} onCollapsed={setCollapsed} />
      <p className="keel-muted keel-note" role="status" data-testid="map-count">
        {collapsed
          ? `${drawn.nodes.length} epics from ${visible.nodes.length} issues.`
          : `${visible.nodes.length} of ${schedule.nodes.length} issues and ${visible.edges.length} links shown${isFiltered(filter) ? ' (filtered)' : ''}${filter.unlinked ? '' : '; issues without links are in the table'}.`}
        {isFiltered(filter) && (
          <button type="button" className="keel-link-button" onClick={() => setFilter(NO_FILTER)}>
            Clear filters
          </button>
        )}
      </p>
      <MapLegend nearCriticalDays={schedule.nearCriticalDays} />
      {drawn.nodes.length === 0 ? (
        <p className="keel-state keel-state--empty">No issue matches these filters.</p>
      ) : tooLarge ? (
        <LargeGraphNotice count={drawn.nodes.length} onCollapse={() => setCollapsed(true)} onDrawAll={() => setDrawAll(true)} />
      ) : (
        <GraphCanvas
          nodes={drawn.nodes}
          edges={drawn.edges}
          mode={mode}
          grouped={grouped && !collapsed}
          projectStart={schedule.projectStart}
          asOf={schedule.asOf}
          exportTitle={`Dependency map of ${schedule.project.key}: ${schedule.project.name}`}
          exportSubtitle={exportSubtitle(schedule.asOf, viewer)}
          nearCriticalDays={schedule.nearCriticalDays}
          title={`Dependency map of ${schedule.project.key}`}
          fileName={`keel-${schedule.project.key}-dependencies`}
          groupLabel={groupLabel}
          onOpen={onOpen}
          onFocus={focusOn}
        />
      )}
    </>
  );
  if (embedded) return body;
  return (
    <section className="keel-section" aria-labelledby="keel-map-title">
      <h2 id="keel-map-title" className="keel-section__title">
        Dependency map
      </h2>
      {body}
    </section>
  );
}
