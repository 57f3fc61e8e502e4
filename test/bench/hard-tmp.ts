import { readFileSync } from 'node:fs';
import { psplibInstance, psplibProblem } from '../../src/domain/levelling/psplib-instance';
import { levelSchedule } from '../../src/domain/levelling/level-schedule';
const dir = '/work/shared/psplib/j30';
const opt = new Map(readFileSync(dir + '/optimum.csv', 'utf8').trim().split('\n').slice(1).map((l) => { const [f, o] = l.split(','); return [f!, Number(o)]; }));
const files = process.argv.slice(3);
let dev = 0, hit = 0; const t0 = performance.now();
for (const f of files) {
  const problem = psplibProblem(psplibInstance(readFileSync(`${dir}/${f}`, 'utf8')));
  for (const seed of [1, 2, 3]) {
    const s = levelSchedule(problem, { maxSchedules: Number(process.argv[2]), seed });
    const o = opt.get(f)!; dev += (s.makespan - o) / o; if (s.makespan === o) hit++;
    process.stdout.write(`${f}:${s.makespan}/${o} `);
  }
}
console.log('\nmean dev %', (100 * dev / files.length / 3).toFixed(3), 'hit', hit, '/', files.length * 3, 'ms', ((performance.now() - t0) / files.length / 3).toFixed(0));
