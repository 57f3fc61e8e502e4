/**
 * Budgets per work item and their roll-up through the hierarchy (DESIGN.md section 1, "Earned value": BAC = sum of
 * budgets; budget = estimate x rate, story points x cost per point, or a cost field). Roll-up rule, so nothing
 * is counted twice: an item whose children's rolled-up budgets sum to more than 0 takes that sum, and its own
 * budget is left out (and reported); otherwise its own budget counts. BAC = the sum over top-level items. O(n).
 */
import { amountProblem, type DataProblem } from './data-problem';

export type BudgetSource =
  | { kind: 'estimate'; ratePerHour: number }
  | { kind: 'story-points'; costPerPoint: number }
  | { kind: 'cost-field' };

export interface BudgetFacts {
  key: string;
  parentKey: string | null;
  originalEstimateSeconds: number | null;
  storyPoints: number | null;
  /** The mapped cost field's value, when the source is a cost field. */
  cost?: number | null;
}

export interface BudgetRollUp {
  /** BAC: every counted budget once. */
  bac: number;
  /** The budgets that make up BAC (leaves of the roll-up): the ones to time-phase and earn. */
  counted: Map<string, number>;
  /** Each item's rolled-up budget: its own, or its descendants' sum when they have any. */
  rolledUp: Map<string, number>;
  problems: DataProblem[];
}

/**
 * The budget of one item, or null when its source field is empty.
 * Example: 8 h (28 800 s) at 50 an hour = 400; 5 points at 300 a point = 1500.
 */
export function itemBudget(item: BudgetFacts, source: BudgetSource): number | null {
  switch (source.kind) {
    case 'estimate':
      return item.originalEstimateSeconds === null ? null : (item.originalEstimateSeconds / 3600) * source.ratePerHour;
    case 'story-points':
      return item.storyPoints === null ? null : item.storyPoints * source.costPerPoint;
    case 'cost-field':
      return item.cost ?? null;
  }
}

/**
 * Budgets rolled up the parent links. A budget that is negative, not a number or above `ceiling` is left out
 * and reported. A parent outside `items` makes an item top-level; a parent cycle is cut and reported.
 * Example: epic E (own 1000) > story S1 (own 300) > sub-tasks T1 (100), T2 (none); story S2 (own 200):
 * S1 rolls up to 100 (T1 replaces its own 300), E to 100 + 200 = 300 (replacing its own 1000), BAC = 300,
 * and S1 and E are reported as 'replaced-by-children'.
 */
export function budgetRollUp(items: readonly BudgetFacts[], source: BudgetSource, ceiling = Number.POSITIVE_INFINITY): BudgetRollUp {
  const problems: DataProblem[] = [];
  const own = new Map<string, number | null>();
  for (const item of items) {
    const budget = itemBudget(item, source);
    const bad = budget === null ? null : amountProblem(budget, ceiling);
    if (budget !== null && bad) problems.push({ key: item.key, problem: bad, detail: `budget ${budget} is ${bad.replaceAll('-', ' ')}` });
    own.set(item.key, bad ? null : budget);
  }
  const children = new Map<string, string[]>();
  const parentOf = new Map<string, string>();
  for (const item of items) {
    if (item.parentKey === null || !own.has(item.parentKey) || item.parentKey === item.key) continue;
    parentOf.set(item.key, item.parentKey);
  }
  // Cut parent cycles: walk up from each item; a walk that meets itself drops the link that closes it.
  const walk = new Map<string, number>(); // the walk that reached an item first
  items.forEach((item, index) => {
    let at: string | undefined = item.key;
    while (at !== undefined && !walk.has(at)) {
      walk.set(at, index);
      at = parentOf.get(at);
    }
    if (at !== undefined && walk.get(at) === index) {
      problems.push({ key: at, problem: 'parent-cycle', detail: `the parent link of ${at} closes a cycle and is ignored` });
      parentOf.delete(at);
    }
  });
  for (const [child, parent] of parentOf) {
    const siblings = children.get(parent);
    if (siblings) siblings.push(child);
    else children.set(parent, [child]);
  }

  const rolledUp = new Map<string, number>();
  const counted = new Map<string, number>();
  // Children before parents: an explicit post-order, so deep hierarchies cannot overflow the stack.
  for (const root of new Set(items.filter((i) => !parentOf.has(i.key)).map((i) => i.key))) {
    const stack: [string, boolean][] = [[root, false]];
    while (stack.length > 0) {
      const [key, expanded] = stack.pop() ?? ['', true];
      const kids = children.get(key) ?? [];
      if (!expanded) {
        stack.push([key, true]);
        for (const kid of kids) stack.push([kid, false]);
        continue;
      }
      const withBudget = kids.filter((k) => rolledUp.has(k));
      const theirs = withBudget.reduce((sum, k) => sum + (rolledUp.get(k) ?? 0), 0);
      const mine = own.get(key) ?? null;
      if (mine !== null && theirs > 0) {
        problems.push({ key, problem: 'replaced-by-children', detail: `own budget ${mine} is replaced by its children's ${theirs}` });
      } else if (mine !== null) {
        counted.set(key, mine); // children budgeted at 0 do not wipe out a real budget
      }
      if (mine !== null || withBudget.length > 0) rolledUp.set(key, mine !== null && theirs === 0 ? mine : theirs);
    }
  }
  let bac = 0;
  for (const budget of counted.values()) bac += budget;
  return { bac, counted, rolledUp, problems };
}
