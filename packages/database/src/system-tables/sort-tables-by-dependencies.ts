import type { SystemTable } from './system-table-types.js';

/**
 * Orders tables so every table comes after the tables its foreign keys point at, keeping the
 * given order where it is free to. Self-references are fine (the table exists when its key is
 * added); a real cycle cannot be created with inline foreign keys, so it throws.
 */
export function sortTablesByDependencies(tables: readonly SystemTable[]): SystemTable[] {
  const byName = new Map(tables.map((table) => [table.name, table]));
  const sorted: SystemTable[] = [];
  const state = new Map<string, 'visiting' | 'done'>();

  const visit = (table: SystemTable, path: string[]): void => {
    const seen = state.get(table.name);
    if (seen === 'done') return;
    if (seen === 'visiting') {
      throw new Error(`Foreign keys form a cycle: ${[...path, table.name].join(' -> ')}`);
    }
    state.set(table.name, 'visiting');
    for (const column of table.columns) {
      const target = column.references?.table;
      if (!target || target === table.name) continue;
      const dependency = byName.get(target);
      if (!dependency) throw new Error(`${table.name}.${column.name} references unknown table ${target}`);
      visit(dependency, [...path, table.name]);
    }
    state.set(table.name, 'done');
    sorted.push(table);
  };

  for (const table of tables) visit(table, []);
  return sorted;
}
