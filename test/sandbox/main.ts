/**
 * `npm start`: the local Atlassian with the demo site (or `--snapshot FILE`) on 127.0.0.1:$PORT (default 3000).
 * Builds the Custom UI first when static/dist is missing or older than its sources. Ctrl-C stops it.
 */
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { buildStaticIfStale } from '../../static/build';
import { demoSnapshot } from './demo/demo-snapshot';
import { largeSnapshot } from './demo/large-site';
import { DEMO_USER_LIST } from './demo/users';
import { signInUsers } from './host/host-selection';
import { startSandbox } from './server';
import type { SandboxLatency } from './forge/forge-fetch';
import { visibleProjects } from './site/permissions';
import { snapshotSchema, type Snapshot } from './snapshot-schema';

class UsageError extends Error {}

async function loadSnapshot(file: string): Promise<Snapshot> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new UsageError(`cannot read ${file}: ${error instanceof Error ? error.message : String(error)}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new UsageError(`${file} is not JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
  const parsed = snapshotSchema.safeParse(json);
  if (parsed.success) return parsed.data;
  const [first, ...rest] = parsed.error.issues;
  const where = first && first.path.length > 0 ? first.path.join('.') : 'the top level';
  const more = rest.length > 0 ? ` (and ${rest.length} more problem${rest.length === 1 ? '' : 's'})` : '';
  throw new UsageError(`${file} is not a Keel snapshot: ${where}: ${first?.message ?? 'invalid'}${more}`);
}

function portFrom(value: string | undefined): number {
  if (value === undefined || value === '') return 3000;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`PORT must be 0-65535, not "${value}"`);
  return port;
}

/** `--issues N`: the demo site plus a generated programme of N issues in project BIG (demo/large-site.ts). */
function issuesFrom(value: string | undefined): number | null {
  if (value === undefined) return null;
  const issues = Number(value);
  if (!Number.isInteger(issues) || issues < 1 || issues > 200_000) throw new UsageError(`--issues takes 1 to 200000, not "${value}"`);
  return issues;
}

/**
 * `--latency jira=150,kvs=20` (or `--latency 150`: Jira and Confluence 150 ms, storage 20 ms): each Jira and
 * Confluence request waits that many milliseconds before it is answered, and each Forge storage call its own, as
 * round trips to Atlassian would.
 */
function latencyFrom(value: string | undefined): SandboxLatency | null {
  if (value === undefined) return null;
  const plain: Record<string, string | undefined> = /^\d+(\.\d+)?$/.test(value)
    ? { jira: value, kvs: '20' }
    : Object.fromEntries(value.split(',').map((part): [string, string] => [part.split('=')[0]?.trim() ?? '', part.split('=')[1]?.trim() ?? '']));
  const ms = (name: string): number => {
    const n = Number(plain[name] ?? (name === 'kvs' ? '0' : undefined));
    if (!Number.isFinite(n) || n < 0 || n > 10_000) throw new UsageError(`--latency takes jira=MS,kvs=MS with 0 to 10000 milliseconds each, not "${value}"`);
    return n;
  };
  const unknown = Object.keys(plain).filter((k) => k !== 'jira' && k !== 'kvs');
  if (unknown.length > 0) throw new UsageError(`--latency knows jira and kvs, not ${unknown.join(', ')}`);
  return { productMs: ms('jira'), kvsMs: ms('kvs') };
}

function describeUsers(snapshot: Snapshot): string[] {
  return signInUsers(snapshot).map((user) => {
    const projects = visibleProjects(snapshot, { type: 'user', accountId: user.accountId }).map((p) => p.key);
    const role = DEMO_USER_LIST.find((d) => d.accountId === user.accountId)?.role;
    const sees = projects.length > 0 ? `sees ${projects.join(', ')}` : 'sees no project';
    return `  ${user.emailAddress ?? user.accountId}  ${user.displayName}${role ? `, ${role}` : ''}: ${sees}`;
  });
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { snapshot: { type: 'string' }, 'kvs-file': { type: 'string' }, issues: { type: 'string' }, latency: { type: 'string' } } });
  const port = portFrom(process.env['PORT']);
  const today = new Date().toISOString().slice(0, 10);
  const issues = issuesFrom(values.issues);
  const latency = latencyFrom(values.latency);
  if (issues !== null && values.snapshot) throw new UsageError('give --snapshot or --issues, not both');
  const snapshot = values.snapshot
    ? await loadSnapshot(values.snapshot)
    : issues !== null
      ? largeSnapshot({ issues, today })
      : demoSnapshot({ today });
  if (await buildStaticIfStale()) console.log('Built the Custom UI into static/dist.');
  const kvsFile = values['kvs-file'];
  const sandbox = await startSandbox({ snapshot, port, host: '127.0.0.1', backgroundWork: true, ...(kvsFile ? { kvsFile } : {}), ...(latency ? { latency } : {}) });
  console.log(`Keel sandbox: ${sandbox.url}${latency ? ` (each Jira and Confluence request waits ${latency.productMs} ms, each storage call ${latency.kvsMs} ms)` : ''}`);
  console.log(`Site ${snapshot.site.name}. Sign in as (switch users in the page's top bar):`);
  for (const line of describeUsers(snapshot)) console.log(line);
  console.log('  anonymous  (not signed in)');
  const firstUser = encodeURIComponent(signInUsers(snapshot)[0]?.emailAddress ?? 'anonymous');
  console.log(`Jira:       ${sandbox.url}/?user=${firstUser}&module=keel-project-page`);
  console.log(`Confluence: ${sandbox.url}/?product=confluence&user=${firstUser}`);
  const stop = () => {
    sandbox.close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(`Keel sandbox: could not close cleanly: ${error instanceof Error ? error.message : String(error)}`);
        process.exit(1);
      },
    );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  if (error instanceof UsageError || (error instanceof Error && error.name === 'TypeError' && 'code' in error && error.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION')) {
    console.error(`Keel sandbox: ${error.message}`);
    process.exit(2);
  }
  console.error(`Keel sandbox: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  process.exit(1);
});
