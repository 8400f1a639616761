import type { DiffRecord, SchemaDiff } from '@plinth/services';

function describeRecords(records: DiffRecord[]): string {
  return records
    .map((record) => {
      const path = record.path?.join('.') ?? '';
      if (record.kind === 'E')
        return `${path}: ${JSON.stringify(record.lhs)} → ${JSON.stringify(record.rhs)}`;
      if (record.kind === 'N') return `${path}: + ${JSON.stringify(record.rhs)}`;
      if (record.kind === 'D') return `${path}: removed`;
      return `${path}[${record.index}]: ${record.item.kind === 'N' ? 'added' : 'removed'}`;
    })
    .join('; ');
}

function line(kind: string | undefined, what: string, records: DiffRecord[]): string {
  if (kind === 'N') return `  + ${what}`;
  if (kind === 'D') return `  - ${what}`;
  return `  ~ ${what} (${describeRecords(records)})`;
}

/** The changes of a diff, one line each: `+` create, `~` change (with what changes), `-` delete. */
export function formatSchemaDiff(diff: SchemaDiff): string[] {
  return [
    ...diff.collections.map((entry) =>
      line(entry.diff[0]?.kind, `collection ${entry.collection}`, entry.diff),
    ),
    ...diff.fields.map((entry) =>
      line(entry.diff[0]?.kind, `field ${entry.collection}.${entry.field}`, entry.diff),
    ),
    ...diff.systemFields.map((entry) =>
      line('E', `system field ${entry.collection}.${entry.field}`, entry.diff),
    ),
    ...diff.relations.map((entry) =>
      line(
        entry.diff[0]?.kind,
        `relation ${entry.collection}.${entry.field} → ${entry.related_collection ?? 'any'}`,
        entry.diff,
      ),
    ),
  ];
}
