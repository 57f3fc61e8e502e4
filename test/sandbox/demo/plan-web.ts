/** WEB, "Website migration": audit, environments, migration, DNS cutover, UAT (about 60 issues). */
import { blocks, item, type ProjectPlan } from './plan-types';

const task = { type: 'Task' } as const;

export const WEB_PLAN: ProjectPlan = {
  key: 'WEB',
  reporter: 'priya',
  issueCount: [56, 64],
  labels: ['website', 'seo', 'cms', 'content'],
  epics: [
    {
      ref: 'web-audit', summary: 'Content audit', accountable: 'priya', consulted: ['ruth', 'daniel'], informed: ['marcus'],
      items: [
        item('web-inventory', 'Inventory existing pages from the sitemap', 'ruth', 0, 4, 3, { component: 'Content' }),
        item('web-classify', 'Classify pages: keep, merge or retire', 'ruth', 4, 5, 5, { component: 'Content' }),
        item('web-owners', 'Confirm a content owner for every section', 'priya', 2, 4, 2, { ...task, component: 'Content' }),
        item('web-links', 'Audit broken links and legacy redirects', 'aiko', 4, 4, 3, { component: 'Content', labels: ['seo'] }),
        item('web-media', 'Audit image and media licences', 'ruth', 6, 5, 3, { component: 'Content' }),
        item('web-pdf', 'Audit legacy PDF downloads', 'daniel', 3, 6, 3, { component: 'Content', status: 'In Progress' }),
        item('web-audit-signoff', 'Content audit sign-off', 'priya', 11, 1, 1, task),
      ],
    },
    {
      ref: 'web-env', summary: 'Environment setup', accountable: 'marcus', consulted: ['sam'], informed: ['priya', 'ruth'],
      items: [
        item('web-staging', 'Provision the staging environment on the new CMS', 'aiko', 0, 5, 5, { ...task, component: 'Infrastructure' }),
        item('web-sso', 'Configure SSO for CMS editors', 'aiko', 5, 3, 3, { component: 'Infrastructure' }),
        item('web-ci', 'Set up the CI pipeline for the site theme', 'lena', 3, 4, 3, { component: 'CMS' }),
        item('web-cdn', 'Configure CDN caching rules', 'aiko', 8, 4, 3, { component: 'Infrastructure' }),
        item('web-prod', 'Provision the production environment', 'aiko', 12, 4, 5, { ...task, component: 'Infrastructure' }),
      ],
    },
    {
      ref: 'web-migrate', summary: 'Content migration', accountable: 'ruth', consulted: ['lena', 'priya'], informed: ['marcus'],
      items: [
        item('web-templates', 'Build page templates: landing, article, product', 'lena', 12, 8, 8, { component: 'CMS' }),
        item('web-redirects', 'Build the redirect map from the audit', 'aiko', 13, 5, 5, { component: 'Content', labels: ['seo'] }),
        item('web-mig-product', 'Migrate product pages', 'ruth', 20, 7, 5, { component: 'Content' }),
        item('web-mig-blog', 'Migrate the blog archive', 'ruth', 27, 8, 8, { component: 'Content' }),
        item('web-mig-support', 'Migrate support articles', 'aiko', 22, 8, 5, { component: 'Content' }),
        item('web-mig-media', 'Migrate the media library', 'aiko', 18, 5, 3, { component: 'Content' }),
        item('web-search', 'Configure the site search index', 'lena', 30, 5, 5, { component: 'CMS' }),
        item('web-locales', 'Set up German and French locales', 'lena', 35, 6, 5, { component: 'CMS' }),
        item('web-freeze', 'Content freeze on the old CMS', 'priya', 40, 1, 1, task),
      ],
    },
    {
      ref: 'web-dns', summary: 'DNS cutover', accountable: 'sam', consulted: ['marcus', 'aiko'], informed: ['priya', 'ruth', 'lena'],
      items: [
        item('web-ttl', 'Lower DNS TTLs to five minutes', 'sam', 38, 1, 1, { ...task, component: 'Infrastructure' }),
        item('web-tls', 'Issue TLS certificates for the new CDN', 'sam', 39, 2, 2, { ...task, component: 'Infrastructure' }),
        item('web-runbook', 'Write the cutover runbook', 'priya', 38, 3, 2, task),
        item('web-cutover', 'Cut DNS over to the new CDN', 'sam', 43, 1, 3, { ...task, component: 'Infrastructure' }),
        item('web-monitor', 'Post-cutover monitoring and rollback window', 'sam', 43, 3, 2, { ...task, component: 'Infrastructure' }),
      ],
    },
    {
      ref: 'web-uat', summary: 'User acceptance testing', accountable: 'priya', consulted: ['ruth'], informed: ['marcus', 'lena', 'aiko'],
      items: [
        item('web-uat-plan', 'Write the UAT test plan', 'priya', 30, 4, 2, task),
        item('web-uat-testers', 'Recruit UAT testers from marketing', 'priya', 34, 3, 1, task),
        item('web-uat-r1', 'UAT round 1', 'ruth', 45, 5, 5),
        item('web-uat-fixes', 'Fix UAT defects', 'lena', 50, 5, 5, { component: 'CMS' }),
        item('web-uat-signoff', 'UAT sign-off', 'priya', 56, 1, 1, task),
      ],
    },
  ],
  loose: [
    item('web-bug-safari', 'Hero images stretched on Safari 17', 'lena', 26, 2, 1, { type: 'Bug', component: 'CMS' }),
    item('web-bug-query', 'Redirects drop query strings', 'aiko', 25, 2, 2, { type: 'Bug', component: 'Infrastructure', labels: ['seo'] }),
    item('web-bug-preview', 'Editor preview shows stale content', 'lena', 36, 2, 2, { type: 'Bug', component: 'CMS' }),
  ],
  risks: [
    {
      ref: 'web-risk-seo', summary: 'Search ranking drops after the migration', owner: 'ruth', probability: 3, impact: 4,
      category: 'Technical', status: 'Mitigating', raisedDay: 3, mitigatedBy: ['web-redirects'],
      description: 'Changed URLs without redirects lose their search ranking; organic traffic is 40% of leads.',
    },
    {
      ref: 'web-risk-freeze', summary: 'Edits made during the content freeze are lost', owner: 'priya', probability: 2, impact: 3,
      category: 'Schedule', status: 'Open', raisedDay: 18, mitigatedBy: ['web-freeze'],
      description: 'Editors keep working in the old CMS after the final export; their changes never reach the new site.',
    },
  ],
  decisions: [
    {
      ref: 'web-dec-cms', summary: 'Choose a headless CMS for the new site', owner: 'priya', status: 'Decided', raisedDay: 0,
      context: 'The legacy CMS is out of support at the end of the year and cannot serve the new design system.',
      options: ['Contentful', 'Sanity', 'Upgrade the legacy CMS'],
      outcome: 'Contentful, on the Team plan, with the marketing team as space owners.',
      consequences: 'Templates are rebuilt in the new front end; editors need two hours of training.',
      relatesTo: ['web-staging', 'web-templates'],
    },
  ],
  links: [
    blocks('web-inventory', 'web-classify'), blocks('web-classify', 'web-audit-signoff'), blocks('web-owners', 'web-audit-signoff'),
    blocks('web-links', 'web-redirects'), blocks('web-audit-signoff', 'web-mig-product'), blocks('web-audit-signoff', 'web-mig-support'),
    blocks('web-staging', 'web-sso'), blocks('web-staging', 'web-templates'), blocks('web-templates', 'web-mig-product'),
    blocks('web-templates', 'web-mig-blog'), blocks('web-mig-product', 'web-freeze'), blocks('web-mig-blog', 'web-freeze'),
    blocks('web-mig-support', 'web-freeze'), blocks('web-freeze', 'web-cutover'), blocks('web-ttl', 'web-cutover'),
    blocks('web-tls', 'web-cutover'), blocks('web-runbook', 'web-cutover'), blocks('web-prod', 'web-cutover'),
    blocks('web-cutover', 'web-uat-r1'), blocks('web-uat-plan', 'web-uat-r1'), blocks('web-uat-testers', 'web-uat-r1'),
    blocks('web-uat-r1', 'web-uat-fixes'), blocks('web-uat-fixes', 'web-uat-signoff'),
    { type: 'Gantt End to Start', from: 'web-redirects', to: 'web-cutover' },
    { type: 'Gantt Start to Start', from: 'web-cutover', to: 'web-monitor' },
    { type: 'Gantt End to End', from: 'web-mig-product', to: 'web-mig-media' },
    { type: 'Relates', from: 'web-bug-query', to: 'web-redirects' },
    { type: 'Cloners', from: 'web-mig-support', to: 'web-mig-product' },
  ],
  subtaskPool: {
    Content: ['Export pages from the legacy CMS', 'Review with the section owner', 'Fix internal links', 'Update alt texts', 'Spot-check on staging'],
    CMS: ['Build the component', 'Responsive layout', 'Storybook stories', 'Cross-browser check', 'Code review follow-ups'],
    Infrastructure: ['Terraform module', 'Document in the runbook', 'Smoke test', 'Peer review'],
    default: ['Prepare', 'Review', 'Follow-ups'],
  },
};
