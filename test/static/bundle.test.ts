/** The Custom UI's bundle: it parses answers with the contract's own schemas (issue #18), and carries no full zod. */
import { build } from 'esbuild';
import { describe, it } from '@jest/globals';
import { expect } from '../expect';
import { bundleOptions } from '../../static/build';

/** The source files that put code into main.js (zod/mini's index names every locale, and tree shaking drops them). */
async function bundleInputs(): Promise<string[]> {
  const result = await build({ ...bundleOptions, write: false, metafile: true, logLevel: 'silent' });
  const main = Object.entries(result.metafile.outputs).find(([path]) => path.endsWith('main.js'))?.[1];
  return Object.entries(main?.inputs ?? {}).filter(([, input]) => input.bytesInOutput > 0).map(([path]) => path);
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
