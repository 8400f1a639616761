import { type ColumnDefinitionBuilder, type Expression, sql } from 'kysely';
import type { DdlDialect } from './dialects/ddl-dialect.js';
import type { ResolvedField } from './resolve-field.js';

/** The expression or literal a default compiles to on this engine; `undefined` for no default. */
export function toDefaultExpression(
  dialect: DdlDialect,
  field: ResolvedField,
): Expression<unknown> | string | number | undefined {
  const preset = field.default;
  switch (preset.kind) {
    case 'none':
      return undefined;
    case 'now':
      return dialect.now;
    case 'uuid':
      // Validation refuses this default where uuidDefault is null.
      return dialect.uuidDefault ?? undefined;
    case 'value':
      if (typeof preset.value === 'boolean') return dialect.booleanLiteral(preset.value);
      // Kysely inlines the literal with the engine's escaping; DDL cannot bind parameters.
      return preset.value;
  }
}

/**
 * Applies a field's options to a column definition. `inlinePrimaryKey` is false when the key is
 * declared as a named table constraint instead (every key except auto-increment ones).
 */
export function defineColumn(
  builder: ColumnDefinitionBuilder,
  field: ResolvedField,
  dialect: DdlDialect,
): ColumnDefinitionBuilder {
  if (field.autoIncrement) return dialect.finishColumn(dialect.autoIncrement(builder), field);
  let result = builder;
  const preset = toDefaultExpression(dialect, field);
  if (preset !== undefined) result = result.defaultTo(preset);
  if (!field.nullable) result = result.notNull();
  return dialect.finishColumn(result, field);
}

/** `sql.raw` for a type name built from checked integers only. */
export function rawType(type: string): Expression<unknown> {
  return sql.raw(type);
}
