import { memo } from 'react';
import type { ScheduleEdge } from '@contract';
import type { Box } from '../layout/layout-graph';
import { edgePath } from './edge-path';
import { edgeLabel } from './node-label';

export type EdgeVariant = 'plain' | 'critical' | 'cycle';

export function edgeVariant(edge: ScheduleEdge): EdgeVariant {
  if (edge.inCycle) return 'cycle';
  return edge.critical ? 'critical' : 'plain';
}

interface GraphEdgeProps {
  edge: ScheduleEdge;
  from: Box;
  to: Box;
  /** The id prefix of the drawing's arrowhead markers. */
  markerPrefix: string;
}

/**
 * One dependency: an arrow, red on the critical path, amber in a cycle, dashed and labelled "cut" when ignored.
 * A link between parents is drawn as an arrow between each pair of their children, all with the link's id.
 */
export const GraphEdge = memo(function GraphEdge({ edge, from, to, markerPrefix }: GraphEdgeProps) {
  const variant = edgeVariant(edge);
  const { d, labelX, labelY } = edgePath(edge.kind, from, to);
  const label = [edgeLabel(edge.kind, edge.lagDays), edge.ignored ? 'cut' : null].filter(Boolean).join(' · ');
  const className = `keel-edge keel-edge--${variant}${edge.ignored ? ' keel-edge--ignored' : ''}`;
  return (
    <g className={className} data-link-id={edge.linkId} data-from={edge.from} data-to={edge.to} data-critical={edge.critical} data-cycle={edge.inCycle} data-ignored={edge.ignored}>
      <title>{`${edge.from} → ${edge.to}: ${edge.linkType} (${edge.kind}${edge.lagDays ? `, lag ${edge.lagDays}d` : ''})${edge.ignored ? ', left out of the schedule to break a cycle' : ''}`}</title>
      <path className="keel-edge__line" d={d} markerEnd={`url(#${markerPrefix}-${variant})`} />
      {label && (
        <text className="keel-edge__label" x={labelX} y={labelY} textAnchor="middle">
          {label}
        </text>
      )}
    </g>
  );
});
