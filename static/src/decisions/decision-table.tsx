import type { DecisionRecord } from '@contract';
import { DecisionRow } from './decision-row';

/** The decision log, newest first, as the back end ordered it. */
export function DecisionTable({ decisions }: { decisions: DecisionRecord[] }) {
  return (
    <table className="keel-table keel-decision-table" data-testid="decision-table">
      <thead>
        <tr>
          <th scope="col">Key</th>
          <th scope="col">Decision</th>
          <th scope="col">Status</th>
          <th scope="col">Owner</th>
          <th scope="col">Date</th>
          <th scope="col">Outcome</th>
          <th scope="col">Links</th>
        </tr>
      </thead>
      <tbody>
        {decisions.map((decision) => (
          <DecisionRow key={decision.key} decision={decision} />
        ))}
      </tbody>
    </table>
  );
}
