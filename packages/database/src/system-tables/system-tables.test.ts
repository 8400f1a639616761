import { describe, expect, it } from 'vitest';
import { systemTables } from './system-tables.js';

describe('systemTables', () => {
  const names = systemTables.map((table) => table.name);

  it('declares each directus_* table once, with a primary key', () => {
    expect(new Set(names).size).toBe(names.length);
    for (const table of systemTables) {
      expect(table.name).toMatch(/^directus_[a-z_]+$/);
      expect(table.columns.some((column) => column.primary)).toBe(true);
      const columns = table.columns.map((column) => column.name);
      expect(new Set(columns).size).toBe(columns.length);
    }
  });

  it('lists every table after the tables its foreign keys point at', () => {
    for (const [index, table] of systemTables.entries()) {
      for (const column of table.columns) {
        const target = column.references?.table;
        if (!target || target === table.name) continue;
        expect(names.indexOf(target), `${table.name}.${column.name}`).toBeGreaterThanOrEqual(0);
        expect(names.indexOf(target), `${table.name}.${column.name}`).toBeLessThan(index);
      }
    }
  });

  it('gives string columns a length and foreign keys a column of the same type', () => {
    const byName = new Map(systemTables.map((table) => [table.name, table]));
    for (const table of systemTables) {
      for (const column of table.columns) {
        if (column.type === 'string')
          expect(column.length, `${table.name}.${column.name}`).toBeGreaterThan(0);
        const target = column.references;
        if (!target) continue;
        const referenced = byName.get(target.table)?.columns.find((entry) => entry.name === target.column);
        expect(referenced?.type, `${table.name}.${column.name}`).toBe(column.type);
        expect(referenced?.unsigned ?? false, `${table.name}.${column.name}`).toBe(column.unsigned ?? false);
      }
    }
  });
});
