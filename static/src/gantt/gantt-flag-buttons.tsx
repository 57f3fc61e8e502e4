import { memo } from 'react';
import { FLAG_LANE, type PlacedFlag } from './gantt-flags';

/**
 * The flags for the keyboard and screen readers: one button over each drawn flag (the SVG under it is hidden from
 * assistive technology), named with the whole story (gantt-targets.ts, flagDescription). Tab reaches each;
 * Enter or a click shows its target: the chart scrolls to the pole, and a milestone's row becomes the active row.
 */
export const GanttFlagButtons = memo(function GanttFlagButtons({ flags, describe, onShow }: { flags: readonly PlacedFlag[]; describe: (flag: PlacedFlag) => string; onShow: (flag: PlacedFlag) => void }) {
  return (
    <div className="keel-gantt__flag-buttons" role="group" aria-label="Targets" data-testid="gantt-flags">
      {flags.map((flag) => {
        const width = Math.max(14, flag.width);
        const left = flag.side === 'right' || flag.width === 0 ? flag.x - 2 : flag.x - flag.width;
        const description = describe(flag);
        return (
          <button
            key={flag.target.id}
            type="button"
            className="keel-gantt__flag-button"
            data-flag-button={flag.target.id}
            aria-label={description}
            title={description}
            style={{ left, top: flag.lane * FLAG_LANE + 1, width, height: FLAG_LANE - 2 }}
            onClick={() => onShow(flag)}
          />
        );
      })}
    </div>
  );
});
