import type { ScheduleNode } from '@contract';
import { IssueKeyLink } from '../overview/issue-key-link';
import { formatDay, kindWithLag, workingDays } from './schedule-format';

interface DrivingChainProps {
  node: ScheduleNode;
  /** Start first, ending with this issue. */
  chain: ScheduleNode[];
}

/** Why the chain has no steps to show: the issue starts when the project does, or at its actual dates. */
function noDriver(node: ScheduleNode): string {
  if (node.fixed) return 'It is done: Keel keeps it at its actual dates, so no predecessor drives it.';
  if (node.underWay) {
    const started = node.underWay.actualStart === null ? 'It is under way' : `It started on ${formatDay(node.underWay.actualStart)}`;
    return `No predecessor holds it up. ${started}, with ${workingDays(node.underWay.daysLeft)} of work left: it can finish on ${formatDay(node.earlyFinish)}, as early as the work left allows.`;
  }
  return `No predecessor drives it: it can start on ${formatDay(node.earlyStart)}, as early as the schedule allows.`;
}

/**
 * The driving chain, start first: each step's predecessor sets its early start through the link named beside
 * it ("why is this critical?" for critical work, "what drives its start?" otherwise).
 */
export function DrivingChain({ node, chain }: DrivingChainProps) {
  const title = node.critical ? 'Why is this critical?' : 'What drives its start?';
  const steps = chain.length > 0 ? chain : [node];
  return (
    <section className="keel-ip-section" aria-labelledby="keel-ip-chain-title">
      <h2 id="keel-ip-chain-title" className="keel-ip-title">
        {title}
      </h2>
      {steps.length < 2 ? (
        <p className="keel-muted keel-ip-text">{noDriver(node)}</p>
      ) : (
        <>
          <p className="keel-muted keel-ip-text">
            {node.critical
              ? 'Each step drives the next with no slack: a day lost anywhere on this chain delays the project finish.'
              : 'Each step sets the earliest start of the next.'}
          </p>
          <ol className="keel-ip-chain" data-testid="driving-chain">
            {steps.map((step, index) => (
              <li key={step.key} className="keel-ip-chain__step" data-key={step.key}>
                <IssueKeyLink issueKey={step.key} /> <span className="keel-ip-summary">{step.summary}</span>
                <span className="keel-ip-meta">
                  {index === 0
                    ? `${step.underWay?.actualStart ? 'started' : 'starts'} ${formatDay(step.earlyStart)}`
                    : step.drivingPredecessor
                      ? kindWithLag(step.drivingPredecessor.kind, step.drivingPredecessor.lagDays)
                      : 'driven by the step above'}
                  {index === steps.length - 1 ? ' · this issue' : ''}
                </span>
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
