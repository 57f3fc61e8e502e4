import { describe, it } from '@jest/globals';
import { expect } from '../../expect';
import type { Snapshot } from '../snapshot-schema';
import { demoSnapshot } from './demo-snapshot';

interface LinkEnd {
  holder: string;
  linkId: string;
  typeName: string;
  side: 'inward' | 'outward';
  other: string;
}

interface RawLink {
  id: string;
  type: { name: string; inward: string; outward: string };
  inwardIssue?: { key: string };
  outwardIssue?: { key: string };
}

function linkEnds(snapshot: Snapshot): LinkEnd[] {
  return snapshot.issues.flatMap((issue) =>
    (issue.fields.issuelinks ?? []).map((entry) => {
      const link = entry as unknown as RawLink;
      const side = link.outwardIssue ? 'outward' : 'inward';
      const other = link.outwardIssue?.key ?? link.inwardIssue?.key ?? '';
      return { holder: issue.key, linkId: link.id, typeName: link.type.name, side, other };
    }),
  );
}

/** Blocks edges blocker -> blocked, read from the outward ends. */
function blocksEdges(snapshot: Snapshot): Array<[string, string]> {
  return linkEnds(snapshot)
    .filter((end) => end.typeName === 'Blocks' && end.side === 'outward')
    .map((end) => [end.holder, end.other]);
}

function findThreeCycle(edges: ReadonlyArray<[string, string]>): string[] | undefined {
  const next = new Map<string, Set<string>>();
  for (const [from, to] of edges) next.set(from, (next.get(from) ?? new Set()).add(to));
  for (const [a, bs] of next) {
    for (const b of bs) {
      for (const c of next.get(b) ?? []) if (next.get(c)?.has(a) && new Set([a, b, c]).size === 3) return [a, b, c];
    }
  }
  return undefined;
}

describe('demo issue links', () => {
  const snapshot = demoSnapshot();
  const ends = linkEnds(snapshot);

  it('writes every link on both ends, with the same id, type and opposite sides', () => {
    const byId = new Map<string, LinkEnd[]>();
    for (const end of ends) byId.set(end.linkId, [...(byId.get(end.linkId) ?? []), end]);
    expect(byId.size).toBeGreaterThan(80);
    for (const [id, pair] of byId) {
      expect(pair, `link ${id}`).toHaveLength(2);
      const [a, b] = pair as [LinkEnd, LinkEnd];
      expect(a.typeName).toBe(b.typeName);
      expect(new Set([a.side, b.side])).toEqual(new Set(['inward', 'outward']));
      expect(a.other).toBe(b.holder);
      expect(b.other).toBe(a.holder);
    }
  });

  it('links a PAY issue to a SEC issue, and shows the link on the SEC side too', () => {
    const intoSec = ends.filter((end) => end.holder.startsWith('PAY-') && end.other.startsWith('SEC-'));
    expect(intoSec).toHaveLength(1);
    const back = ends.filter((end) => end.linkId === intoSec[0]?.linkId && end.holder.startsWith('SEC-'));
    expect(back).toHaveLength(1);
  });

  it('has a Blocks cycle of three PAY issues', () => {
    const cycle = findThreeCycle(blocksEdges(snapshot));
    expect(cycle).toBeDefined();
    expect(cycle?.every((key) => key.startsWith('PAY-'))).toBe(true);
  });

  it('has exactly one pair of issues joined by two Blocks links', () => {
    const counts = new Map<string, number>();
    for (const [from, to] of blocksEdges(snapshot)) counts.set(`${from}>${to}`, (counts.get(`${from}>${to}`) ?? 0) + 1);
    expect([...counts.values()].filter((count) => count > 1)).toEqual([2]);
  });

  it('makes PAY work wait for PLAT work', () => {
    const platBlocksPay = blocksEdges(snapshot).filter(([from, to]) => from.startsWith('PLAT-') && to.startsWith('PAY-'));
    expect(platBlocksPay.length).toBeGreaterThanOrEqual(3);
  });

  it('uses the Gantt link types with the words real sites use, and Mitigates from treatments to risks', () => {
    const types = new Map(snapshot.issueLinkTypes.map((type) => [type.name, type]));
    expect(types.get('Gantt End to Start')).toMatchObject({ inward: 'has to be done after', outward: 'has to be done before' });
    expect(types.get('Gantt Start to Start')).toMatchObject({ inward: 'has to be started together with' });
    expect(types.get('Gantt End to End')).toMatchObject({ outward: 'has to be finished together with' });
    const used = new Set(ends.map((end) => end.typeName));
    for (const name of ['Gantt End to Start', 'Gantt Start to Start', 'Gantt End to End', 'Mitigates', 'Relates', 'Duplicate']) expect(used).toContain(name);
    const byKey = new Map(snapshot.issues.map((issue) => [issue.key, issue.fields.issuetype.name]));
    for (const end of ends.filter((candidate) => candidate.typeName === 'Mitigates' && candidate.side === 'outward')) {
      expect(byKey.get(end.other)).toBe('Risk');
    }
  });

  it('links no issue to itself', () => {
    expect(ends.filter((end) => end.holder === end.other)).toEqual([]);
  });
});
