/** Says how many of this issue's links point at issues the viewer may not see, and what that does to the dates. */
export function HiddenLinksNote({ count, datesAllowForThem = false }: { count: number; datesAllowForThem?: boolean }) {
  return (
    <section className="keel-ip-warning" aria-labelledby="keel-ip-hidden-title" data-testid="hidden-links-note">
      <h2 id="keel-ip-hidden-title" className="keel-ip-title">
        <span className="keel-severity keel-severity--warning">Warning</span> {count === 1 ? '1 link' : `${count} links`} to issues you cannot see
      </h2>
      <p className="keel-ip-text">
        This issue is linked to work in projects you may not browse. Keel leaves those links out of your view,{' '}
        {datesAllowForThem ? 'but its dates and slack still allow for that work.' : 'so its dates and slack may look better than they are.'} Ask a
        Jira admin for access if they matter to you.
      </p>
    </section>
  );
}
