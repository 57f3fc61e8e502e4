import { useCallback, useMemo, useRef, useState } from 'react';
import type { ScheduleResult } from '@contract';
import { download, pngFromSvg, rasterFromSvg } from '../dependencies/export-image';
import { pdfFromJpeg } from './pdf-from-jpeg';
import { FilterBar } from '../dependencies/filter-bar';
import { FocusBar } from '../dependencies/focus-bar';
import { ganttGraph, isFiltered, NO_FILTER, type FilterState } from '../dependencies/graph-filter';
import { useLinkedFilter } from '../dependencies/use-linked-filter';
import { baselineSpan } from './gantt-bars';
import { BaselinePicker, useBaselinePlan } from './gantt-baseline';
import { useDatesShown } from '../dependencies/dates-shown';
import { LIGHT_TOKENS, pageTokens } from '../exports/resolved-tokens';
import { fmt } from '../format/current-format';
import { useStatusAnswer } from '../status/status-context';
import { GanttChart } from './gantt-chart';
import { flagDates, placeFlags, type PlacedFlag } from './gantt-flags';
import { flagDescription, ganttTargets } from './gantt-targets';
import { ganttSvgMarkup } from './gantt-export';
import { GanttLegend } from './gantt-legend';
import { GANTT_GROUPINGS, ganttRows, type GanttGrouping } from './gantt-rows';
import { LABEL_WIDTH } from './gantt-shapes';
import { DEFAULT_CALENDAR, ganttTimescale, TIMESCALE_PRESETS, type TimescalePreset } from './gantt-timescale';
import { useRemembered } from './use-remembered';
import { useViewerName } from './use-viewer-name';

const PRESET_LABEL: Record<TimescalePreset, string> = { day: 'Days', week: 'Weeks', month: 'Months', quarter: 'Quarters', fit: 'Fit' };
const GROUPING_LABEL: Record<GanttGrouping, string> = { epic: 'Epic', assignee: 'Assignee', project: 'Project' };

/**
 * The Gantt of the schedule answer: rows grouped by epic, assignee or project, bars on the schedule's own
 * working-day calendar, a baseline under them when one is chosen, and SVG, PNG or PDF export.
 */
