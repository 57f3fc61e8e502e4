/** A warning that the issue is in a dependency cycle, and what that does to its dates. */
export function CycleWarning({ issueKey }: { issueKey: string }) {
  return (
    <section className="keel-ip-warning" aria-labelledby="keel-ip-cycle-title" data-testid="cycle-warning">
      <h2 id="keel-ip-cycle-title" className="keel-ip-title">
        <span className="keel-severity keel-severity--warning">Warning</span> {issueKey} is in a dependency cycle
      </h2>
      <p className="keel-ip-text">
        Its links lead back to it, so no order of the work satisfies them all. Keel leaves out one link of the cycle
        to schedule it: the dates below assume that link does not hold. Remove or reverse one of the links to fix it.
      </p>
    </section>
  );
}
