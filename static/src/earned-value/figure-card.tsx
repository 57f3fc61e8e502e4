import type { ReactNode } from 'react';
import { HiddenMarker } from '../hidden-work/hidden-marker';

export type FigureTone = 'good' | 'bad' | 'neutral';

interface FigureCardProps {
  id: string;
  label: string;
  /** The raw figure, kept on the element for tests and tools; null when not defined. */
  value: number | string | null;
  display: string;
  meaning: string;
  /** Why the figure is not defined; shown instead of a meaning when `value` is null. */
  reason: string;
  tone?: FigureTone;
  /** Two grid columns, for a card that carries controls. */
  wide?: boolean;
  children?: ReactNode;
}

/** One headline figure: its value (or a dash and why there is none) and what it means in plain words. */
export function FigureCard({ id, label, value, display, meaning, reason, tone = 'neutral', wide = false, children }: FigureCardProps) {
  const defined = value !== null;
  return (
    <div className={`keel-ev-figure keel-ev-figure--${defined ? tone : 'undefined'}${wide ? ' keel-ev-figure--wide' : ''}`} data-testid={`figure-${id}`} data-value={defined ? String(value) : ''} data-defined={defined}>
      <dt className="keel-ev-figure__label">
        {label}
        <HiddenMarker what={label} changedBy="issues" />
      </dt>
      <dd className="keel-ev-figure__body">
        {defined ? (
          <>
            <span className="keel-ev-figure__value" data-testid="figure-value">
              {display}
            </span>
            <span className="keel-ev-figure__meaning">{meaning}</span>
          </>
        ) : (
          <>
            {/* The reason below says "Not defined" in words; the dash is for the eye. */}
            <span className="keel-ev-figure__value" data-testid="figure-value" aria-hidden="true">
              —
            </span>
            <span className="keel-ev-figure__meaning" data-testid="figure-reason">{`Not defined: ${reason}.`}</span>
          </>
        )}
        {children}
      </dd>
    </div>
  );
}
