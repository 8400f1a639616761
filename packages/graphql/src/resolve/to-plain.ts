/**
 * Copies argument values into plain objects and arrays: GraphQL builds input objects without a
 * prototype, which the query parser (rightly) does not take for records. Absent keys are dropped.
 */
export function toPlain(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(toPlain);
  if (typeof value !== 'object' || value === null) return value;
  const plain: Record<string, unknown> = {};
  for (const [key, nested] of Object.entries(value)) {
    if (nested !== undefined) plain[key] = toPlain(nested);
  }
  return plain;
}
