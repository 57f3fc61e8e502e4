import { memo } from 'react';
import type { Tick } from '../layout/time-scale';
import { fmt } from '../format/current-format';

interface TimeAxisProps {
  ticks: Tick[];
  /** x of working-day offset 0, and pixels per working day. */
  originX: number;
  dayWidth: number;
  height: number;
  /** Offset of the as-of date, when it falls on the drawing. */
  today: number | null;
  asOf: string;
}


/** The date axis of time mode: month lines and labels, week ticks, and a "today" marker at the as-of date. */
export const TimeAxis = memo(function TimeAxis({ ticks, originX, dayWidth, height, today, asOf }: TimeAxisProps) {
  const x = (offset: number) => originX + offset * dayWidth;
  return (
    <g className="keel-axis" data-testid="time-axis">
      {ticks.map((tick) =>
        tick.kind === 'month' ? (
          <g key={tick.date} className="keel-axis__month">
            <line x1={x(tick.offset)} x2={x(tick.offset)} y1={4} y2={height} />
            <text x={x(tick.offset) + 4} y={14}>
              {fmt().monthYear(Date.parse(`${tick.date}T00:00:00Z`))}
            </text>
          </g>
        ) : (
          <g key={tick.date} className="keel-axis__week">
            <line x1={x(tick.offset)} x2={x(tick.offset)} y1={20} y2={height} />
            <text x={x(tick.offset) + 2} y={30}>
              {fmt().dayOfMonth(Date.parse(`${tick.date}T00:00:00Z`))}
            </text>
          </g>
        ),
      )}
      {today !== null && (
        <g className="keel-axis__today" data-testid="today-marker">
          <line x1={x(today)} x2={x(today)} y1={0} y2={height} />
          <text x={x(today) + 4} y={height - 6}>{`today (${asOf})`}</text>
        </g>
      )}
    </g>
  );
});
