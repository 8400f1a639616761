import { sql } from 'kysely';
import type { CollectionTarget } from '../../validate/read-node.js';
import type { ReadDialect, Sql } from '../read-dialect.js';

/** State of one compilation: the dialect, and a counter so every table alias is unique in the statement. */
export interface CompileContext {
  dialect: ReadDialect;
  nextAlias(): string;
}

/** A fresh context; aliases are `t0`, `t1`, ... */
export function createCompileContext(dialect: ReadDialect): CompileContext {
  let counter = 0;
  return { dialect, nextAlias: () => `t${counter++}` };
}

/** `"alias"."column"`. */
export function columnRef(alias: string, column: string): Sql {
  return sql.id(alias, column);
}

/** `"table" as "alias"`. */
export function fromTable(target: CollectionTarget, alias: string): Sql {
  return sql`${sql.id(target.table)} as ${sql.id(alias)}`;
}
