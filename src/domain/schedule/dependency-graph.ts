/**
 * The dependency graph (DESIGN.md section 1, "Dependency graph"): one node per item in scope, then one per
 * linked issue outside it ("external"); one edge per mapped link, predecessor -> successor, stored as
 * parallel typed arrays with compressed-sparse-row adjacency both ways. Self-links and duplicates are
 * returned as data, not edges. O(items + links) time, about 40 bytes per edge. With `ends` (summary tasks,
 * summary-links.ts) a link to an item that is not work adds no edge, and a link touching a summary becomes an edge
 * per activity it binds, all carrying the link's id: O(items + links x activities per summary).
 */
import { ruleFor, type DependencyKind, type DependencyRule } from '../dependency-rule';
import { uniqueLinks } from '../unique-links';
import { adjacency } from './compressed-adjacency';
import { repeatedEdges } from './repeated-edges';
import type { WorkItem } from '../work-item';
import type { SummaryEnds } from './summary-links';

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
  /** Links between a summary task and one of its own descendants (Microsoft Project refuses them): no edge. */
  summaryLinks: { linkId: string; fromKey: string; toKey: string }[];
  /** Links touching a summary, made into edges between activities: the link's own ends, to name it to the user. */
  summaryLinkEnds: Map<string, { fromKey: string; toKey: string }>;
}

/** `linkLags`: a lag per link id that replaces its rule's (a what-if scenario's edit, domain/scenario). */
export function dependencyGraph(items: readonly WorkItem[], rules: readonly DependencyRule[], ends?: SummaryEnds, linkLags?: ReadonlyMap<string, number>): DependencyGraph {
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
  const links = uniqueLinks(ends?.carriers ?? items);
  let from = new Int32Array(links.length);
  let to = new Int32Array(links.length);
  let kind = new Uint8Array(links.length);
  let lag = new Float64Array(links.length);
  let linkId: string[] = [];
  const selfLinks: DependencyGraph['selfLinks'] = [];
  const summaryLinks: DependencyGraph['summaryLinks'] = [];
  const summaryLinkEnds: DependencyGraph['summaryLinkEnds'] = new Map();
  // Edges made from a link touching a summary: one repeating another edge is no duplicate link.
  const expanded: number[] = [];
  let m = 0;
  const addEdge = (u: number, v: number, k: number, l: number, id: string): void => {
    if (m === from.length) {
      const size = Math.max(16, from.length * 2);
      from = grow(from, new Int32Array(size));
      to = grow(to, new Int32Array(size));
      kind = grow(kind, new Uint8Array(size));
      lag = grow(lag, new Float64Array(size));
    }
    from[m] = u;
    to[m] = v;
    kind[m] = k;
    lag[m] = l;
    linkId.push(id);
    m++;
  };
  for (const link of links) {
    let rule = rulesByType.get(link.linkType);
    if (rule === undefined && !rulesByType.has(link.linkType)) {
      rule = ruleFor(rules, link.linkType);
      rulesByType.set(link.linkType, rule);
    }
    if (!rule) continue;
    const lagDays = linkLags?.get(link.id) ?? rule.lagDays;
    // dependencyEnds(link, rule), without an object per link
    const outwardFirst = rule.predecessor === 'outward';
    const fromKey = outwardFirst ? link.outwardKey : link.inwardKey;
    const toKey = outwardFirst ? link.inwardKey : link.outwardKey;
    if (fromKey === toKey) {
      selfLinks.push({ linkId: link.id, key: fromKey, kind: rule.kind });
      continue;
    }
    if (!ends) {
      addEdge(node(fromKey), node(toKey), KINDS.indexOf(rule.kind), lagDays, link.id);
      continue;
    }
    const pairs = ends.edgesOf(fromKey, toKey, rule.kind);
    if (pairs === 'within-summary') summaryLinks.push({ linkId: link.id, fromKey, toKey });
    else if (pairs === null) addEdge(node(fromKey), node(toKey), KINDS.indexOf(rule.kind), lagDays, link.id);
    else {
      summaryLinkEnds.set(link.id, { fromKey, toKey });
      for (const [f, t] of pairs) {
        expanded.push(m);
        addEdge(node(f), node(t), KINDS.indexOf(rule.kind), lagDays, link.id);
      }
    }
  }

  const isExpanded = new Uint8Array(m);
  for (const e of expanded) isExpanded[e] = 1;
  const repeated = repeatedEdges(keys.length, from, to, kind, lag, m);
  const duplicateLinks: DependencyGraph['duplicateLinks'] = [];
  if (repeated.length > 0) {
    const drop = new Uint8Array(m);
    for (const [e, same] of repeated) {
      drop[e] = 1;
      if (isExpanded[e] === 1 || isExpanded[same] === 1) continue;
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
    summaryLinks,
    summaryLinkEnds,
  };
}

function grow<T extends Int32Array | Uint8Array | Float64Array>(old: T, bigger: T): T {
  bigger.set(old);
  return bigger;
}
