import { useId } from 'react';

interface ErrorStateProps {
  title: string;
  message: string;
  advice: string;
  onRetry?: () => void;
}

/** What failed, in the back end's own words, and what the person can do about it. */
export function ErrorState({ title, message, advice, onRetry }: ErrorStateProps) {
  const titleId = useId();
  return (
    <section className="keel-state keel-state--error" role="alert" aria-labelledby={titleId}>
      <h2 id={titleId} className="keel-state__title">
        {title}
      </h2>
      <p className="keel-state__message">{message}</p>
      <p className="keel-state__advice">{advice}</p>
      {onRetry && (
        <button type="button" className="keel-button" onClick={onRetry}>
          Try again
        </button>
      )}
    </section>
  );
}
