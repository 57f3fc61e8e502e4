import type { Settings } from '@contract';

/**
 * What the draft's resources mean, before saving: each person's hours a full week and their days away, each pool's
 * hours, where unassigned work goes and how levelling orders work. The levelled finish on a project is in the live
 * preview below the form.
 */
export function ResourcesPreview({ settings }: { settings: Settings }) {
  const { people, pools, level } = settings.resources;
  const { hoursPerDay, workingDays } = settings.calendar;
  const week = (share: number) => Math.round(hoursPerDay * workingDays.length * share * 10) / 10;
  const pooled =
    pools.source === 'none' || level.ignorePools
      ? 'Unassigned work is not levelled (a finding lists it).'
      : `Unassigned work is levelled as one person of its ${pools.source === 'team' ? 'Team' : pools.source}'s pool${pools.source === 'team' ? '' : ' (the first listed)'}; otherwise it is not levelled.`;
  return (
    <div className="keel-resources-preview" aria-label="What these resources mean" data-testid="resources-preview">
      <ul>
        {people.map((p) => (
          <li key={p.accountId}>
            {`${p.displayName || p.accountId}: ${Number.isNaN(p.availabilityPercent) ? '?' : week(p.availabilityPercent / 100)} h a full week`}
            {p.availabilityPercent === 0 && ' (none: their work is not levelled, and a finding names it)'}
            {p.timeOff.length > 0 && `; away ${p.timeOff.map((o) => (o.from === o.to ? o.from : `${o.from} to ${o.to}`)).join(', ')}`}
          </li>
        ))}
        <li>{`Everyone else assigned: ${week(1)} h a full week (${hoursPerDay} h × ${workingDays.length} days).`}</li>
        {!level.ignorePools &&
          pools.list.map((p) => (
            <li key={p.name}>{`Pool ${p.name || '(no name)'}: ${Number.isNaN(p.size) ? '?' : p.size} ${p.size === 1 ? 'person' : 'people'}, ${Number.isNaN(p.size) ? '?' : week(p.size)} h a week${p.size === 0 ? ' (none: its work is not levelled)' : ''}`}</li>
          ))}
        <li>{pooled}</li>
        <li>
          {level.priorityOrder === 'jira-priority'
            ? `Who goes first for a person: Jira priority (${level.priorities.join(', ')}), then ${level.rankField === null ? 'slack (no Rank field chosen)' : 'rank, then slack'}.`
            : 'Who goes first for a person: least slack, then earliest start (Microsoft Project’s standard order).'}
          {level.withinSlack ? ' Within slack only: the finish does not move.' : ''}
        </li>
      </ul>
    </div>
  );
}
