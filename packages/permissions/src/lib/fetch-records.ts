import type { FieldOverview, SchemaOverview } from '@plinth/types';
import { type Kysely, sql } from 'kysely';

interface Selection {
  alias: string;
  table: string;
  field: FieldOverview;
  key: string;
}

interface Plan {
  joins: Array<{ alias: string; table: string; primary: string; from: string; column: string }>;
  selections: Selection[];
}

function relatedCollection(schema: SchemaOverview, collection: string, field: string): string | null {
  const relation = schema.relations.find(
    (candidate) => candidate.collection === collection && candidate.field === field,
  );
  return relation?.related_collection ?? null;
}

/** Joins and columns that read `paths` from `collection` (alias `t0`), following many-to-one fields. */
function planPaths(schema: SchemaOverview, collection: string, paths: readonly string[][]): Plan {
  const plan: Plan = { joins: [], selections: [] };
  const joined = new Map<string, { alias: string; collection: string }>();
  for (const path of paths) {
    let current = { alias: 't0', collection };
    let reachable = true;
    for (const [index, segment] of path.slice(0, -1).entries()) {
      const key = path.slice(0, index + 1).join('.');
      let next = joined.get(key);
      if (!next) {
        const related = relatedCollection(schema, current.collection, segment);
        const target = related === null ? undefined : schema.collections[related];
        if (!target?.primary || schema.collections[current.collection]?.fields[segment]?.alias !== false) {
          reachable = false;
          break;
        }
        next = { alias: `t${joined.size + 1}`, collection: target.collection };
        joined.set(key, next);
        plan.joins.push({
          alias: next.alias,
          table: target.collection,
          primary: target.primary,
          from: current.alias,
          column: segment,
        });
      }
      current = next;
    }
    const field = schema.collections[current.collection]?.fields[path.at(-1) ?? ''];
    // Unknown fields and alias (o2m, m2m) fields have no column to read: such a path resolves to null.
    if (!reachable || !field || field.alias) continue;
    plan.selections.push({
      alias: `p${plan.selections.length}`,
      table: current.alias,
      field,
      key: path.join('.'),
    });
  }
  return plan;
}

/** Values as filters compare them: JSON decoded, booleans as booleans, dates as ISO text. */
function normalize(value: unknown, field: FieldOverview): unknown {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return value.toISOString();
  if (field.type === 'boolean') return Boolean(Number(value));
  if (field.type === 'json' && typeof value === 'string') {
    try {
      return JSON.parse(value);
    } catch {
      return value;
    }
  }
  return value;
}

/**
 * Reads the named field paths (`role.name`, `department.id`) of some rows of `collection` in one statement,
 * following many-to-one fields with left joins. Answers each found row by id as `{ [path]: value }`; a path
 * the schema cannot follow is left out (it then resolves to null). No statement when nothing can be read.
 */
export async function fetchRecords(
  db: Kysely<any>,
  schema: SchemaOverview,
  collection: string,
  ids: readonly string[],
  paths: readonly string[][],
): Promise<Map<string, Record<string, unknown>>> {
  const records = new Map<string, Record<string, unknown>>();
  const primary = schema.collections[collection]?.primary;
  const plan = planPaths(schema, collection, paths);
  if (!primary || ids.length === 0 || plan.selections.length === 0) return records;

  let query = db.selectFrom(sql.table(collection).as('t0'));
  for (const join of plan.joins) {
    query = query.leftJoin(sql.table(join.table).as(join.alias), (on) =>
      on.on(
        sql<boolean>`${sql.ref(`${join.alias}.${join.primary}`)} = ${sql.ref(`${join.from}.${join.column}`)}`,
      ),
    );
  }
  const rows = await query
    .select([
      sql.ref(`t0.${primary}`).as('__id'),
      ...plan.selections.map((selection) =>
        sql.ref(`${selection.table}.${selection.field.field}`).as(selection.alias),
      ),
    ])
    .where(sql.ref(`t0.${primary}`), 'in', [...ids])
    .execute();
  for (const row of rows) {
    const record: Record<string, unknown> = {};
    for (const selection of plan.selections) {
      record[selection.key] = normalize(row[selection.alias], selection.field);
    }
    records.set(String(row['__id']), record);
  }
  return records;
}