export function GanttView({ schedule, onOpen, filterState }: { schedule: ScheduleResult; onOpen: (key: string) => void; filterState?: FilterState }) {
  // The map's filters, and its focus from the page's address (use-linked-filter.ts).
  const [filter, setFilter, setFocus] = useLinkedFilter(filterState);
  const shown = useMemo(() => ganttGraph(schedule.nodes, schedule.edges, filter), [schedule, filter]);
  const focusOn = useCallback((key: string | null) => setFocus(key), [setFocus]);
  const projectKey = schedule.project.key;
  const [preset, setPreset] = useRemembered<TimescalePreset>('keel:gantt:timescale', TIMESCALE_PRESETS, 'week');
  const [grouping, setGrouping] = useRemembered<GanttGrouping>('keel:gantt:grouping', GANTT_GROUPINGS, 'epic');
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(new Set());
  const [baselineName, setBaselineName] = useState<string | null>(null);
  const [exportError, setExportError] = useState<string | null>(null);
  const frame = useRef<HTMLDivElement>(null);
  const viewer = useViewerName();
  const baselineState = useBaselinePlan(projectKey, baselineName);
  const calendar = schedule.calendar ?? DEFAULT_CALENDAR;

  const rows = useMemo(() => ganttRows({ nodes: shown.nodes, summaries: schedule.summaries ?? [], grouping, collapsed }), [shown, schedule, grouping, collapsed]);
  // The launch date and the milestones' targets from the page's status answer, at the dates the bars show.
  const status = useStatusAnswer();
  const datesShown = useDatesShown();
  const targets = useMemo(() => ganttTargets(status, datesShown), [status, datesShown]);
  const scale = useMemo(() => {
    const starts = schedule.nodes.map((n) => n.offsets.earlyStart);
    const finishes = schedule.nodes.map((n) => Math.max(n.offsets.earlyFinish, n.offsets.lateFinish));
    const width = (frame.current?.clientWidth ?? 1100) - LABEL_WIDTH - 20;
    return ganttTimescale({ calendar, projectStart: schedule.projectStart, from: Math.min(0, ...starts), to: Math.max(1, ...finishes) + 2, preset, viewportWidth: width, reach: flagDates(targets) });
  }, [schedule, calendar, preset, targets]);
  const flags = useMemo(() => {
    const placed = placeFlags(targets, scale);
    return { ...placed, describe: (flag: PlacedFlag) => flagDescription(flag.target, fmt().date) };
  }, [targets, scale]);
  const today = useMemo(() => {
    const offset = scale.calendar.offsetOf(schedule.asOf);
    return offset >= scale.from && offset <= scale.to ? offset : null;
  }, [scale, schedule.asOf]);
  const baseline = useMemo(() => {
    if (baselineState.status !== 'ready') return null;
    const spans = new Map<string, { x: number; width: number }>();
    for (const entry of baselineState.plan.entries) {
      const span = baselineSpan(entry, scale);
      if (span) spans.set(entry.key, span);
    }
    return spans;
  }, [baselineState, scale]);
  const toggle = useCallback((id: string) => setCollapsed((c) => {
    const next = new Set(c);
    if (!next.delete(id)) next.add(id);
    return next;
  }), []);

  const title = `Gantt of ${projectKey}: ${schedule.project.name}`;
  const exportAs = async (format: 'svg' | 'png' | 'pdf') => {
    setExportError(null);
    try {
      const input = { title, statusDate: schedule.asOf, viewer, flags, nearCriticalDays: schedule.nearCriticalDays, baselineName: baselineState.status === 'ready' ? baselineState.plan.name : null, rows, edges: shown.edges, scale, holidays: calendar.holidays, today, baseline };
      // SVG and PNG in the theme on screen; the PDF is for paper, so always light (no page of dark ink).
      const { markup, width, height } = ganttSvgMarkup(input, format === 'pdf' ? LIGHT_TOKENS : pageTokens());
      const blob = format === 'svg' ? new Blob([markup], { type: 'image/svg+xml' }) : format === 'png' ? await pngFromSvg(markup, width, height) : await pdfOf(markup, width, height, title);
      download(blob, `keel-${projectKey}-gantt.${format}`);
    } catch (error) {
      setExportError(`The ${format.toUpperCase()} export failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  };

  return (
    <div ref={frame} className="keel-gantt-frame" data-testid="gantt-view">
      <FilterBar nodes={schedule.nodes} filter={filter} onChange={setFilter} unlinkedOption={false} />
      <FocusBar nodes={schedule.nodes} focus={filter.focus} onFocus={focusOn} />
      {isFiltered({ ...filter, unlinked: false }) && (
        <p className="keel-muted keel-note" role="status" data-testid="gantt-count">
          {`${shown.nodes.length} of ${schedule.nodes.length} issues shown (the map's filters and focus).`}
          <button type="button" className="keel-link-button" onClick={() => setFilter(NO_FILTER)}>Clear filters</button>
        </p>
      )}
      <div className="keel-toolbar keel-gantt-toolbar" role="toolbar" aria-label="Gantt timescale, grouping, baseline and export">
        <span role="radiogroup" aria-label="Timescale" className="keel-gantt-toolbar__presets">
          {TIMESCALE_PRESETS.map((p) => (
            <button key={p} type="button" role="radio" aria-checked={preset === p} className={`keel-button keel-button--subtle${preset === p ? ' keel-button--selected' : ''}`} onClick={() => setPreset(p)}>
              {PRESET_LABEL[p]}
            </button>
          ))}
        </span>
        <span className="keel-gantt-toolbar__field">
          <label htmlFor={`keel-gantt-group-${projectKey}`}>Group by</label>
          <select id={`keel-gantt-group-${projectKey}`} value={grouping} onChange={(e) => setGrouping(e.target.value as GanttGrouping)}>
            {GANTT_GROUPINGS.map((g) => (
              <option key={g} value={g}>{GROUPING_LABEL[g]}</option>
            ))}
          </select>
        </span>
        <BaselinePicker projectKey={projectKey} selected={baselineName} onSelect={setBaselineName} />
        <span className="keel-toolbar__spacer" />
        <button type="button" className="keel-button keel-button--subtle" onClick={() => void exportAs('svg')}>Export SVG</button>
        <button type="button" className="keel-button keel-button--subtle" onClick={() => void exportAs('png')}>Export PNG</button>
        <button type="button" className="keel-button keel-button--subtle" onClick={() => void exportAs('pdf')}>Export PDF</button>
      </div>
      {exportError && <p role="alert" className="keel-note keel-error-text">{exportError}</p>}
      {baselineState.status === 'loading' && <p className="keel-muted keel-note" role="status">{`Reading baseline “${baselineState.name}”…`}</p>}
      {baselineState.status === 'error' && <p role="alert" className="keel-note keel-error-text">{`Baseline “${baselineState.name}” could not be read: ${baselineState.message}`}</p>}
      {baselineState.status === 'ready' && (
        <p className="keel-muted keel-note" role="status" data-testid="gantt-baseline-note">
          {`Baseline “${baselineState.plan.name}” (${baselineState.plan.createdAt.slice(0, 10)}) under the bars: ${baseline?.size ?? 0} issues with planned dates${baselineState.plan.hidden > 0 ? `; ${baselineState.plan.hidden} of its issues are not visible to you` : ''}.`}
        </p>
      )}
      {!schedule.calendar && <p className="keel-muted keel-note">This stored analysis predates calendars in the answer: weekends are Saturday and Sunday and no holidays are shaded until it is recomputed.</p>}
      <GanttLegend nearCriticalDays={schedule.nearCriticalDays} baseline={baseline !== null} flags={flags.flags.length > 0} />
      <GanttChart rows={rows} edges={shown.edges} scale={scale} holidays={calendar.holidays} today={today} baseline={baseline} title={title} flags={flags} onToggle={toggle} onOpen={onOpen} />
    </div>
  );
}

/** The export drawing as a one-page PDF: a JPEG of it on a page of its size (CSS pixels at 96 dpi, in points). */
async function pdfOf(markup: string, width: number, height: number, title: string): Promise<Blob> {
  const jpeg = await rasterFromSvg(markup, width, height, 'image/jpeg');
  const bytes = pdfFromJpeg(new Uint8Array(await jpeg.blob.arrayBuffer()), jpeg, { width: width * 0.75, height: height * 0.75 }, title);
  return new Blob([bytes], { type: 'application/pdf' });
}
