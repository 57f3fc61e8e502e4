/** A polite live region, so a screen reader hears that something is loading and when it is done. */
export function LoadingState({ label }: { label: string }) {
  return (
    <div className="keel-state keel-state--loading" role="status" aria-live="polite" aria-busy="true">
      <span className="keel-spinner" aria-hidden="true" />
      <span>{label}</span>
    </div>
  );
}
