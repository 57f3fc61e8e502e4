/**
 * `npm run specs:download`: fetches Atlassian's published OpenAPI specs of Jira platform v3 and Confluence
 * v2 into the folder named by KEEL_ATLASSIAN_SPECS (default ../shared/atlassian/openapi), for anyone
 * outside the setup that provides them.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';

const SPECS = [
  { file: 'jira-platform-v3.json', url: 'https://developer.atlassian.com/cloud/jira/platform/swagger-v3.v3.json' },
  { file: 'confluence-v2.json', url: 'https://dac-static.atlassian.com/cloud/confluence/openapi-v2.v3.json' },
];

async function main(): Promise<void> {
  const folder = process.env.KEEL_ATLASSIAN_SPECS ?? path.resolve(__dirname, '../../../shared/atlassian/openapi');
  await mkdir(folder, { recursive: true });
  for (const spec of SPECS) {
    const response = await fetch(spec.url);
    if (!response.ok) throw new Error(`${spec.url} answered ${response.status}`);
    const text = await response.text();
    JSON.parse(text);
    await writeFile(path.join(folder, spec.file), text);
    process.stdout.write(`wrote ${path.join(folder, spec.file)} (${text.length} bytes)\n`);
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`specs:download failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
