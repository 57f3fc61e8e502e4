import { memo, useMemo } from 'react';
import type { ScheduleEdge, ScheduleNode } from '@contract';
import type { Box, GraphLayout } from '../layout/layout-graph';
import type { Tick } from '../layout/time-scale';
import { GraphEdge, edgeVariant } from './graph-edge';
import { GraphNode } from './graph-node';
import { TimeAxis } from './time-axis';

export interface TimeFrame {
  ticks: Tick[];
  dayWidth: number;
  today: number | null;
  asOf: string;
}

interface GraphDrawingProps {
  nodes: readonly ScheduleNode[];
  edges: readonly ScheduleEdge[];
  layout: GraphLayout;
  /** The date axis in time mode; null in dependency-order mode. */
  time: TimeFrame | null;
  groupLabel: (group: string | null) => string;
  markerPrefix: string;
  onOpen: (key: string) => void;
  onFocus: (key: string) => void;
}

const EDGE_ORDER = { plain: 0, cycle: 1, critical: 2 } as const;

/** The map's content in SVG: epic bands, the date axis, edges under nodes (critical ones on top), nodes. */
export const GraphDrawing = memo(function GraphDrawing({ nodes, edges, layout, time, groupLabel, markerPrefix, onOpen, onFocus }: GraphDrawingProps) {
  const sortedEdges = useMemo(() => [...edges].sort((a, b) => EDGE_ORDER[edgeVariant(a)] - EDGE_ORDER[edgeVariant(b)]), [edges]);
  const anchors = useMemo(() => edgeAnchors(nodes, layout, time), [nodes, layout, time]);
  return (
    <>
      <rect className="keel-graph__paper" width={layout.width} height={layout.height} />
      {layout.bands.length > 1 &&
        layout.bands.map((band, i) => (
          <g key={band.group ?? '(none)'} className={`keel-band keel-band--${i % 2 === 0 ? 'even' : 'odd'}`}>
            <rect x={0} y={band.y} width={layout.width} height={band.height} />
            <text x={8} y={band.y + 15}>
              {groupLabel(band.group)}
            </text>
          </g>
        ))}
      {time && <TimeAxis ticks={time.ticks} originX={layout.originX} dayWidth={time.dayWidth} height={layout.height} today={time.today} asOf={time.asOf} />}
      <g className="keel-edges">
        {sortedEdges.map((edge) => {
          const from = anchors.get(edge.from);
          const to = anchors.get(edge.to);
          return from && to ? <GraphEdge key={`${edge.linkId}:${edge.from}>${edge.to}`} edge={edge} from={from} to={to} markerPrefix={markerPrefix} /> : null;
        })}
      </g>
      <g className="keel-nodes">
        {nodes.map((node) => {
          const box = layout.boxes.get(node.key);
          return box ? <GraphNode key={node.key} node={node} box={box} dayWidth={time?.dayWidth ?? null} onOpen={onOpen} onFocus={onFocus} /> : null;
        })}
      </g>
    </>
  );
});

/**
 * Where edges attach. In dependency order, the sides of the boxes; in time mode, the ends of the duration
 * bars under the boxes, so an arrow runs from the day a predecessor finishes to the day its successor starts.
 */
function edgeAnchors(nodes: readonly ScheduleNode[], layout: GraphLayout, time: TimeFrame | null): Map<string, Box> {
  if (!time) return layout.boxes;
  const anchors = new Map<string, Box>();
  for (const node of nodes) {
    const box = layout.boxes.get(node.key);
    if (box) anchors.set(node.key, { x: box.x, y: box.y + box.height + 4, width: Math.max(2, (node.offsets.earlyFinish - node.offsets.earlyStart) * time.dayWidth), height: 0 });
  }
  return anchors;
}

/** Arrowheads, one per edge colour (SVG 1.1 markers do not inherit the stroke). */
export function ArrowMarkers({ prefix }: { prefix: string }) {
  return (
    <defs>
      {(['plain', 'critical', 'cycle'] as const).map((variant) => (
        <marker key={variant} id={`${prefix}-${variant}`} className={`keel-arrow keel-arrow--${variant}`} viewBox="0 0 10 10" refX={9} refY={5} markerWidth={9} markerHeight={9} markerUnits="userSpaceOnUse" orient="auto-start-reverse">
          <path d="M0,0 L10,5 L0,10 z" />
        </marker>
      ))}
    </defs>
  );
}
