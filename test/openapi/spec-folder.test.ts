import path from 'node:path';
import { afterEach, describe, it, jest } from '@jest/globals';
import { expect } from '../expect';
import { useTempDir } from '../temp-dir';
import { createSite } from '../sandbox/site';
import { smallSite } from '../sandbox/fixtures/small-site';
import { missingSpecsReason, specFolder } from './spec-folder';

/** An empty folder: no specs in it. */
const emptyDir = useTempDir('keel-specs-');
const saved = { specs: process.env.KEEL_ATLASSIAN_SPECS, ci: process.env.CI };

afterEach(() => {
  for (const [name, value] of [['KEEL_ATLASSIAN_SPECS', saved.specs], ['CI', saved.ci]] as const) {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
  jest.restoreAllMocks();
});

describe('the spec folder', () => {
  it('defaults to ../shared/atlassian/openapi beside the repository, and follows KEEL_ATLASSIAN_SPECS', () => {
    delete process.env.KEEL_ATLASSIAN_SPECS;
    expect(specFolder()).toBe(path.resolve(__dirname, '..', '..', '..', 'shared', 'atlassian', 'openapi'));
    process.env.KEEL_ATLASSIAN_SPECS = '/somewhere/else';
    expect(specFolder()).toBe('/somewhere/else');
  });

  it('names the missing files and how to get them', () => {
    expect(missingSpecsReason(emptyDir())).toMatch(/missing jira-platform-v3\.json, confluence-v2\.json.*specs:download/);
  });

  it('makes a validating site fail under CI and warn loudly elsewhere when the specs are missing', () => {
    process.env.KEEL_ATLASSIAN_SPECS = emptyDir();
    process.env.CI = 'true';
    expect(() => createSite(smallSite(), { validateResponses: true })).toThrow(/specs not found/);
    process.env.CI = 'false';
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    createSite(smallSite(), { validateResponses: true });
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('NOT checked against the OpenAPI specs'));
  });
});
