import { useCallback, useMemo } from 'react';
import type { ScheduleResult, ScheduleSummaryResult } from '@contract';
import { exportSubtitle } from './export-image';
import { GraphCanvas } from './graph-canvas';
import { useViewerName } from '../gantt/use-viewer-name';
import { groupEdge, groupNode } from './group-node';
import { MapLegend } from './map-legend';
import { CriticalityContext } from '../forecast/criticality-figures';
import { criticalityNote, viewCriticalityFigures } from './view-criticality-figures';

interface SummaryMapProps {
  schedule: ScheduleResult;
  /** What the map draws: the epics `schedule/get` carried, else `schedule/summary`'s. */
  summary: ScheduleSummaryResult;
  /** `schedule/summary`'s answer, whose forecast and groups' criticality badge the boxes; null until it answers. */
  figuresFrom: ScheduleSummaryResult | null;
  onDrill: (epic: string) => void;
}

/**
 * A large schedule's map, opened on its epics: one box per epic, the links between them, the critical chain.
 * The badges follow from `figuresFrom` without the boxes being laid out again.
 */
export function SummaryMap({ schedule, summary, figuresFrom, onDrill }: SummaryMapProps) {
  const viewer = useViewerName();
  const nodes = useMemo(() => summary.groups.map(groupNode), [summary]);
  const edges = useMemo(() => summary.links.map(groupEdge), [summary]);
  const names = useMemo(() => new Map(summary.picker.map((g) => [g.key, g.summary])), [summary]);
  const label = useCallback((group: string | null) => (group === null ? '' : (names.get(group) ?? group)), [names]);
  // An epic outside the scope is known by its key alone.
  // Each epic's badge: the forecast's highest criticality index among its issues.
  const figures = useMemo(
    () => viewCriticalityFigures(figuresFrom?.forecast, (figuresFrom?.groups ?? []).flatMap((g) => (g.criticality === null || g.criticality === undefined ? [] : [{ key: g.key, criticality: g.criticality, cruciality: 0 }]))),
    [figuresFrom],
  );
  const note = criticalityNote(figuresFrom?.forecast, true);
  const chain = summary.criticalChain.map((key) => (names.get(key) ?? key) === key ? key : `${key} ${names.get(key) ?? ''}`);
  return (
    <div data-testid="schedule-summary">
      <p className="keel-muted keel-note" role="status" data-testid="summary-count">
        {`${summary.groups.length} epics and ${summary.links.length} links between them`}
        {summary.omittedGroups > 0 ? `; ${summary.omittedGroups} more epics (the least linked, off the critical path) are in the picker.` : '.'}
        {' Choose an epic, or a box, to see its issues.'}
      </p>
      {chain.length > 0 && (
        <p className="keel-note" data-testid="critical-chain">
          <strong>Critical chain: </strong>
          {chain.slice(0, 12).join(' → ')}
          {chain.length > 12 ? ` → … (${chain.length - 12} more)` : ''}
        </p>
      )}
      <MapLegend nearCriticalDays={schedule.nearCriticalDays} />
      {note && <p className="keel-muted keel-note" data-testid="criticality-note">{note}</p>}
      <CriticalityContext.Provider value={figures}>
      <GraphCanvas
        nodes={nodes}
        edges={edges}
        mode="time"
        grouped={false}
        projectStart={schedule.projectStart}
        asOf={schedule.asOf}
        exportTitle={`Epics of ${schedule.project.key}: ${schedule.project.name}`}
        exportSubtitle={exportSubtitle(schedule.asOf, viewer)}
        nearCriticalDays={schedule.nearCriticalDays}
        title={`Epics of ${schedule.project.key}`}
        fileName={`keel-${schedule.project.key}-epics`}
        groupLabel={label}
        onOpen={onDrill}
        onFocus={onDrill}
      />
      </CriticalityContext.Provider>
    </div>
  );
}
