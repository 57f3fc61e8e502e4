/** Empty `raci` and `decisions` sections of `keel analyze`, for tests that build an `Analysis` by hand. */
import type { DecisionsSection, RaciSection } from '../../src/cli/report-sections';

export const emptyRaciSection: RaciSection = {
  rows: [],
  people: [],
  findings: [],
  deliverablesJql: '(project = "PAY") AND (issuetype = Epic)',
  roleFields: [],
  accountableLimit: 5,
  truncatedAt: null,
};

export const emptyDecisionsSection: DecisionsSection = {
  decisions: [],
  findings: [],
  decisionIssueType: 'Decision',
  decisionsJql: '(project = "PAY") AND (issuetype = "Decision")',
  fields: [],
  truncatedAt: null,
};
