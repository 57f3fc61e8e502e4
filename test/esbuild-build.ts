/**
 * esbuild's `build`, stopping esbuild's service process once no build is running. The service is a child process
 * whose stdout pipe stays open (unref'd, but a GC root): inside a jest test file it holds that file's whole module
 * graph in memory until the worker ends, and a worker so loaded takes longer than jest's 500 ms to exit ("A worker
 * process has failed to exit gracefully"). The next build starts a new service, in a few milliseconds. Every build
 * made before in the same test file (static/build.ts's, for one) shares the service, and so stops with it.
 */
import { build, stop, type BuildOptions, type BuildResult } from 'esbuild';

let running = 0;

export async function buildThenStop<T extends BuildOptions>(options: Parameters<typeof build<T>>[0]): Promise<BuildResult<T>> {
  running += 1;
  try {
    return await build(options);
  } finally {
    running -= 1;
    if (running === 0) await stop();
  }
}
