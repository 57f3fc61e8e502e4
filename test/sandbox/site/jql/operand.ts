/** Resolves JQL operands to what fields are compared with: identifiers (lower-cased) and instants. */
import type { Operand } from './ast';
import { jqlDateValue } from './dates';
import type { JqlEnv } from './env';

const dayMs = 86_400_000;

/** The instant a date function denotes; startOfDay()/endOfDay() accept an offset like "-1d". */
function functionInstant(name: string, args: string[], env: JqlEnv): number | undefined {
  const now = env.now.getTime();
  const offset = args[0] === undefined ? 0 : (jqlDateValue(args[0], env.now) ?? now) - now;
  const startOfDay = Math.floor(now / dayMs) * dayMs;
  switch (name.toLowerCase()) {
    case 'now':
      return now + offset;
    case 'startofday':
      return startOfDay + offset;
    case 'endofday':
      return startOfDay + dayMs - 1 + offset;
    default:
      return undefined;
  }
}

const itemsOf = new WeakMap<Operand, Operand[]>();

/** Each single operand of `operand` (lists flattened), EMPTY included. Kept per operand: a search asks once per issue. */
export function operandItems(operand: Operand): Operand[] {
  const known = itemsOf.get(operand);
  if (known) return known;
  const items = operand.kind === 'list' ? operand.values.flatMap(operandItems) : [operand];
  itemsOf.set(operand, items);
  return items;
}

/** Lower-cased identifiers one operand item matches: a value, or currentUser()'s account id. */
export function operandIdentifiers(item: Operand, env: JqlEnv): string[] {
  if (item.kind === 'value') return [item.value.toLowerCase()];
  if (item.kind === 'function' && item.name.toLowerCase() === 'currentuser') {
    return env.principal.type === 'user' ? [env.principal.accountId.toLowerCase()] : [];
  }
  return [];
}

/** The instant an operand item denotes, for date fields. */
export function operandInstant(item: Operand, env: JqlEnv): number | undefined {
  if (item.kind === 'value') return jqlDateValue(item.value, env.now);
  if (item.kind === 'function') return functionInstant(item.name, item.args, env);
  return undefined;
}
