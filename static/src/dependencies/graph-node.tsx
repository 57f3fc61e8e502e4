import { memo, type KeyboardEvent } from 'react';
import type { ScheduleNode } from '@contract';
import type { Box } from '../layout/layout-graph';
import { useHiddenWork } from '../hidden-work/hidden-work-context';
import { useCriticalityContext } from '../forecast/criticality-figures';
import { percent } from '../forecast/forecast-format';
import { durationLabel, nodeDescription, slackLabel, truncated } from './node-label';

interface GraphNodeProps {
  node: ScheduleNode;
  box: Box;
  /** Pixels per working day in time mode (the duration bar and slack whisker), or null in order mode. */
  dayWidth: number | null;
  onOpen: (key: string) => void;
  onFocus: (key: string) => void;
}

function classes(node: ScheduleNode): string {
  const list = ['keel-node'];
  if (node.critical) list.push('keel-node--critical');
  else if (node.nearCritical) list.push('keel-node--near');
  if (node.external) list.push('keel-node--external');
  if (node.statusCategory === 'done') list.push('keel-node--done');
  return list.join(' ');
}

/** One issue on the map: key, summary, slack and badges; Enter or a click opens it, F focuses the map on it. */
export const GraphNode = memo(function GraphNode({ node, box, dayWidth, onOpen, onFocus }: GraphNodeProps) {
  const onKeyDown = (event: KeyboardEvent<SVGGElement>) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      onOpen(node.key);
    } else if (event.key === 'f' || event.key === 'F') {
      event.preventDefault();
      onFocus(node.key);
    }
  };
  // Linked to work the viewer cannot see: its dates and slack may move with it (hidden-work-banner.tsx).
  const hiddenLinked = useHiddenWork()?.affectedKeys.includes(node.key) === true;
  const badges = [node.late && 'late', node.blocked && 'blocked', node.missingDuration && 'no estimate', hiddenLinked && '◐ hidden link'].filter((b): b is string => typeof b === 'string');
  // The forecast's criticality index, where the tab gave it (dependencies-view.tsx): "CI 83%".
  const figures = useCriticalityContext();
  const index = figures?.state === 'ready' ? figures.byKey.get(node.key) : undefined;
  const description =
    (hiddenLinked ? `${nodeDescription(node)}\nLinked to work you cannot see: its dates and slack may move with it.` : nodeDescription(node)) +
    (index ? `\nCritical in ${percent(index.criticality)} of the forecast's simulated plans` : '');
  const barWidth = dayWidth === null ? 0 : Math.max(2, (node.offsets.earlyFinish - node.offsets.earlyStart) * dayWidth);
  const slackWidth = dayWidth === null ? 0 : Math.max(0, (node.offsets.lateFinish - node.offsets.earlyFinish) * dayWidth);
  const head = node.external ? `${node.key} · ${node.projectKey}` : node.key;
  return (
    <g
      className={classes(node)}
      transform={`translate(${box.x},${box.y})`}
      data-key={node.key}
      data-critical={node.critical}
      data-hidden-link={hiddenLinked || undefined}
      tabIndex={0}
      role="link"
      aria-label={description.replaceAll('\n', '. ')}
      onClick={() => onOpen(node.key)}
      onKeyDown={onKeyDown}
    >
      <title>{description}</title>
      <rect className="keel-node__box" width={box.width} height={box.height} rx={3} />
      <text className="keel-node__key" x={8} y={16}>
        {truncated(head, 20)}
      </text>
      <text className="keel-node__slack" x={box.width - 8} y={16} textAnchor="end">
        {slackLabel(node)}
      </text>
      <text className="keel-node__summary" x={8} y={32}>
        {truncated(node.summary, 26)}
      </text>
      <text className="keel-node__bigkey" x={8} y={box.height / 2} dominantBaseline="central">
        {node.key}
      </text>
      <text className="keel-node__meta" x={8} y={46}>
        {durationLabel(node)}
        {badges.map((badge) => (
          <tspan key={badge} className="keel-node__badge" dx={6}>
            {badge}
          </tspan>
        ))}
        {index && (
          <tspan className="keel-node__badge keel-node__criticality" dx={6} data-criticality={index.criticality}>
            {`CI ${percent(index.criticality)}`}
          </tspan>
        )}
      </text>
      {dayWidth !== null && (
        <g className="keel-node__timing" aria-hidden="true">
          <rect className="keel-node__bar" x={0} y={box.height + 2} width={barWidth} height={4} rx={1} />
          {slackWidth > 0 && <line className="keel-node__float" x1={barWidth} x2={barWidth + slackWidth} y1={box.height + 4} y2={box.height + 4} />}
        </g>
      )}
    </g>
  );
});
