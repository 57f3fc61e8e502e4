/**
 * PAY, "Payment gateway integration": finance, backend and frontend work (about 150 issues), blocked by
 * PLAT issues, with the deliberate mess: a three-issue Blocks cycle, a doubled Blocks link, a link to a
 * SEC issue nobody may see, and an issue moved here from PLAT.
 */
import { blocks, item, type PlanItem, type ProjectPlan } from './plan-types';

const fin = (extra: Partial<PlanItem> = {}): Partial<PlanItem> => ({ type: 'Task', component: 'Finance', labels: ['finance'], ...extra });
const be = { component: 'Backend' } as const;
const fe = { component: 'Frontend' } as const;
const task = { type: 'Task' } as const;

export const PAY_PLAN: ProjectPlan = {
  key: 'PAY',
  reporter: 'marcus',
  issueCount: [144, 156],
  labels: ['pci', 'checkout', 'payments', 'tech-debt'],
  // Payments runs behind: half the work due by now is still open (the other projects: 15%).
  lateShare: 0.5,
  epics: [
    {
      ref: 'pay-vendor', summary: 'Gateway provider selection and contract', accountable: 'tomas', consulted: ['marcus', 'priya'], informed: ['lena'],
      items: [
        item('pay-fees', 'Compare provider fees: Adyen, Stripe, Checkout.com', 'tomas', 0, 5, 3, fin()),
        item('pay-contract', 'Negotiate contract and pricing terms', 'tomas', 5, 8, 5, fin({ cost: 3500 })),
        item('pay-dpa', 'Legal review of the data processing agreement', 'tomas', 8, 6, 2, fin({ cost: 4200 })),
        item('pay-merchant', 'Set up the merchant account', 'tomas', 14, 4, 2, fin({ cost: 1500 })),
        item('pay-saq', 'Complete PCI DSS SAQ A-EP', 'tomas', 30, 10, 5, fin({ cost: 9800, labels: ['pci'] })),
      ],
    },
    {
      ref: 'pay-api', summary: 'Payments API', accountable: 'marcus', consulted: ['sam', 'noor'], informed: ['priya', 'lena'],
      items: [
        item('pay-api-design', 'Design the payments API schema', 'marcus', 2, 5, 5, be),
        item('pay-intent', 'Implement the payment intent endpoint', 'noor', 8, 8, 8, be),
        item('pay-moved', 'Publish payment events to the event bus', 'noor', 18, 5, 5, { ...be, movedFrom: { project: 'PLAT', day: 9 } }),
        item('pay-webhooks', 'Implement the gateway webhook receiver', 'noor', 16, 6, 5, be),
        item('pay-idem', 'Idempotency keys for charge requests', 'marcus', 14, 4, 3, be),
        item('pay-refund', 'Refund endpoint', 'noor', 24, 6, 5, be),
        item('pay-recon-job', 'Nightly reconciliation job', 'marcus', 24, 7, 8, be),
        item('pay-fx', 'Currency conversion service', 'noor', 32, 6, 5, be),
        item('pay-3ds-api', '3-D Secure challenge flow (back end)', 'marcus', 22, 8, 8, be),
        item('pay-sdk', 'Upgrade the gateway SDK to v12', 'noor', 38, 3, 2, { ...be, ...task, labels: ['tech-debt'] }),
        item('pay-ratelimit', 'Rate-limit the payments API', 'marcus', 44, 4, 3, be),
      ],
    },
    {
      ref: 'pay-checkout', summary: 'Checkout UI', accountable: 'lena', consulted: ['marcus', 'aiko'], informed: ['priya'],
      items: [
        item('pay-ux', 'Checkout page redesign', 'lena', 10, 10, 8, fe),
        item('pay-a11y', 'Accessibility audit of checkout', 'aiko', 12, 8, 3, fe),
        item('pay-card-form', 'Card form with hosted fields', 'aiko', 18, 8, 8, { ...fe, labels: ['pci'] }),
        item('pay-errors', 'Payment error states and retry UX', 'lena', 28, 5, 5, fe),
        item('pay-3ds-modal', '3-D Secure challenge modal', 'aiko', 32, 6, 5, fe),
        item('pay-receipt', 'Payment receipt emails', 'lena', 40, 5, 3, fe),
        item('pay-saved-cards', 'Saved cards management', 'lena', 44, 8, 8, fe),
        item('pay-wallets', 'Apple Pay and Google Pay buttons', 'aiko', 50, 8, 8, fe),
      ],
    },
    {
      ref: 'pay-finance', summary: 'Finance reconciliation', accountable: 'tomas', consulted: ['marcus'], informed: ['priya'],
      items: [
        item('pay-settlement', 'Import daily settlement reports', 'tomas', 26, 6, 5, fin({ type: 'Story' })),
        item('pay-ledger', 'Map gateway fees to ledger accounts', 'tomas', 30, 5, 3, fin()),
        item('pay-chargeback', 'Chargeback handling process', 'tomas', 34, 6, 3, fin()),
        item('pay-close', 'Month-end close checklist for card payments', 'tomas', 36, 8, 2, fin()),
        item('pay-vat', 'VAT treatment for cross-border payments', 'tomas', 44, 6, 3, fin({ cost: 2400 })),
      ],
    },
    {
      ref: 'pay-fraud', summary: 'Fraud and risk controls', accountable: 'marcus', consulted: ['tomas'], informed: ['priya'],
      items: [
        item('pay-velocity', 'Velocity rules for card attempts', 'noor', 40, 5, 5, be),
        item('pay-scoring', "Integrate the gateway's fraud scoring", 'marcus', 46, 8, 8, be),
        item('pay-review-queue', 'Manual review queue for flagged payments', 'lena', 54, 8, 5, fe),
        item('pay-fraud-report', 'Weekly fraud report for finance', 'tomas', 60, 3, 2, fin()),
      ],
    },
    {
      ref: 'pay-rollout', summary: 'Rollout', accountable: 'priya', consulted: ['marcus', 'lena', 'tomas'], informed: ['sam', 'aiko'],
      items: [
        item('pay-flags', 'Feature-flag rollout plan', 'priya', 50, 3, 2, task),
        item('pay-loadtest', 'Load test at three times peak traffic', 'marcus', 58, 5, 5, { ...be, ...task }),
        item('pay-canary', 'Canary release to 5% of traffic', 'marcus', 66, 5, 3, task),
        item('pay-full', 'Full rollout to all markets', 'priya', 72, 5, 3, task),
        item('pay-legacy-off', 'Decommission the legacy gateway', 'noor', 78, 5, 5, { ...be, ...task }),
        item('pay-hypercare', 'Two weeks of hypercare', 'priya', 77, 8, 2, task),
      ],
    },
  ],
  loose: [
    item('pay-bug-sig', 'Webhook signature check fails on retried events', 'noor', 30, 2, 2, { ...be, type: 'Bug' }),
    item('pay-bug-ios', 'Card form loses focus on iOS Safari', 'aiko', 34, 2, 2, { ...fe, type: 'Bug' }),
    item('pay-bug-jpy', 'Refund amounts rounded wrongly for JPY', 'noor', 36, 2, 1, { ...be, type: 'Bug' }),
    item('pay-bug-double', 'Duplicate webhook events create double ledger entries', 'marcus', 38, 3, 3, { ...be, type: 'Bug' }),
    item('pay-bug-retry', 'Webhook retries post the same ledger entry twice', 'noor', 39, 1, 1, { ...be, type: 'Bug', status: 'Done' }),
    item('pay-bug-toast', 'Error toast overlaps the pay button on small screens', 'lena', 41, 1, 1, { ...fe, type: 'Bug' }),
  ],
  risks: [
    { ref: 'pay-risk-pci', summary: 'PCI scope grows beyond SAQ A-EP', owner: 'tomas', probability: 3, impact: 5, category: 'Compliance', status: 'Mitigating', raisedDay: 4, mitigatedBy: ['pay-card-form'], description: 'If card data touches our servers the assessment becomes SAQ D: months of extra controls and audit cost.' },
    { ref: 'pay-risk-3ds', summary: '3-D Secure failures in EU markets reduce conversion', owner: 'lena', probability: 3, impact: 4, category: 'Technical', status: 'Mitigating', raisedDay: 12, mitigatedBy: ['pay-3ds-api', 'pay-3ds-modal'], description: 'Challenge flows that time out or break on mobile lose the sale.' },
    { ref: 'pay-risk-contract', summary: 'Gateway contract signed late', owner: 'tomas', probability: 2, impact: 4, category: 'Commercial', status: 'Closed', raisedDay: 1, mitigatedBy: ['pay-contract'], description: 'Without a signed contract there is no production merchant account.' },
    { ref: 'pay-risk-bus', summary: 'Platform event bus not ready before the webhook work', owner: 'marcus', probability: 4, impact: 3, category: 'Schedule', status: 'Open', raisedDay: 15, mitigatedBy: [], description: 'Webhooks publish to the event bus; Platform has no date for production topics yet.' },
    { ref: 'pay-risk-fx', summary: 'FX rate provider outage', owner: 'noor', probability: 2, impact: 2, category: 'Technical', status: 'Open', raisedDay: 30, mitigatedBy: ['pay-fx'], description: 'Prices in foreign currencies cannot be shown while the rate feed is down.' },
  ],
  decisions: [
    { ref: 'pay-dec-stripe', summary: 'Gateway provider: Stripe', owner: 'tomas', status: 'Superseded', raisedDay: 2, context: 'We need one gateway for card payments in twelve markets.', options: ['Stripe', 'Adyen'], outcome: 'Stripe, for its developer experience.', consequences: 'Superseded once Adyen matched the fees with local acquiring.', relatesTo: ['pay-fees'] },
    { ref: 'pay-dec-gateway', summary: 'Gateway provider: Adyen', owner: 'tomas', status: 'Decided', raisedDay: 9, context: 'Adyen offered local acquiring in Germany and Japan at 0.2 points below Stripe.', options: ['Stay with Stripe', 'Adyen', 'Checkout.com'], outcome: 'Adyen, three-year contract.', consequences: 'Back end integrates the Adyen API; finance imports Adyen settlement reports.', relatesTo: ['pay-contract', 'pay-settlement'], supersedes: 'pay-dec-stripe' },
    { ref: 'pay-dec-hosted', summary: 'Use hosted card fields instead of our own card form', owner: 'marcus', status: 'Decided', raisedDay: 14, context: 'A custom form puts card data in our front end and widens PCI scope.', options: ['Hosted fields', 'Custom form with tokenisation', 'Full redirect to the gateway'], outcome: 'Hosted fields.', consequences: 'Less styling freedom; SAQ A-EP stays in reach.', relatesTo: ['pay-card-form', 'pay-risk-pci'] },
    { ref: 'pay-dec-wallets', summary: 'Ship wallets in the first release', owner: 'priya', status: 'Proposed', raisedDay: 36, context: 'Marketing wants Apple Pay at launch; the team would rather ship it a month later.', options: ['At launch', 'One month after launch'], outcome: 'Not decided yet.', consequences: 'At launch adds about two weeks to the critical path.', relatesTo: ['pay-wallets'] },
    { ref: 'pay-dec-fraud', summary: 'Build our own fraud scoring', owner: 'marcus', status: 'Rejected', raisedDay: 28, context: 'The gateway scores every payment; an in-house model could use our order history.', options: ['Build in-house', "Use the gateway's scoring"], outcome: "Rejected: use the gateway's scoring and revisit next year.", consequences: 'No data science work this quarter.', relatesTo: ['pay-scoring'] },
  ],
  links: [
    blocks('pay-fees', 'pay-contract'), blocks('pay-contract', 'pay-merchant'), blocks('pay-dpa', 'pay-merchant'),
    blocks('pay-api-design', 'pay-intent'), blocks('pay-api-design', 'pay-idem'), blocks('pay-intent', 'pay-webhooks'),
    blocks('pay-intent', 'pay-card-form'), blocks('pay-3ds-api', 'pay-3ds-modal'), blocks('pay-intent', 'pay-refund'),
    blocks('pay-webhooks', 'pay-recon-job'), blocks('pay-webhooks', 'pay-recon-job'),
    blocks('pay-recon-job', 'pay-settlement'), blocks('pay-merchant', 'pay-settlement'), blocks('pay-card-form', 'pay-saved-cards'),
    blocks('pay-fx', 'pay-vat'), blocks('pay-velocity', 'pay-scoring'), blocks('pay-scoring', 'pay-review-queue'),
    blocks('pay-flags', 'pay-canary'), blocks('pay-loadtest', 'pay-canary'), blocks('pay-canary', 'pay-full'),
    blocks('pay-full', 'pay-legacy-off'), blocks('pay-saq', 'pay-canary'), blocks('pay-ratelimit', 'pay-loadtest'),
    blocks('pay-moved', 'pay-webhooks'),
    blocks('pay-refund', 'pay-chargeback', true), blocks('pay-chargeback', 'pay-ledger', true), blocks('pay-ledger', 'pay-refund', true),
    blocks('plat-vault', 'pay-intent'), blocks('plat-kafka', 'pay-moved'), blocks('plat-segment', 'pay-canary'),
    blocks('plat-dashboards', 'pay-loadtest'), blocks('sec-pentest', 'pay-saq', true),
    { type: 'Gantt Start to Start', from: 'pay-ux', to: 'pay-a11y' },
    { type: 'Gantt End to End', from: 'pay-settlement', to: 'pay-close' },
    { type: 'Gantt End to Start', from: 'pay-errors', to: 'pay-receipt' },
    { type: 'Relates', from: 'pay-bug-double', to: 'pay-recon-job' },
    { type: 'Duplicate', from: 'pay-bug-retry', to: 'pay-bug-double' },
  ],
  subtaskPool: {
    Backend: ['Write unit tests', 'Integration test against the gateway sandbox', 'Update the OpenAPI spec', 'Add metrics and alerts', 'Code review follow-ups', 'Feature-flag wiring'],
    Frontend: ['Build the component', 'Responsive layout', 'Translations', 'Playwright end-to-end test', 'Accessibility check', 'Design review'],
    Finance: ['Draft the process', 'Review with the controller', 'Update the chart of accounts mapping', 'Sign-off'],
    default: ['Prepare', 'Review', 'Follow-ups', 'Communicate to stakeholders'],
  },
};
