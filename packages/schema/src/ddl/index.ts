export type {
  DdlPlan,
  DdlStep,
  DdlTarget,
  FieldInput,
  FieldSchemaInput,
  RelationInput,
} from './ddl-types.js';
export type { DdlErrorContext } from './dialects/ddl-dialect.js';
export { translateMssqlError } from './errors/translate-mssql-error.js';
export { translateMysqlError } from './errors/translate-mysql-error.js';
export { translatePgError } from './errors/translate-pg-error.js';
export { translateSqliteError } from './errors/translate-sqlite-error.js';
export { planAddColumn } from './plan-add-column.js';
export { planAddForeignKey } from './plan-add-foreign-key.js';
export { type FieldChange, planAlterColumn } from './plan-alter-column.js';
export { type PlanCreateTableOptions, planCreateTable } from './plan-create-table.js';
export { assertDroppableColumn, planDropColumn } from './plan-drop-column.js';
export { planDropForeignKey } from './plan-drop-foreign-key.js';
export { type PlanDropTableOptions, planDropTable } from './plan-drop-table.js';
export { type RunPlanOptions, runPlan } from './run-plan.js';
export { assertValidField } from './validation/assert-valid-field.js';
export { assertValidFields } from './validation/assert-valid-fields.js';
export {
  assertValidIdentifier,
  type IdentifierKind,
  type IdentifierOptions,
} from './validation/assert-valid-identifier.js';
export { assertValidRelation } from './validation/assert-valid-relation.js';
