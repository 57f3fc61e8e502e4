/**
 * @forge/lint only checks a REST call written as `x.requestJira(route`...`, { method })`. Keel's adapters
 * build the route in one place and hand it to a port (`request(schema, route`...`, { method })`), so the lint
 * sees no call at all. This finds every `route` template in src/ with the `method` of the call it is passed
 * to, and writes one `api.asUser().requestJira(...)` / `requestConfluence(...)` line per route for the lint.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

export interface RouteProbe {
  /** Where the route is built, `src/...:line`. */
  at: string;
  product: 'jira' | 'confluence';
  method: string;
  /** The template literal as written, substitutions included. */
  template: string;
}

export function findRoutes(appDir: string): RouteProbe[] {
  return sourceFiles(join(appDir, 'src')).flatMap((file) => {
    const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.ES2022, true);
    const probes: RouteProbe[] = [];
    const visit = (node: ts.Node): void => {
      if (ts.isTaggedTemplateExpression(node) && node.tag.getText(source) === 'route') {
        const template = node.template.getText(source).replace(/\s*\n\s*/g, '');
        const line = source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1;
        probes.push({
          at: `${relative(appDir, file)}:${line}`,
          product: template.startsWith('`/wiki/') ? 'confluence' : 'jira',
          method: methodOfCall(node, source),
          template,
        });
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
    return probes;
  });
}

/** A module the lint can read: one product call per route, each on its own line. */
export function probeModule(probes: RouteProbe[]): string {
  const calls = probes.map((probe) => {
    const request = probe.product === 'confluence' ? 'requestConfluence' : 'requestJira';
    return `  () => api.asUser().${request}(route${probe.template}, { method: '${probe.method}' }), // ${probe.at}`;
  });
  return `import api, { route } from '@forge/api';\nexport const probes = [\n${calls.join('\n')}\n];\n`;
}

/** The `method` string in the object literal passed next to the route, else GET. */
function methodOfCall(node: ts.Node, source: ts.SourceFile): string {
  const call = node.parent;
  if (!ts.isCallExpression(call)) return 'GET';
  for (const argument of call.arguments) {
    if (!ts.isObjectLiteralExpression(argument)) continue;
    for (const property of argument.properties) {
      if (ts.isPropertyAssignment(property) && property.name.getText(source) === 'method' && ts.isStringLiteral(property.initializer)) {
        return property.initializer.text.toUpperCase();
      }
    }
  }
  return 'GET';
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.(ts|tsx)$/.test(entry.name) && !entry.name.endsWith('.d.ts'))
    .map((entry) => join(entry.parentPath, entry.name));
}
