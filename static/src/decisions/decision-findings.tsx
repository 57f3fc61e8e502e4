import type { DecisionFinding } from '@contract';
import { IssueFindings } from '../components/issue-findings';

/** The log's findings, shown as data with what to do and the decisions concerned. */
export function DecisionFindings({ findings }: { findings: DecisionFinding[] }) {
  return <IssueFindings headingId="keel-decision-findings-title" findings={findings} keysLabel="Decisions" testId="decision-findings" />;
}
