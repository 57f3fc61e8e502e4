/**
 * The dependency graph (DESIGN.md section 1, "Dependency graph"): one node per item in scope, then one per
 * linked issue outside it ("external"); one edge per mapped link, predecessor -> successor, stored as
 * parallel typed arrays with compressed-sparse-row adjacency both ways. Self-links and duplicates are
 * returned as data, not edges. O(items + links) time, about 40 bytes per edge.
 */
import { ruleFor, type DependencyKind, type DependencyRule } from '../dependency-rule';
import { uniqueLinks } from '../unique-links';
import { adjacency } from './compressed-adjacency';
import { repeatedEdges } from './repeated-edges';
import type { WorkItem } from '../work-item';

export const KINDS: readonly DependencyKind[] = ['FS', 'SS', 'FF', 'SF'];

export interface DependencyGraph {
  /** Node index -> issue key: in-scope items in input order, then external issues in first-seen order. */
  keys: string[];
  indexOf: ReadonlyMap<string, number>;
  /** Nodes [0, inScopeCount) are in scope; the rest are external. */
  inScopeCount: number;
  edgeCount: number;
  edgeFrom: Int32Array;
  edgeTo: Int32Array;
  /** Index into KINDS. */
  edgeKind: Uint8Array;
  edgeLag: Float64Array;
  edgeLinkId: string[];
  /** Edges leaving node v: outEdge[outStart[v] .. outStart[v+1]). */
  outStart: Int32Array;
  outEdge: Int32Array;
  /** Edges entering node v: inEdge[inStart[v] .. inStart[v+1]). */
  inStart: Int32Array;
  inEdge: Int32Array;
  selfLinks: { linkId: string; key: string; kind: DependencyKind }[];
  /** A link stating the same dependency (ends, kind, lag) as an earlier one; it adds no edge. */
  duplicateLinks: { linkId: string; sameAs: string; fromKey: string; toKey: string }[];
}

export function dependencyGraph(items: readonly WorkItem[], rules: readonly DependencyRule[]): DependencyGraph {
  const keys: string[] = [];
  const indexOf = new Map<string, number>();
  const node = (key: string): number => {
    let v = indexOf.get(key);
    if (v === undefined) {
      v = keys.length;
      keys.push(key);
      indexOf.set(key, v);
    }
    return v;
  };
  for (const item of items) node(item.key);
  const inScopeCount = keys.length;

  const rulesByType = new Map<string, DependencyRule | undefined>();
  const links = uniqueLinks(items);
  let from = new Int32Array(links.length);
  let to = new Int32Array(links.length);
  let kind = new Uint8Array(links.length);
  let lag = new Float64Array(links.length);
  let linkId: string[] = [];
  const selfLinks: DependencyGraph['selfLinks'] = [];
  let m = 0;
  for (const link of links) {
    let rule = rulesByType.get(link.linkType);
    if (rule === undefined && !rulesByType.has(link.linkType)) {
      rule = ruleFor(rules, link.linkType);
      rulesByType.set(link.linkType, rule);
    }
    if (!rule) continue;
    // dependencyEnds(link, rule), without an object per link
    const outwardFirst = rule.predecessor === 'outward';
    const fromKey = outwardFirst ? link.outwardKey : link.inwardKey;
    const toKey = outwardFirst ? link.inwardKey : link.outwardKey;
    if (fromKey === toKey) {
      selfLinks.push({ linkId: link.id, key: fromKey, kind: rule.kind });
      continue;
    }
    from[m] = node(fromKey);
    to[m] = node(toKey);
    kind[m] = KINDS.indexOf(rule.kind);
    lag[m] = rule.lagDays;
    linkId.push(link.id);
    m++;
  }

  const repeated = repeatedEdges(keys.length, from, to, kind, lag, m);
  const duplicateLinks: DependencyGraph['duplicateLinks'] = [];
  if (repeated.length > 0) {
    const drop = new Uint8Array(m);
    for (const [e, same] of repeated) {
      drop[e] = 1;
      duplicateLinks.push({ linkId: linkId[e] ?? '', sameAs: linkId[same] ?? '', fromKey: keys[from[e] ?? 0] ?? '', toKey: keys[to[e] ?? 0] ?? '' });
    }
    const kept = Array.from({ length: m }, (_, e) => e).filter((e) => drop[e] === 0);
    from = Int32Array.from(kept, (e) => from[e] ?? 0);
    to = Int32Array.from(kept, (e) => to[e] ?? 0);
    kind = Uint8Array.from(kept, (e) => kind[e] ?? 0);
    lag = Float64Array.from(kept, (e) => lag[e] ?? 0);
    linkId = kept.map((e) => linkId[e] ?? '');
    m = kept.length;
  }
  const edgeFrom = from.slice(0, m);
  const edgeTo = to.slice(0, m);
  const out = adjacency(keys.length, edgeFrom, m);
  const into = adjacency(keys.length, edgeTo, m);
  return {
    keys,
    indexOf,
    inScopeCount,
    edgeCount: m,
    edgeFrom,
    edgeTo,
    edgeKind: kind.slice(0, m),
    edgeLag: lag.slice(0, m),
    edgeLinkId: linkId,
    outStart: out.start,
    outEdge: out.edge,
    inStart: into.start,
    inEdge: into.edge,
    selfLinks,
    duplicateLinks,
  };
}
