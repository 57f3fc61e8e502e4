import { memo } from 'react';
import { FLAG_LANE, FLAG_TEXT_X, type PlacedFlag } from './gantt-flags';

/** The flags' lanes as SVG, above the timescale: each a pennant on its pole and its label, coloured by its state. */
export const GanttFlagLanes = memo(function GanttFlagLanes({ flags, lanes, describe }: { flags: readonly PlacedFlag[]; lanes: number; describe: (flag: PlacedFlag) => string }) {
  const bottom = lanes * FLAG_LANE;
  return (
    <g className="keel-gantt-flags" data-testid="gantt-flag-lanes">
      {flags.map((flag) => {
        const top = flag.lane * FLAG_LANE + 2;
        const toward = flag.side === 'right' ? 1 : -1;
        const left = flag.side === 'right' ? flag.x : flag.x - flag.width;
        return (
          <g key={flag.target.id} className={`keel-gantt-flag keel-gantt-flag--${flag.state}`} data-flag={flag.target.id} data-x={flag.x} data-lane={flag.lane}>
            <title>{describe(flag)}</title>
            <line className="keel-gantt-flag__pole" x1={flag.x} x2={flag.x} y1={top} y2={bottom} />
            {flag.width > 0 && <rect className="keel-gantt-flag__cloth" x={left} y={top} width={flag.width} height={FLAG_LANE - 4} rx={2} />}
            <path className="keel-gantt-flag__pennant" d={`M${flag.x},${top + 1} L${flag.x + toward * 8},${top + 5} L${flag.x},${top + 9} Z`} />
            {flag.width > 0 && (
              <text className="keel-gantt-flag__label" x={flag.side === 'right' ? left + FLAG_TEXT_X : left + 4} y={top + FLAG_LANE - 8}>
                {flag.label}
              </text>
            )}
          </g>
        );
      })}
    </g>
  );
});

/** Each flag's pole carried down through the rows from `top` for `height` pixels, as the status date's line is. */
export const GanttFlagPoles = memo(function GanttFlagPoles({ flags, top, height }: { flags: readonly PlacedFlag[]; top: number; height: number }) {
  return (
    <g className="keel-gantt-flags">
      {flags.map((flag) => (
        <line key={flag.target.id} className={`keel-gantt-flag__pole keel-gantt-flag__pole--row keel-gantt-flag--${flag.state}`} data-pole={flag.target.id} x1={flag.x} x2={flag.x} y1={top} y2={top + height} />
      ))}
    </g>
  );
});
