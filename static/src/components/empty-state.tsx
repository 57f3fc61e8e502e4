import { useId } from 'react';

/** Shown instead of empty tables, so an empty page is never mistaken for a broken one. */
export function EmptyState({ title, message }: { title: string; message: string }) {
  const titleId = useId();
  return (
    <section className="keel-state keel-state--empty" aria-labelledby={titleId}>
      <h2 id={titleId} className="keel-state__title">
        {title}
      </h2>
      <p className="keel-state__message">{message}</p>
    </section>
  );
}
