/**
 * The name-based fallback for mapped fields the settings leave null: each null slot takes the first site field
 * whose name matches one of the slot's names (case and spacing ignored), like `risk-field-names.ts` does for risks.
 */

const normal = (name: string): string => name.trim().replace(/\s+/g, ' ').toLowerCase();

export function fieldIdsByName<T extends Record<string, string | null>>(
  ids: T,
  namesBySlot: { readonly [K in keyof T]?: readonly string[] },
  siteFields: readonly { id: string; name: string }[],
): T {
  const byName = new Map<string, string>();
  for (const field of siteFields) if (!byName.has(normal(field.name))) byName.set(normal(field.name), field.id);
  const filled: Record<string, string | null> = { ...ids };
  for (const [slot, names] of Object.entries(namesBySlot)) {
    if (filled[slot] !== null || names === undefined) continue;
    filled[slot] = names.map((name) => byName.get(normal(name))).find((id) => id !== undefined) ?? null;
  }
  return { ...ids, ...filled };
}
