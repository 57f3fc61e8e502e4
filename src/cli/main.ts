/**
 * The `keel` command. Bad input ends with one line naming the problem and exit code 2; a failure of Jira
 * or of the network with one line and exit code 1; never a stack trace.
 */
import { AppError } from '../app-error';
import { demoSnapshot } from '../../test/sandbox/demo/demo-snapshot';
import { analyze } from './analyze';
import { detect } from './detect';
import { formatTable } from './format-table';
import { parseArgs } from './parse-args';
import { publishOutput } from './publish-output';
import { risksOutput } from './risks-command';
import { UsageError } from './usage-error';

const HELP = `keel — Keel's analyses from the command line

  keel analyze --project KEY (--snapshot FILE [--user EMAIL] | --site URL --email EMAIL --token TOKEN)
               [--settings FILE] [--as-of YYYY-MM-DD] [--format json|table]
  keel detect (--snapshot FILE [--user EMAIL] | --site URL --email EMAIL --token TOKEN)
  keel risks --project KEY (--snapshot FILE [--user EMAIL] | --site URL --email EMAIL --token TOKEN)
             [--settings FILE] [--as-of YYYY-MM-DD] [--csv]
  keel publish --project KEY --space KEY [--parent ID] --artefact raci|decisions --site URL --email EMAIL --token TOKEN
               [--settings FILE]
  keel demo-snapshot [--seed N] [--today YYYY-MM-DD] > FILE
`;

async function run(argv: readonly string[]): Promise<string> {
  const command = parseArgs(argv);
  const today = new Date().toISOString().slice(0, 10);
  switch (command.name) {
    case 'help':
      return HELP;
    case 'demo-snapshot':
      return `${JSON.stringify(demoSnapshot({ ...(command.seed === null ? {} : { seed: command.seed }), today: command.today ?? today }), null, 2)}\n`;
    case 'detect':
      return `${JSON.stringify(await detect(command), null, 2)}\n`;
    case 'analyze': {
      const analysis = await analyze(command, today);
      return command.format === 'table' ? formatTable(analysis) : `${JSON.stringify(analysis, null, 2)}\n`;
    }
    case 'risks':
      return risksOutput(command, today);
    case 'publish':
      return publishOutput(command);
  }
}

export async function main(argv: readonly string[]): Promise<number> {
  try {
    process.stdout.write(await run(argv));
    return 0;
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`keel: ${error.message}\n`);
      return 2;
    }
    if (error instanceof AppError) {
      process.stderr.write(`keel: ${error.message}\n`);
      return 1;
    }
    process.stderr.write(`keel: unexpected failure: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
}

if (require.main === module) {
  void main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
