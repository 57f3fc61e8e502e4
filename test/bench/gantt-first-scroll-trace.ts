/**
 * Gantt first-scroll trace: what the first scroll step of a freshly mounted Gantt costs the renderer's main
 * thread, against the steps after it, from Chromium's own trace (CDP Tracing, devtools.timeline and V8 compile
 * categories). Times are thread CPU time (`tdur`), not wall time, so a loaded machine's preemption does not hide
 * the difference. Each step scrolls 224 px (one window step, so React draws new rows) and waits three frames.
 * Run: `npx tsx test/bench/gantt-first-scroll-trace.ts [issues]` (2,000 by default). Not a test.
 */
import { build } from 'esbuild';
import { join } from 'node:path';
import { loadavg } from 'node:os';
import { chromium } from 'playwright-core';
import { syntheticGraph } from './synthetic-graph';

const ROOT = join(__dirname, '..', '..');
const SIZE = Number(process.argv[2] ?? 2000);
const STEPS = 6;
const SHOWN = ['RunTask', 'FunctionCall', 'V8.CompileCode', 'UpdateLayoutTree', 'Layout', 'PrePaint', 'Paint', 'Layerize', 'Commit'];

const ENTRY = `
import { createRoot } from 'react-dom/client';
import { flushSync } from 'react-dom';
import { GanttChart } from '../../static/src/gantt/gantt-chart';
import { ganttRows } from '../../static/src/gantt/gantt-rows';
import { ganttTimescale } from '../../static/src/gantt/gantt-timescale';
const container = document.getElementById('root');
const noop = () => undefined;
const frames = (n) => new Promise((resolve) => { const f = () => (n-- <= 0 ? resolve(undefined) : requestAnimationFrame(f)); requestAnimationFrame(f); });
window.mount = async (data) => {
  const rows = ganttRows({ nodes: data.nodes, summaries: [], grouping: 'epic', collapsed: new Set() });
  const to = Math.max(...data.nodes.map((n) => n.offsets.lateFinish)) + 2;
  const scale = ganttTimescale({ calendar: { workingWeekdays: [1, 2, 3, 4, 5], holidays: [] }, projectStart: '2026-11-02', from: 0, to, preset: 'week', viewportWidth: 1000 });
  flushSync(() => createRoot(container).render(<GanttChart rows={rows} edges={data.edges} scale={scale} holidays={[]} today={10} baseline={null} title="Trace" onToggle={noop} onOpen={noop} />));
  // A user looks before scrolling: the page is first idle (at most 1 s), then a few frames.
  await new Promise((resolve) => requestIdleCallback(resolve, { timeout: 1000 }));
  await frames(4);
};
window.step = async (px) => {
  container.querySelector('[data-testid="gantt"]').scrollTop += px;
  await frames(3);
};
`;

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  tid: number;
  tdur?: number;
  args?: { data?: { type?: string } };
}

async function main(): Promise<void> {
  const graph = syntheticGraph(SIZE);
  const js = (await build({ stdin: { contents: ENTRY, loader: 'tsx', resolveDir: __dirname, sourcefile: 'trace-entry.tsx' }, bundle: true, minify: true, write: false, format: 'iife', platform: 'browser', target: ['es2022'], jsx: 'automatic', alias: { '@contract': join(ROOT, 'src', 'contract.ts') }, define: { 'process.env.NODE_ENV': '"production"' }, logLevel: 'warning' })).outputFiles[0]?.text ?? '';
  const css = (await build({ entryPoints: [join(ROOT, 'static', 'src', 'styles', 'main.css')], bundle: true, write: false, logLevel: 'warning' })).outputFiles[0]?.text ?? '';
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'] });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.setContent('<!doctype html><html><body><div id="root"></div></body></html>');
    await page.addScriptTag({ content: 'window.__bridge = { callBridge: () => Promise.reject(new Error("no host in the bench")) };' });
    await page.addStyleTag({ content: css });
    await page.addScriptTag({ content: js });
    const cdp = await page.context().newCDPSession(page);
    await page.evaluate((d) => (window as unknown as { mount: (d: unknown) => Promise<void> }).mount(d), { nodes: graph.nodes, edges: graph.edges });
    const events: TraceEvent[] = [];
    cdp.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown as TraceEvent[])));
    const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
    await cdp.send('Tracing.start', { categories: 'devtools.timeline,disabled-by-default-devtools.timeline,v8,disabled-by-default-v8.compile,blink', transferMode: 'ReportEvents' });
    for (let i = 0; i < STEPS; i += 1) await page.evaluate((px) => (window as unknown as { step: (px: number) => Promise<void> }).step(px), 224);
    await cdp.send('Tracing.end');
    await complete;
    // The renderer's main thread is the one that ran the scroll events.
    const scrolls = events.filter((e) => e.name === 'EventDispatch' && e.args?.data?.type === 'scroll').sort((a, b) => a.ts - b.ts);
    const main = scrolls[0]?.tid;
    const table = scrolls.map((s, i) => {
      const end = scrolls[i + 1]?.ts ?? Infinity;
      const row: Record<string, string | number> = { step: i === 0 ? '1 (first)' : i + 1 };
      for (const name of SHOWN) {
        const ms = events.filter((e) => e.tid === main && e.ph === 'X' && e.name === name && e.ts >= s.ts - 2000 && e.ts < end - 2000).reduce((sum, e) => sum + (e.tdur ?? 0), 0) / 1000;
        row[`${name} ms`] = ms.toFixed(1);
      }
      return row;
    });
    console.table(table);
    console.log(`Main-thread CPU time per scroll step (224 px, then 3 frames), ${SIZE} issues; load average ${loadavg().map((l) => l.toFixed(1)).join(' ')}.`);
  } finally {
    await browser.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
});
