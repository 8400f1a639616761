import { sql } from 'kysely';
import type { ReadField, ReadNode } from '../../validate/read-node.js';
import type { JsonEntry, Sql } from '../read-dialect.js';
import { type CompileContext, columnRef, fromTable } from './compile-context.js';
import { compileFilter } from './compile-filter.js';
import { compileOperand, guardValue } from './compile-operand.js';
import { compileSort } from './compile-sort.js';

function withFilter(ctx: CompileContext, join: Sql, node: ReadNode, alias: string): Sql {
  return node.filter ? sql`${join} and ${compileFilter(ctx, node.filter, alias)}` : join;
}

function singleObject(ctx: CompileContext, node: ReadNode, join: (alias: string) => Sql): Sql {
  const alias = ctx.nextAlias();
  const object = compileObject(ctx, node, alias);
  const where = withFilter(ctx, join(alias), node, alias);
  return ctx.dialect.embedJson(sql`select ${object} from ${fromTable(node, alias)} where ${where}`);
}

function compileList(
  ctx: CompileContext,
  field: Extract<ReadField, { kind: 'many' | 'keys' }>,
  parent: string,
): Sql {
  const alias = ctx.nextAlias();
  const { node, link } = field;
  const keyField = node.fields[0];
  const element =
    field.kind === 'keys' && keyField?.kind === 'value'
      ? compileOperand(ctx, keyField.operand, alias, 'output')
      : compileObject(ctx, node, alias);
  const join = sql`${columnRef(alias, link.field)} = ${columnRef(parent, link.parentField)}`;
  return ctx.dialect.jsonArray({
    element,
    elementIsJson: field.kind === 'many',
    alias: `${alias}_list`,
    from: fromTable(node, alias),
    where: withFilter(ctx, join, node, alias),
    orderBy: compileSort(ctx, node.sort, alias),
    limit: node.limit,
    offset: node.offset,
  });
}

function compileField(ctx: CompileContext, field: ReadField, alias: string): Sql {
  switch (field.kind) {
    case 'value':
      return compileOperand(ctx, field.operand, alias, 'output');
    case 'm2o':
      return singleObject(
        ctx,
        field.node,
        (child) => sql`${columnRef(child, field.node.primaryKey)} = ${columnRef(alias, field.field.field)}`,
      );
    case 'many':
    case 'keys':
      return compileList(ctx, field, alias);
    case 'a2o': {
      const branches = field.targets.map((target) => ({
        collection: target.collection,
        value: singleObject(
          ctx,
          target.node,
          (child) =>
            sql`${ctx.dialect.toText(columnRef(child, target.node.primaryKey))} = ${columnRef(alias, field.field.field)}`,
        ),
      }));
      for (const collection of field.hidden ?? []) branches.push({ collection, value: sql`null` });
      const fallback = ctx.dialect.outputValue(field.field, columnRef(alias, field.field.field));
      return ctx.dialect.anyOf(columnRef(alias, field.collectionField), branches, fallback);
    }
  }
}

/** The JSON object of one row of a level, nested levels included. */
export function compileObject(ctx: CompileContext, node: ReadNode, alias: string): Sql {
  const entries: JsonEntry[] = node.fields.map((field) => ({
    key: field.key,
    value:
      field.kind === 'value'
        ? compileField(ctx, field, alias)
        : guardValue(ctx, field.guard, compileField(ctx, field, alias), alias),
  }));
  return ctx.dialect.jsonObject(entries);
}
