/** The decision log as shown, newest first, with the record the table folds away (context, options, consequences). */
import type { DecisionRecord } from '@contract';
import { csvDocument } from './csv-document';

const HEADER = ['Key', 'Decision', 'Status', 'Owner', 'Date', 'Outcome', 'Context', 'Options considered', 'Consequences', 'Superseded by', 'Supersedes', 'Relates to', 'Problems'];

export function decisionCsv(decisions: readonly DecisionRecord[]): string {
  return csvDocument([
    HEADER,
    ...decisions.map((d) => [
      d.key,
      d.title,
      d.statusName,
      d.owner ? `${d.owner.displayName}${d.owner.active ? '' : ' (deactivated)'}` : null,
      d.date,
      d.outcome,
      d.context,
      d.options.join('; '),
      d.consequences,
      d.supersededBy.join(' '),
      d.supersedes.join(' '),
      d.linkedKeys.join(' '),
      d.problems.join(' '),
    ]),
  ]);
}
