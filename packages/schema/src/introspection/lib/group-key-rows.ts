/** A row of a multi-column key (index or foreign key) as catalogs return it: one per column. */
interface KeyRow {
  table: string;
  name: string;
  position: number | string;
}

/** Groups one-row-per-column key rows into one group per key, each in column order. */
export function groupKeyRows<T extends KeyRow>(rows: readonly T[]): T[][] {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const key = `${row.table}\u0000${row.name}`;
    const group = groups.get(key);
    if (group) group.push(row);
    else groups.set(key, [row]);
  }
  return [...groups.values()].map((group) => group.sort((a, b) => Number(a.position) - Number(b.position)));
}
