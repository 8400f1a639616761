import type { CollectionTarget, FilterNode, Operand } from '../read-node.js';
import { fieldGuardOf, withGuard } from './field-guard-of.js';
import { isNumericType } from './operator-rules.js';
import { readableFields, type ValidateContext } from './validate-context.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const RANGE: Record<string, number> = { integer: 2_147_483_647, bigInteger: Number.MAX_SAFE_INTEGER };

/**
 * `?search=`: a case-insensitive "contains" over the readable, searchable text fields of the collection,
 * equality on numeric fields when the term is a number in their range, and on uuid fields when it is a
 * UUID. Matches nothing when no field qualifies.
 */
export function resolveSearch(ctx: ValidateContext, target: CollectionTarget, term: string): FilterNode {
  const number = term.trim() === '' ? Number.NaN : Number(term);
  const items: FilterNode[] = [];
  for (const field of readableFields(ctx, target.collection)) {
    if (field.alias || !field.searchable || field.special.includes('conceal')) continue;
    const operand = withGuard<Operand>(
      { kind: 'column', field },
      fieldGuardOf(ctx, target.collection, field.field),
    );
    if (field.type === 'string' || field.type === 'text') {
      items.push({ kind: 'condition', operand, operator: 'icontains', value: term });
    } else if (isNumericType(field.type) && Number.isFinite(number)) {
      const max = RANGE[field.type] ?? Number.MAX_VALUE;
      const integral = field.type === 'integer' || field.type === 'bigInteger';
      if (Math.abs(number) <= max && (!integral || Number.isInteger(number)))
        items.push({ kind: 'condition', operand, operator: 'eq', value: number });
    } else if (field.type === 'uuid' && UUID.test(term)) {
      items.push({ kind: 'condition', operand, operator: 'eq', value: term.toLowerCase() });
    }
  }
  return items.length === 0 ? { kind: 'constant', value: false } : { kind: 'or', items };
}
