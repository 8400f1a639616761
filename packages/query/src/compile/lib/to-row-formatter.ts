import type { ReadNode } from '../../validate/read-node.js';

type Row = Record<string, unknown>;
type Formatter = (row: Row) => void;

function splitCsv(value: unknown): unknown {
  return typeof value === 'string' ? (value === '' ? [] : value.split(',')) : value;
}

function eachObject(value: unknown, format: Formatter): void {
  if (Array.isArray(value)) for (const item of value) eachObject(item, format);
  else if (value !== null && typeof value === 'object') format(value as Row);
}

/**
 * The scalar formatting SQL cannot do on every engine (csv text to arrays), as a walk over the returned
 * JSON; `null` when the tree selects nothing that needs it, so most reads skip the walk entirely.
 */
export function toRowFormatter(node: ReadNode): Formatter | null {
  const steps: Formatter[] = [];
  for (const field of node.fields) {
    if (field.kind === 'value' && field.operand.kind === 'column' && field.operand.field.type === 'csv') {
      const key = field.key;
      steps.push((row) => {
        row[key] = splitCsv(row[key]);
      });
    } else if (field.kind === 'm2o' || field.kind === 'many') {
      const nested = toRowFormatter(field.node);
      const key = field.key;
      if (nested) steps.push((row) => eachObject(row[key], nested));
    } else if (field.kind === 'a2o') {
      const key = field.key;
      const byCollection = new Map(
        field.targets.map((target) => [target.collection, toRowFormatter(target.node)]),
      );
      steps.push((row) => {
        const format = byCollection.get(String(row[field.collectionField]));
        if (format) eachObject(row[key], format);
      });
    }
  }
  if (steps.length === 0) return null;
  return (row) => {
    for (const step of steps) step(row);
  };
}
