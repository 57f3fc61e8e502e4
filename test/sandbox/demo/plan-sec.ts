/** SEC, "Security review": a handful of restricted issues; no grants, so nobody may browse them. */
import { item, type ProjectPlan } from './plan-types';

export const SEC_PLAN: ProjectPlan = {
  key: 'SEC',
  reporter: 'priya',
  issueCount: [5, 5],
  labels: ['security'],
  epics: [],
  loose: [
    item('sec-threat', 'Threat model for the payment flow', 'marcus', 5, 5, 3, { type: 'Task' }),
    item('sec-pci-scope', 'PCI scope assessment with the QSA', 'tomas', 20, 5, 3, { type: 'Task', cost: 6500 }),
    item('sec-pentest', 'Penetration test of the payment flow', 'priya', 35, 10, 5, { type: 'Task', cost: 14000 }),
    item('sec-csp', 'Review CSP headers on the new website', 'lena', 40, 3, 2, { type: 'Task' }),
  ],
  risks: [
    {
      ref: 'sec-risk-scripts', summary: 'Card data exposed through third-party scripts on checkout', owner: 'marcus', probability: 2, impact: 5,
      category: 'Security', status: 'Open', raisedDay: 6, mitigatedBy: ['sec-csp'],
      description: 'A compromised analytics script on the checkout page could read what customers type.',
    },
  ],
  decisions: [],
  links: [{ type: 'Relates', from: 'sec-threat', to: 'sec-pentest' }],
  subtaskPool: { default: [] },
};
