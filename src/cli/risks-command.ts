/**
 * `keel risks`: the project's risk register from a snapshot or a site, as the `risks/get` resolver computes
 * it; `--csv` prints it through `riskCsv`, the same code as the Risks tab's export.
 */
import { riskCsv } from '../domain/risk/risk-csv';
import { getRisks } from '../use-cases/get-risks';
import { cliScopePorts } from './cli-scope-ports';
import { loadSettingsFile } from './load-settings-file';
import type { Command } from './parse-args';

export async function risksOutput(command: Extract<Command, { name: 'risks' }>, today: string): Promise<string> {
  const settings = await loadSettingsFile(command.settingsFile);
  const { ports } = await cliScopePorts(command.source, settings);
  const register = await getRisks(ports, { projectKey: command.projectKey, asOf: command.asOf ?? today, maxIssues: 100_000 });
  return command.csv ? riskCsv(register.risks) : `${JSON.stringify(register, null, 2)}\n`;
}
