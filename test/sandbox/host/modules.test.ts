import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from '@jest/globals';
import { expect } from '../../expect';
import { HOST_MACROS, HOST_MODULES, hostMacrosOf, hostModulesOf } from './modules';

describe('the host\'s module list', () => {
  it('is every Custom UI module manifest.yml declares, with its extension type and title', () => {
    const manifest = readFileSync(join(__dirname, '..', '..', '..', 'manifest.yml'), 'utf8');
    expect(HOST_MODULES).toEqual(hostModulesOf(manifest));
    expect(HOST_MODULES.map((m) => [m.key, m.type])).toEqual([
      ['keel-project-page', 'jira:projectPage'],
      ['keel-issue-panel', 'jira:issuePanel'],
      ['keel-admin-page', 'jira:adminPage'],
      ['keel-project-settings', 'jira:projectSettingsPage'],
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
  jira:globalPage:
    - key: global
      resource: main
      title: Global
  function:
    - key: resolver
      handler: index.resolver
`;
    expect(hostModulesOf(manifest)).toEqual([{ key: 'panel', type: 'jira:issuePanel', title: 'A panel' }]);
  });
});

describe("the host's macro list", () => {
  it('is the five Keel macros of manifest.yml, each with its config dialog', () => {
    expect(HOST_MACROS.map((m) => [m.key, m.configurable])).toEqual([
      ['keel-raci-macro', true],
      ['keel-decision-log-macro', true],
      ['keel-risk-register-macro', true],
      ['keel-evm-macro', true],
      ['keel-forecast-macro', true],
      ['keel-status-macro', true],
    ]);
  });

  it('leaves out macros without a Custom UI resource and tells config dialogs from simple config', () => {
    const manifest = `modules:
  macro:
    - key: dialog
      resource: main
      title: With a dialog
      config:
        resource: main
    - key: simple
      resource: main
      title: Simple config
      config: true
    - key: legacy
      function: fn
      title: UI Kit 1
`;
    expect(hostMacrosOf(manifest)).toEqual([
      { key: 'dialog', title: 'With a dialog', configurable: true },
      { key: 'simple', title: 'Simple config', configurable: false },
    ]);
  });
});
