import { useCallback, useId, useMemo, useRef, useState, type CSSProperties } from 'react';
import type { ScheduleEdge, ScheduleNode } from '@contract';
import { layoutGraph, type LayoutOptions } from '../layout/layout-graph';
import { offsetOfDate, timeTicks } from '../layout/time-scale';
import { download, exportSize, pngFromSvg, svgMarkup } from './export-image';
import { mapLegendItems } from './map-legend';
import { ArrowMarkers, GraphDrawing, type TimeFrame } from './graph-drawing';
import { layoutOptions } from './graph-metrics';
import { usePanZoom } from './use-pan-zoom';
import { zoomRendering } from './zoom-rendering';

export interface GraphCanvasProps {
  nodes: readonly ScheduleNode[];
  edges: readonly ScheduleEdge[];
  mode: LayoutOptions['mode'];
  grouped: boolean;
  projectStart: string;
  asOf: string;
  /** Names the drawing for screen readers and the exported files. */
  title: string;
  fileName: string;
  /** The exported files' heading (title and a line with the status date and the viewer) and legend. */
  exportTitle: string;
  exportSubtitle: string;
  nearCriticalDays: number;
  groupLabel: (group: string | null) => string;
  onOpen: (key: string) => void;
  onFocus: (key: string) => void;
}

/** Lays the graph out, draws it in a pannable, zoomable SVG, and exports it. */
export function GraphCanvas(props: GraphCanvasProps) {
  const { nodes, edges, mode, grouped, projectStart, asOf, title, fileName } = props;
  const svgRef = useRef<SVGSVGElement>(null);
  const markerPrefix = `keel-arrow-${useId().replaceAll(':', '')}`;
  const [exportError, setExportError] = useState<string | null>(null);
  const layout = useMemo(() => {
    const scheduled = edges.filter((e) => !e.ignored);
    const parents = new Set(nodes.map((n) => n.parentKey));
    // An epic on the map heads its own band.
    const items = nodes.map((n) => ({ id: n.key, group: n.parentKey ?? (parents.has(n.key) ? n.key : null), start: n.offsets.earlyStart, finish: n.offsets.earlyFinish }));
    return layoutGraph(items, scheduled, layoutOptions(mode, grouped));
  }, [nodes, edges, mode, grouped]);
  const time = useMemo((): TimeFrame | null => {
    if (mode !== 'time') return null;
    const { dayWidth } = layoutOptions(mode, grouped);
    const anchors = nodes.flatMap((n) => [{ offset: n.offsets.earlyStart, date: n.earlyStart }, { offset: n.offsets.lateStart, date: n.lateStart }]);
    const last = Math.ceil((layout.width - layout.originX) / dayWidth);
    const today = offsetOfDate(projectStart, anchors, asOf);
    return { ticks: timeTicks(projectStart, anchors, layout.minOffset, last), dayWidth, today: today !== null && today >= layout.minOffset && today <= last ? today : null, asOf };
  }, [mode, grouped, nodes, layout, projectStart, asOf]);
  const content = useMemo(() => ({ width: layout.width, height: layout.height }), [layout]);
  const { view, fit, zoomBy, handlers } = usePanZoom(svgRef, content);
  const height = Math.min(720, Math.max(220, layout.height + 8));
  const rendering = zoomRendering(view.k);
  const renderingClass = rendering.mode === 'full' ? '' : rendering.mode === 'summary' ? ' keel-graph--summary' : ' keel-graph--summary keel-graph--keys-hidden';

  const exportAs = useCallback(
    async (format: 'svg' | 'png') => {
      const svg = svgRef.current;
      if (!svg) return;
      setExportError(null);
      try {
        // The export is the full drawing, whatever the zoom: summary rendering off while styles are copied.
        const zoomed = svg.getAttribute('class') ?? '';
        svg.setAttribute('class', 'keel-graph');
        let markup: string;
        try {
          markup = svgMarkup(svg, layout.width, layout.height, { title: props.exportTitle, subtitle: props.exportSubtitle, legend: mapLegendItems(props.nearCriticalDays) });
        } finally {
          svg.setAttribute('class', zoomed);
        }
        const size = exportSize(layout.width, layout.height);
        const blob = format === 'svg' ? new Blob([markup], { type: 'image/svg+xml' }) : await pngFromSvg(markup, size.width, size.height);
        download(blob, `${fileName}.${format}`);
      } catch (error) {
        setExportError(`The ${format.toUpperCase()} export failed: ${error instanceof Error ? error.message : String(error)}`);
      }
    },
    [fileName, layout, props.exportTitle, props.exportSubtitle, props.nearCriticalDays],
  );

  return (
    <div className="keel-graph-frame">
      <div className="keel-toolbar" role="toolbar" aria-label="Zoom and export">
        <button type="button" className="keel-button keel-button--subtle" onClick={() => zoomBy(1.25)} aria-label="Zoom in">+</button>
        <button type="button" className="keel-button keel-button--subtle" onClick={() => zoomBy(0.8)} aria-label="Zoom out">−</button>
        <button type="button" className="keel-button keel-button--subtle" onClick={fit}>Fit</button>
        <span className="keel-muted keel-toolbar__zoom" aria-live="polite">{`${Math.round(view.k * 100)}%`}</span>
        {rendering.mode !== 'full' && <span className="keel-muted keel-note" data-testid="zoom-rendering">{rendering.mode === 'summary' ? 'Zoomed out: keys only (hover a card for its details).' : 'Zoomed out: zoom in to read the keys.'}</span>}
        <span className="keel-toolbar__spacer" />
        <button type="button" className="keel-button keel-button--subtle" onClick={() => void exportAs('svg')}>Export SVG</button>
        <button type="button" className="keel-button keel-button--subtle" onClick={() => void exportAs('png')}>Export PNG</button>
      </div>
      {exportError && <p role="alert" className="keel-note keel-error-text">{exportError}</p>}
      <svg
        ref={svgRef}
        className={`keel-graph${renderingClass}`}
        style={{ '--keel-summary-font': `${rendering.summaryFont}px` } as CSSProperties}
        data-rendering={rendering.mode}
        data-testid="dependency-graph"
        width="100%"
        height={height}
        role="group"
        aria-label={`${title}. Drag or use the arrow keys to pan, + and − to zoom, 0 to fit. Tab to an issue; Enter opens it, F focuses the map on it.`}
        tabIndex={0}
        {...handlers}
      >
        <ArrowMarkers prefix={markerPrefix} />
        <rect data-testid="graph-background" className="keel-graph__background" width="100%" height="100%" />
        <g data-viewport="" transform={`translate(${view.x},${view.y}) scale(${view.k})`}>
          <GraphDrawing nodes={nodes} edges={edges} layout={layout} time={time} groupLabel={props.groupLabel} markerPrefix={markerPrefix} onOpen={props.onOpen} onFocus={props.onFocus} />
        </g>
      </svg>
    </div>
  );
}
