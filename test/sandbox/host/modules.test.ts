import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HOST_MODULES, hostModulesOf } from './modules';

describe('the host\'s module list', () => {
  it('is every Custom UI module manifest.yml declares, with its extension type and title', () => {
    const manifest = readFileSync(join(__dirname, '..', '..', '..', 'manifest.yml'), 'utf8');
    expect(HOST_MODULES).toEqual(hostModulesOf(manifest));
    expect(HOST_MODULES.map((m) => [m.key, m.type])).toEqual([
      ['keel-project-page', 'jira:projectPage'],
      ['keel-issue-panel', 'jira:issuePanel'],
    ]);
  });

  it('leaves out functions, modules without a resource and types the host cannot frame', () => {
    const manifest = `modules:
  jira:issuePanel:
    - key: panel
      resource: main
      title: A panel
    - key: native
      title: No resource
  jira:adminPage:
    - key: admin
      resource: main
      title: Admin
  function:
    - key: resolver
      handler: index.resolver
`;
    expect(hostModulesOf(manifest)).toEqual([{ key: 'panel', type: 'jira:issuePanel', title: 'A panel' }]);
  });
});
