/**
 * `keel <command> [flags]`: the commands and their flags, checked all at once so a person fixes every
 * mistake in one go.
 */
import { UsageError } from './usage-error';
import { PUBLISH_FLAGS, publishCommand, type PublishCommand } from './publish-args';

export type Command =
  | { name: 'analyze'; projectKey: string; settingsFile: string | null; asOf: string | null; format: 'json' | 'table'; source: Source; baseline: string; kvsFile: string | null }
  | { name: 'detect'; source: Source }
  | { name: 'demo-snapshot'; seed: number | null; today: string | null }
  | { name: 'risks'; projectKey: string; settingsFile: string | null; asOf: string | null; source: Source; csv: boolean }
  | PublishCommand
  | { name: 'level'; psplibFile: string; budgetMs: number | null; maxSchedules: number | null; seed: number | null; method: 'search' | 'priority' }
  | { name: 'help'; topic: string | null }
  | { name: 'version' };

export type Source =
  | { kind: 'snapshot'; file: string; userEmail: string | null }
  | { kind: 'site'; url: string; email: string; token: string };

const FLAGS: Record<string, readonly string[]> = {
  analyze: ['project', 'settings', 'as-of', 'format', 'snapshot', 'user', 'site', 'email', 'token', 'baseline', 'kvs-file'],
  detect: ['snapshot', 'user', 'site', 'email', 'token'],
  'demo-snapshot': ['seed', 'today'],
  risks: ['project', 'settings', 'as-of', 'snapshot', 'user', 'site', 'email', 'token'],
  publish: PUBLISH_FLAGS,
  level: ['psplib', 'budget-ms', 'max-schedules', 'seed', 'method'],
};

function flagsOf(args: readonly string[], allowed: readonly string[], problems: string[]): Map<string, string> {
  const flags = new Map<string, string>();
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i] ?? '';
    const match = /^--([a-z-]+)(?:=(.*))?$/.exec(arg);
    if (!match?.[1]) {
      problems.push(`unexpected argument "${arg}"`);
      continue;
    }
    const name = match[1];
    if (!allowed.includes(name)) {
      problems.push(`unknown flag --${name}`);
      continue;
    }
    const value = match[2] ?? args[i + 1];
    if (match[2] === undefined) i += 1;
    if (value === undefined || (match[2] === undefined && value.startsWith('--'))) {
      problems.push(`--${name} needs a value`);
      if (value?.startsWith('--')) i -= 1;
      continue;
    }
    flags.set(name, value);
  }
  return flags;
}

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

function validDate(value: string | undefined, flag: string, problems: string[]): string | null {
  if (value === undefined) return null;
  if (!isoDate.test(value) || Number.isNaN(Date.parse(`${value}T00:00:00Z`))) problems.push(`--${flag} must be a date written YYYY-MM-DD, not "${value}"`);
  return value;
}

export function sourceOf(flags: Map<string, string>, problems: string[]): Source | null {
  const snapshot = flags.get('snapshot');
  const site = flags.get('site');
  if (snapshot !== undefined && site !== undefined) problems.push('give either --snapshot FILE or --site URL, not both');
  if (snapshot !== undefined) return { kind: 'snapshot', file: snapshot, userEmail: flags.get('user') ?? null };
  if (site === undefined) {
    problems.push('give a source: --snapshot FILE, or --site URL --email EMAIL with the API token in KEEL_TOKEN');
    return null;
  }
  if (!/^https?:\/\/[^\s/]+/.test(site)) problems.push(`--site must be a URL such as https://your-site.atlassian.net, not "${site}"`);
  else if (site.startsWith('http://') && !isLoopback(site)) {
    problems.push(`--site must use https:// (the API token would cross the network unencrypted); plain http:// is for this machine only (localhost, 127.0.0.1, ::1), not "${site}"`);
  }
  const email = flags.get('email');
  const token = flags.get('token');
  if (email === undefined) problems.push('--site needs --email EMAIL (the account the API token belongs to)');
  if (token === undefined) problems.push('--site needs an Atlassian API token: set KEEL_TOKEN (or JIRA_API_TOKEN), or pipe it in with --token-stdin');
  return { kind: 'site', url: site.replace(/\/+$/, ''), email: email ?? '', token: token ?? '' };
}

/** True for a URL on this machine: http:// to it never crosses a network. */
function isLoopback(url: string): boolean {
  try {
    const host = new URL(url).hostname;
    return host === 'localhost' || host === '[::1]' || /^127(\.\d{1,3}){3}$/.test(host);
  } catch {
    return false;
  }
}

/** Flags without a value. */
const SWITCHES = ['--csv', '--token-stdin'];

/**
 * `token`: the API token from elsewhere than `--token` (KEEL_TOKEN, JIRA_API_TOKEN, or stdin with --token-stdin),
 * which `main` reads; `--token` still wins, with a warning from `main`.
 */
