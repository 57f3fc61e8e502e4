/**
 * The `keel` command. Bad input ends with one line naming the problem and exit code 2; a failure of Jira
 * or of the network with one line and exit code 1; never a stack trace.
 */
import { AppError } from '../app-error';
import { demoSnapshot } from '../../test/sandbox/demo/demo-snapshot';
import { analyze } from './analyze';
import { detect } from './detect';
import { formatTable } from './format-table';
import { levelOutput } from './level-command';
import { parseArgs } from './parse-args';
import { publishOutput } from './publish-output';
import { risksOutput } from './risks-command';
import { UsageError } from './usage-error';
import { KEEL_VERSION } from './version';

const USAGE: Record<string, string> = {
  analyze: `  keel analyze --project KEY (--snapshot FILE [--user EMAIL] | --site URL --email EMAIL)
               [--settings FILE] [--as-of YYYY-MM-DD] [--format json|table] [--baseline NAME --kvs-file FILE]`,
  detect: '  keel detect (--snapshot FILE [--user EMAIL] | --site URL --email EMAIL)',
  risks: `  keel risks --project KEY (--snapshot FILE [--user EMAIL] | --site URL --email EMAIL)
             [--settings FILE] [--as-of YYYY-MM-DD] [--csv]`,
  publish: `  keel publish --project KEY --space KEY [--parent ID] --artefact raci|decisions --site URL --email EMAIL
               [--settings FILE]`,
  level: `  keel level --psplib FILE.sm [--budget-ms N] [--max-schedules N] [--seed N] [--method search|priority]
             (levels a PSPLIB instance with Keel's levelling and prints its makespan)`,
  'demo-snapshot': '  keel demo-snapshot [--seed N] [--today YYYY-MM-DD] > FILE',
};

const TOKEN_HELP = `With --site, the Atlassian API token is read from KEEL_TOKEN (or JIRA_API_TOKEN), or from stdin with
--token-stdin; --token TOKEN still works but shows the token to ps and shell history. --site must be https://
(plain http:// only to this machine). keel --version prints the version.
`;

function help(topic: string | null): string {
  const commands = topic === null ? Object.values(USAGE) : [USAGE[topic] ?? ''];
  return `keel — Keel's analyses from the command line\n\n${commands.join('\n')}\n\n${TOKEN_HELP}`;
}

/** The token from stdin (`--token-stdin`) or the environment; null when neither has one. */
async function tokenElsewhere(argv: readonly string[]): Promise<string | null> {
  if (argv.includes('--token-stdin')) {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(Buffer.from(chunk as Uint8Array));
    return Buffer.concat(chunks).toString('utf8').trim();
  }
  return process.env['KEEL_TOKEN'] ?? process.env['JIRA_API_TOKEN'] ?? null;
}

async function run(argv: readonly string[]): Promise<string> {
  const command = parseArgs(argv, await tokenElsewhere(argv));
  if (argv.some((a) => a === '--token' || a.startsWith('--token='))) {
    process.stderr.write('keel: warning: --token shows the API token to ps and shell history; set KEEL_TOKEN or use --token-stdin instead\n');
  }
  const today = new Date().toISOString().slice(0, 10);
  switch (command.name) {
    case 'help':
      return help(command.topic);
    case 'version':
      return `keel ${KEEL_VERSION}\n`;
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
    case 'level':
      return levelOutput(command);
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
