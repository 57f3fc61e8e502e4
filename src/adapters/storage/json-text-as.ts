/**
 * Stored JSON text read back as a schema says: what Keel wrote is still read as outside data (damaged, cut short by
 * a replaced chunk, or written by another Keel), so text that does not parse or fit reads as null, never a throw.
 */
export function jsonTextAs<T>(text: string, schema: { safeParse(value: unknown): { success: true; data: T } | { success: false } }): T | null {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return null;
  }
  const parsed = schema.safeParse(json);
  return parsed.success ? parsed.data : null;
}
