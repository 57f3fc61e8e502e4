import { describe, it } from '@jest/globals';
import { expect } from '../../expect';
import { ganttRows } from '../../../static/src/gantt/gantt-rows';
import { node, summary } from './gantt-fixtures';

const nodes = [
  node('PAY-11', 5, 9, { parentKey: 'PAY-10', assignee: { accountId: 'a1', displayName: 'Priya' } }),
  node('PAY-21', 0, 2, { parentKey: 'PAY-20', critical: true }),
  node('PAY-12', 0, 5, { parentKey: 'PAY-15' }),
  node('PLAT-3', 2, 4, { projectKey: 'PLAT', external: true, assignee: { accountId: 'a1', displayName: 'Priya' } }),
];
const summaries = [
  summary('PAY-10', '2026-11-02', '2026-11-12'),
  summary('PAY-15', '2026-11-02', '2026-11-06', { parentKey: 'PAY-10', type: 'Story' }),
  summary('PAY-20', '2026-11-02', '2026-11-03', { critical: true }),
];
const ids = (rows: ReturnType<typeof ganttRows>) => rows.map((r) => `${'  '.repeat(r.depth)}${r.kind}:${r.id}`);

describe('ganttRows', () => {
  it('by epic: the summary tasks are the outline, earliest start first, with work under no epic in its own group', () => {
    expect(ids(ganttRows({ nodes, summaries, grouping: 'epic', collapsed: new Set() }))).toEqual([
      'group:PAY-10', '  summary:PAY-15', '    task:PAY-12', '  task:PAY-11',
      'group:PAY-20', '  task:PAY-21',
      'group:(no epic)', '  task:PLAT-3',
    ]);
  });

  it('collapsing a group or a summary hides what is under it and keeps its span', () => {
    const rows = ganttRows({ nodes, summaries, grouping: 'epic', collapsed: new Set(['PAY-10']) });
    expect(ids(rows)).toEqual(['group:PAY-10', 'group:PAY-20', '  task:PAY-21', 'group:(no epic)', '  task:PLAT-3']);
    const epic = rows.find((r) => r.id === 'PAY-10');
    expect(epic?.kind === 'group' ? [epic.span, epic.count, epic.collapsed] : null).toEqual([{ start: 0, finish: 9 }, 2, true]);
  });

  it('by assignee and by project: one heading each, unassigned work together', () => {
    expect(ids(ganttRows({ nodes, summaries, grouping: 'assignee', collapsed: new Set() }))).toEqual([
      'group:(unassigned)', '  task:PAY-12', '  task:PAY-21', 'group:a1', '  task:PLAT-3', '  task:PAY-11',
    ]);
    expect(ids(ganttRows({ nodes, summaries, grouping: 'project', collapsed: new Set() }))).toEqual([
      'group:PAY', '  task:PAY-12', '  task:PAY-21', '  task:PAY-11', 'group:PLAT', '  task:PLAT-3',
    ]);
  });

  it('marks a group critical from its summary task, or from critical work in it', () => {
    const rows = ganttRows({ nodes, summaries, grouping: 'project', collapsed: new Set() });
    expect(rows.filter((r) => r.kind === 'group' && r.critical).map((r) => r.id)).toEqual(['PAY']);
  });

  it('survives a loop in the parent chain and an empty plan', () => {
    const looped = [summary('PAY-1', '2026-11-02', '2026-11-02', { parentKey: 'PAY-2' }), summary('PAY-2', '2026-11-02', '2026-11-02', { parentKey: 'PAY-1' })];
    const rows = ganttRows({ nodes: [node('PAY-3', 0, 1, { parentKey: 'PAY-1' })], summaries: looped, grouping: 'epic', collapsed: new Set() });
    expect(rows.some((r) => r.id === 'PAY-3')).toBe(true);
    expect(ganttRows({ nodes: [], summaries: [], grouping: 'epic', collapsed: new Set() })).toEqual([]);
  });
});
