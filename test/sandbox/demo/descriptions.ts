/**
 * Issue descriptions in ADF, written the way people write them: a line of context and acceptance criteria
 * for work, the RACI note on epics, cause and response for risks, and the usual decision record sections
 * (context, options considered, outcome, consequences) for decisions.
 */
import { adfDoc, bulletList, heading, mention, paragraph, type AdfNode } from './adf';
import type { Draft } from './draft';
import { demoUser } from './users';

function work(draft: Draft, parent: Draft | undefined): AdfNode {
  const blocks: AdfNode[] = [paragraph(parent ? `Part of "${parent.summary}".` : 'Raised outside the planned epics.')];
  if (draft.type === 'Bug') {
    blocks.push(heading(3, 'Steps to reproduce'), bulletList(['Open the page on staging', 'Follow the flow in the summary', 'Compare with the expected behaviour']));
  } else if (draft.type !== 'Sub-task') {
    blocks.push(heading(3, 'Acceptance criteria'), bulletList([`${draft.summary} is done on staging`, 'Reviewed by a second person', 'Runbook or docs updated where needed']));
  }
  return adfDoc(blocks);
}

function epic(draft: Draft): AdfNode {
  const plan = draft.epic;
  if (!plan) return adfDoc([paragraph(draft.summary)]);
  const accountable = demoUser(plan.accountable);
  return adfDoc([
    paragraph(`Deliverable: ${draft.summary}. Accountable: `, mention(accountable.accountId, accountable.displayName), '.'),
    paragraph('Stories and tasks for this deliverable are children of this epic; dependencies are issue links.'),
  ]);
}

function risk(draft: Draft): AdfNode {
  const plan = draft.risk;
  if (!plan) return adfDoc([paragraph(draft.summary)]);
  return adfDoc([
    heading(3, 'Risk'),
    paragraph(plan.description),
    heading(3, 'Response'),
    paragraph(plan.mitigatedBy.length > 0 ? 'Treated by the linked issues ("mitigates").' : 'No treatment agreed yet.'),
  ]);
}

function decision(draft: Draft): AdfNode {
  const plan = draft.decision;
  if (!plan) return adfDoc([paragraph(draft.summary)]);
  return adfDoc([
    heading(3, 'Context'),
    paragraph(plan.context),
    heading(3, 'Options considered'),
    bulletList(plan.options),
    heading(3, 'Outcome'),
    paragraph(plan.outcome),
    heading(3, 'Consequences'),
    paragraph(plan.consequences),
  ]);
}

export function description(draft: Draft, parent: Draft | undefined): AdfNode {
  switch (draft.type) {
    case 'Epic':
      return epic(draft);
    case 'Risk':
      return risk(draft);
    case 'Decision':
      return decision(draft);
    default:
      return work(draft, parent);
  }
}
