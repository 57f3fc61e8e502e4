/** PLAT, "Platform": a team-managed project the PAY work depends on (about 30 issues). */
import { item, type ProjectPlan } from './plan-types';

export const PLAT_PLAN: ProjectPlan = {
  key: 'PLAT',
  reporter: 'sam',
  issueCount: [28, 32],
  labels: ['infra', 'pci', 'observability'],
  epics: [
    {
      ref: 'plat-secrets', summary: 'Secrets management', accountable: 'sam', consulted: ['marcus'], informed: ['priya'],
      items: [
        item('plat-vault', 'Vault namespace for payment gateway keys', 'sam', 2, 6, 5),
        item('plat-rotation', 'Automatic key rotation', 'sam', 10, 6, 5),
        item('plat-audit-log', 'Audit logging for secret reads', 'noor', 18, 4, 3),
      ],
    },
    {
      ref: 'plat-events', summary: 'Event streaming', accountable: 'sam', consulted: ['marcus', 'noor'], informed: ['priya'],
      items: [
        item('plat-kafka', 'Kafka topics for payment events', 'sam', 4, 5, 3),
        item('plat-schema', 'Schema registry for event contracts', 'noor', 9, 5, 3),
        item('plat-dlq', 'Dead-letter queue and replay tooling', 'sam', 20, 6, 5),
      ],
    },
    {
      ref: 'plat-network', summary: 'Network and PCI segmentation', accountable: 'sam', consulted: ['tomas', 'marcus'], informed: ['priya'],
      items: [
        item('plat-segment', 'PCI network segmentation for the payments cluster', 'sam', 30, 15, 8, { labels: ['pci'] }),
        item('plat-egress', 'Egress allow-list to the gateway', 'sam', 42, 3, 2),
        item('plat-waf', 'WAF rules for the checkout endpoints', 'sam', 46, 5, 3),
      ],
    },
    {
      ref: 'plat-obs', summary: 'Observability', accountable: 'sam', consulted: ['marcus'], informed: ['priya', 'lena'],
      items: [
        item('plat-dashboards', 'Payment service dashboards', 'noor', 36, 5, 3, { labels: ['observability'] }),
        item('plat-alerts', 'SLO alerts for the payments API', 'sam', 44, 4, 3, { labels: ['observability'] }),
        item('plat-tracing', 'Distributed tracing through checkout', 'noor', 48, 6, 5, { labels: ['observability'] }),
      ],
    },
  ],
  loose: [item('plat-bug-certs', 'Staging certificates expire without an alert', 'sam', 25, 1, 1, { type: 'Bug' })],
  risks: [
    {
      ref: 'plat-risk-capacity', summary: 'Cluster capacity for three times peak traffic', owner: 'sam', probability: 2, impact: 3,
      category: 'Technical', status: 'Open', raisedDay: 20, mitigatedBy: ['plat-dashboards'],
      description: 'The load test may show the payments cluster needs more nodes than the budget allows.',
    },
  ],
  decisions: [
    {
      ref: 'plat-dec-kafka', summary: 'Use managed Kafka rather than running our own', owner: 'sam', status: 'Decided', raisedDay: 1,
      context: 'Payment events need durable, ordered delivery; the team has no Kafka operators.',
      options: ['Managed Kafka', 'Self-hosted Kafka', 'Cloud pub/sub'],
      outcome: 'Managed Kafka in the same region as the payments cluster.',
      consequences: 'About 900 EUR a month; no on-call for brokers.',
      relatesTo: ['plat-kafka'],
    },
  ],
  links: [
    { type: 'Blocks', from: 'plat-vault', to: 'plat-rotation' },
    { type: 'Blocks', from: 'plat-kafka', to: 'plat-schema' },
    { type: 'Blocks', from: 'plat-schema', to: 'plat-dlq' },
    { type: 'Blocks', from: 'plat-segment', to: 'plat-waf' },
    { type: 'Gantt Start to Start', from: 'plat-dashboards', to: 'plat-alerts' },
    { type: 'Relates', from: 'plat-bug-certs', to: 'plat-alerts' },
  ],
  subtaskPool: { default: ['Terraform module', 'Runbook entry', 'Staging rollout', 'Production rollout', 'Peer review'] },
};
