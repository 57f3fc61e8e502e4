import type { ReactNode } from 'react';
import type { ScheduleNode } from '@contract';
import { formatDay, underWaySentence, workingDays } from './schedule-format';
import { SlackLozenge } from './slack-lozenge';

interface ScheduleStatusProps {
  node: ScheduleNode;
  project: { key: string; name: string };
  projectFinish: string;
}

function DateRange({ start, finish }: { start: string; finish: string }) {
  return (
    <>
      <time dateTime={start}>{formatDay(start)}</time> – <time dateTime={finish}>{formatDay(finish)}</time>
    </>
  );
}

function Fact({ label, testId, children }: { label: string; testId?: string; children: ReactNode }) {
  return (
    <div>
      <dt>{label}</dt>
      <dd data-testid={testId}>{children}</dd>
    </div>
  );
}

/** Notes that change how the dates read: done work, external work, no duration, late. */
function scheduleNotes(node: ScheduleNode, projectKey: string): string[] {
  const notes: string[] = [];
  if (node.fixed) notes.push(node.statusCategory === 'done' ? 'Done — kept at its actual dates.' : 'Kept at its actual dates.');
  if (node.external) notes.push(`Outside ${projectKey}'s scope: Keel schedules it because work in ${projectKey} links to it.`);
  if (node.missingDuration) notes.push('No duration: scheduled as taking no time. Add an estimate to place it properly.');
  if (node.late && node.dueDate) notes.push(`Late: due ${formatDay(node.dueDate)}, but it cannot finish before ${formatDay(node.earlyFinish)}.`);
  if (node.blocked) notes.push(`Blocked: its status is "${node.status}" or it is flagged.`);
  return notes;
}

/** This issue on its project's schedule: the verdict on its slack, its dates, duration and slack (done work: its actual dates). */
export function ScheduleStatus({ node, project, projectFinish }: ScheduleStatusProps) {
  const notes = scheduleNotes(node, project.key);
  const underWay = underWaySentence(node);
  return (
    <section className="keel-ip-section" aria-labelledby="keel-ip-status-title" data-testid="schedule-status">
      <h2 id="keel-ip-status-title" className="keel-ip-title">
        On the {project.name} schedule <SlackLozenge node={node} />
      </h2>
      {underWay !== null && (
        <p className="keel-ip-text" data-testid="under-way">
          {underWay}
        </p>
      )}
      <dl className="keel-ip-facts">
        <Fact label={node.fixed ? 'Start – finish (actual)' : node.underWay?.actualStart ? 'Started – finishes (forecast)' : 'Early start – finish'} testId="early-dates">
          <DateRange start={node.earlyStart} finish={node.earlyFinish} />
        </Fact>
        {!node.fixed && (
          <Fact label="Late start – finish" testId="late-dates">
            <DateRange start={node.lateStart} finish={node.lateFinish} />
          </Fact>
        )}
        {node.underWay ? (
          <Fact label="Work left" testId="work-left">{workingDays(node.underWay.daysLeft)}</Fact>
        ) : (
          <Fact label="Duration">{workingDays(node.durationDays)}</Fact>
        )}
        {!node.fixed && <Fact label="Total slack" testId="total-slack">{workingDays(node.totalSlackDays)}</Fact>}
        {!node.fixed && <Fact label="Free slack" testId="free-slack">{workingDays(node.freeSlackDays)}</Fact>}
        <Fact label="Project finish">
          <time dateTime={projectFinish}>{formatDay(projectFinish)}</time>
        </Fact>
      </dl>
      {notes.length > 0 && (
        <ul className="keel-ip-notes" data-testid="schedule-notes">
          {notes.map((note) => (
            <li key={note}>{note}</li>
          ))}
        </ul>
      )}
    </section>
  );
}
