/** The Custom UI's bundle: it parses answers with the contract's own schemas (issue #18), and carries no full zod. */
import { describe, it } from '@jest/globals';
import { expect } from '../expect';
import { buildThenStop } from '../esbuild-build';
import { bundleOptions } from '../../static/build';

/**
 * The source files that put code into the bundle: main.js and the chunks it loads (zod/mini's index names every
 * locale, and tree shaking drops them).
 */
async function bundleInputs(): Promise<string[]> {
  const result = await buildThenStop({ ...bundleOptions, write: false, metafile: true, logLevel: 'silent' });
  const scripts = Object.entries(result.metafile.outputs).filter(([path]) => path.endsWith('.js'));
  return [...new Set(scripts.flatMap(([, output]) => Object.entries(output.inputs).filter(([, input]) => input.bytesInOutput > 0).map(([path]) => path)))];
}

describe('the Custom UI bundle', () => {
  it('holds the contract\'s schemas and the settings schema, written once in zod/mini, and no full zod', async () => {
    const inputs = await bundleInputs();
    expect(inputs).toEqual(expect.arrayContaining(['src/contract.ts', 'src/contract/schedule.ts', 'src/config/settings.ts', expect.stringMatching(/zod\/v4\/mini\//)]));
    // Full zod (its classic API and its locales) is about 95 KB gzip against about 6 KB for zod/mini; the locales'
    // index is only the namespace zod/mini's index names.
    expect(inputs.filter((path) => /zod\/v4\/(classic\/|locales\/(?!index\.js))/.test(path))).toEqual([]);
    expect(inputs.filter((path) => path.startsWith('static/src/api/') && path.endsWith('schemas.ts'))).toEqual([]);
  }, 120_000);
});

describe('a bundle per module (issue #13, item 6)', () => {
  it("loads for the issue panel and the macros only their own views' code, not the admin pages' nor the project page's", async () => {
    const result = await buildThenStop({ ...bundleOptions, write: false, metafile: true, logLevel: 'silent' });
    const outputs = result.metafile.outputs;
    const reachable = (start: string, seen = new Set<string>()): Set<string> => {
      if (seen.has(start)) return seen;
      seen.add(start);
      for (const imported of outputs[start]?.imports ?? []) if (imported.kind === 'import-statement') reachable(imported.path, seen);
      return seen;
    };
    const main = Object.keys(outputs).find((p) => p.endsWith('/main.js')) ?? '';
    const sourcesOf = (view: string): string[] => {
      const chunk = Object.entries(outputs).find(([path, o]) => o.entryPoint === view && path.endsWith('.js'))?.[0];
      if (!chunk) throw new Error(`no chunk for ${view}`);
      const files = new Set([...reachable(main), ...reachable(chunk)]);
      return [...files].flatMap((file) => Object.entries(outputs[file]?.inputs ?? {}).filter(([, i]) => i.bytesInOutput > 0).map(([path]) => path));
    };
    for (const view of ['static/src/macros/macro-app.tsx', 'static/src/issue-panel/issue-panel.tsx']) {
      const sources = sourcesOf(view);
      expect(sources).toContain(view);
      // The user picker (static/src/admin/user-picker.tsx) is shared with the issue panel's decision form.
      const adminPages = (s: string) => /^static\/src\/admin\/(admin-page|project-settings-page|settings-form|.*-section)\.tsx$/.test(s);
      expect(sources.filter((s) => adminPages(s) || s === 'static/src/views/project-page.tsx' || s.startsWith('static/src/gantt/'))).toEqual([]);
    }
    expect(sourcesOf('static/src/admin/admin-page.tsx').filter((s) => s.startsWith('static/src/risks/') || s.startsWith('static/src/dependencies/'))).toEqual([]);
  }, 120_000);
});

describe("the first answers' code (issue #11)", () => {
  it('main.js and the chunks it imports hold the first answers and neither React nor the contract: the calls start before those load', async () => {
    const result = await buildThenStop({ ...bundleOptions, write: false, metafile: true, logLevel: 'silent' });
    const outputs = result.metafile.outputs;
    const main = Object.keys(outputs).find((p) => p.endsWith('/main.js')) ?? '';
    const files = new Set<string>();
    const visit = (file: string): void => {
      if (files.has(file)) return;
      files.add(file);
      for (const imported of outputs[file]?.imports ?? []) if (imported.kind === 'import-statement') visit(imported.path);
    };
    visit(main);
    const sources = [...files].flatMap((file) => Object.entries(outputs[file]?.inputs ?? {}).filter(([, i]) => i.bytesInOutput > 0).map(([path]) => path));
    expect(sources).toEqual(expect.arrayContaining(['static/src/main.tsx', 'static/src/api/first-answers.ts', 'static/src/api/invoke-now.ts']));
    const heavy = sources.filter((s) => /node_modules\/(react|react-dom|scheduler)\//.test(s) || s === 'src/contract.ts' || s === 'static/src/app.tsx');
    expect(heavy, 'React, the views and the contract loaded before the first answers start').toEqual([]);
    const bytes = [...files].reduce((sum, file) => sum + (outputs[file]?.bytes ?? 0), 0);
    expect(bytes, "bytes of the first answers' code").toBeLessThan(150_000);
  }, 120_000);
});
