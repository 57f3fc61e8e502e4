import type { RiskRegisterResult } from '@contract';
import { HiddenMarker } from '../hidden-work/hidden-marker';

/** The project, the risk type read, and the register's headline counts. */
export function RisksHeader({ register }: { register: RiskRegisterResult }) {
  const open = register.risks.filter((r) => r.statusCategory !== 'done').length;
  return (
    <header className="keel-overview__header">
      <h1 className="keel-heading">
        {`Risks of ${register.project.name} `}
        <span className="keel-muted">({register.project.key})</span>
      </h1>
      <dl className="keel-facts">
        <div>
          <dt>
            Risks
            <HiddenMarker what="the risk count" changedBy="issues" />
          </dt>
          <dd data-testid="risk-count">{register.risks.length}</dd>
        </div>
        <div>
          <dt>
            Open
            <HiddenMarker what="the open risk count" changedBy="issues" />
          </dt>
          <dd data-testid="open-risk-count">{open}</dd>
        </div>
        <div>
          <dt>
            Schedule risks from the plan
            <HiddenMarker what="the schedule risks" />
          </dt>
          <dd data-testid="derived-count">{register.derived.length}</dd>
        </div>
        <div>
          <dt>Risk issue type</dt>
          <dd>{register.riskIssueType}</dd>
        </div>
        <div>
          <dt>Scale</dt>
          <dd>{register.scale === 'oneToFive' ? 'Probability x impact, 1-5 each' : 'Percent x money (exposure)'}</dd>
        </div>
        <div>
          <dt>As of</dt>
          <dd>
            <time dateTime={register.asOf}>{register.asOf}</time>
          </dd>
        </div>
      </dl>
    </header>
  );
}
