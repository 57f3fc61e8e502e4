/**
 * The macros' use cases without Forge: the risk register and earned value macros show one project and refuse a
 * JQL filter with what to do, before any Jira read. (Their answers against the demo site: test/resolvers.)
 */
import { describe, it } from '@jest/globals';
import { expect } from '../expect';
import { AppError } from '../../src/app-error';
import { getEvmMacro } from '../../src/use-cases/get-evm-macro';
import { getRisksMacro } from '../../src/use-cases/get-risks-macro';
import type { ScopePorts } from '../../src/use-cases/load-scope';
import { projectOnly, projectScope } from '../../src/use-cases/report-scope';

const noJira = (): never => {
  throw new Error('no Jira read was expected');
};
const ports: ScopePorts = { viewerJira: noJira, appJira: null, loadSettings: noJira };

async function refusal(work: Promise<unknown>): Promise<string> {
  const error: unknown = await work.then(() => null, (e: unknown) => e);
  return error instanceof AppError ? `${error.code}: ${error.message}` : String(error);
}

describe('macros of one project', () => {
  it('refuse a JQL filter, naming the macro and the fix', async () => {
    expect(await refusal(getRisksMacro(ports, { jql: 'project = PAY', asOf: '2026-11-16' }))).toBe(
      'BAD_REQUEST: The risk register macro shows one project, not a JQL filter: edit the macro and pick a project.',
    );
    expect(await refusal(getEvmMacro({ evm: noJira }, { jql: 'project = PAY', asOf: '2026-11-16' }))).toMatch(/^BAD_REQUEST: The earned value macro shows one project/);
  });

  it('name a project as every answer does', () => {
    expect(projectOnly({ projectKey: 'PAY' }, 'x')).toBe('PAY');
    expect(projectScope({ key: 'PAY', name: 'Payments' })).toEqual({ projectKey: 'PAY', jql: null, label: 'Payments (PAY)' });
  });
});
