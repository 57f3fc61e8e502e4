/** The `risks` section of `keel analyze` (documented in the README): the register without the header fields the analysis already has. */
import type { RiskRegisterResult } from '../contract';

export type RisksSection = Omit<RiskRegisterResult, 'project' | 'scopeJql' | 'asOf'>;

export function risksSection(register: RiskRegisterResult): RisksSection {
  const { project: _project, scopeJql: _jql, asOf: _asOf, ...section } = register;
  return section;
}
