/** The issue is outside every scope Keel schedules: the back end's reason, and where that is set. */
export function NotScheduled({ issueKey, message }: { issueKey: string; message: string | null }) {
  return (
    <section className="keel-state keel-state--empty keel-ip-unscheduled" aria-labelledby="keel-ip-none-title" data-testid="not-scheduled">
      <h2 id="keel-ip-none-title" className="keel-state__title">
        {issueKey} is not on a Keel schedule
      </h2>
      <p className="keel-state__message">{message ?? `Keel does not schedule ${issueKey}.`}</p>
      <p className="keel-state__advice">A Jira admin sets which issues each project schedules in Keel's settings (the scope JQL).</p>
    </section>
  );
}