export function parseArgs(argv: readonly string[], token: string | null = null): Command {
  const [name, ...rest] = argv;
  if (name === undefined || name === 'help' || name === '--help' || name === '-h') return { name: 'help', topic: null };
  if (name === '--version' || name === 'version' || name === '-V') return { name: 'version' };
  const allowed = FLAGS[name];
  if (!allowed) throw new UsageError(`unknown command "${name}"; try: keel analyze --project KEY --snapshot FILE, keel detect --snapshot FILE, or keel demo-snapshot`);
  if (rest.includes('--help') || rest.includes('-h')) return { name: 'help', topic: name };
  const problems: string[] = [];
  if (name !== 'risks' && rest.includes('--csv')) problems.push('unknown flag --csv');
  const flags = flagsOf(rest.filter((a) => !SWITCHES.includes(a)), allowed, problems);
  if (token !== null && token !== '' && !flags.has('token') && allowed.includes('token')) flags.set('token', token);
  if (name === 'risks') return risksCommand(flags, problems, rest.includes('--csv'));
  if (name === 'publish') return publishCommand(flags, problems);
  if (name === 'level') return levelCommand(flags, problems);
  if (name === 'demo-snapshot') {
    // Without --seed, the generator's own default: the same site `npm start` serves.
    const given = flags.get('seed');
    const seed = given === undefined ? null : Number(given);
    if (seed !== null && !Number.isInteger(seed)) problems.push('--seed must be a whole number');
    const today = validDate(flags.get('today'), 'today', problems);
    if (problems.length > 0) throw new UsageError(problems.join('; '));
    return { name, seed, today };
  }
  if (name === 'detect') {
    const source = sourceOf(flags, problems);
    if (problems.length > 0 || source === null) throw new UsageError(problems.join('; '));
    return { name, source };
  }
  const projectKey = flags.get('project');
  if (projectKey === undefined) problems.push('--project KEY is required');
  else if (!/^[A-Z][A-Z0-9_]{0,19}$/.test(projectKey)) problems.push(`--project must be a Jira project key such as PAY, not "${projectKey}"`);
  const format = flags.get('format') ?? 'json';
  if (format !== 'json' && format !== 'table') problems.push(`--format must be json or table, not "${format}"`);
  const asOf = validDate(flags.get('as-of'), 'as-of', problems);
  const baseline = flags.get('baseline') ?? 'current';
  const kvsFile = flags.get('kvs-file') ?? null;
  const source = sourceOf(flags, problems);
  // Named baselines live in the app's Forge storage. An API token cannot reach a site's; a sandbox keeps its
  // storage in the file `npm start -- --kvs-file FILE` names, which the CLI can read.
  if (kvsFile !== null && source?.kind !== 'snapshot') problems.push('--kvs-file goes with --snapshot (it is the sandbox\'s Forge storage)');
  if (baseline !== 'current' && kvsFile === null) {
    problems.push(`--baseline "${baseline}" needs the storage it was saved in: give --snapshot FILE --kvs-file FILE (a sandbox started with --kvs-file), or use --baseline current; a real site's baselines are kept in the app's Forge storage, which an API token cannot read`);
  }
  if (problems.length > 0 || source === null || projectKey === undefined) throw new UsageError(problems.join('; '));
  return { name: 'analyze', projectKey, settingsFile: flags.get('settings') ?? null, asOf, format: format === 'table' ? 'table' : 'json', source, baseline, kvsFile };
}

function risksCommand(flags: Map<string, string>, problems: string[], csv: boolean): Command {
  const projectKey = flags.get('project');
  if (projectKey === undefined) problems.push('--project KEY is required');
  else if (!/^[A-Z][A-Z0-9_]{0,19}$/.test(projectKey)) problems.push(`--project must be a Jira project key such as PAY, not "${projectKey}"`);
  const asOf = validDate(flags.get('as-of'), 'as-of', problems);
  const source = sourceOf(flags, problems);
  if (problems.length > 0 || source === null || projectKey === undefined) throw new UsageError(problems.join('; '));
  return { name: 'risks', projectKey, settingsFile: flags.get('settings') ?? null, asOf, source, csv };
}

function wholeFlag(flags: Map<string, string>, name: string, problems: string[]): number | null {
  const given = flags.get(name);
  if (given === undefined) return null;
  const value = Number(given);
  if (!Number.isInteger(value) || value < 0) problems.push(`--${name} must be a whole number of 0 or more, not "${given}"`);
  return value;
}

function levelCommand(flags: Map<string, string>, problems: string[]): Command {
  const psplibFile = flags.get('psplib');
  if (psplibFile === undefined) problems.push('--psplib FILE.sm is required (a single-mode PSPLIB instance)');
  const budgetMs = wholeFlag(flags, 'budget-ms', problems);
  const maxSchedules = wholeFlag(flags, 'max-schedules', problems);
  const seed = wholeFlag(flags, 'seed', problems);
  const method = flags.get('method') ?? 'search';
  if (method !== 'search' && method !== 'priority') problems.push(`--method must be search or priority, not "${method}"`);
  if (problems.length > 0 || psplibFile === undefined) throw new UsageError(problems.join('; '));
  return { name: 'level', psplibFile, budgetMs, maxSchedules, seed, method: method === 'priority' ? 'priority' : 'search' };
}
