export { appMinimalPermissions } from './app-minimal-permissions.js';
export type { CallerPermissions, PermissionsRuntime } from './caller-permissions.js';
export { collectVariables } from './collect-variables.js';
export { createPermissionsRuntime } from './create-permissions-runtime.js';
export { fetchRoleTree } from './fetch-role-tree.js';
export { fetchVariableValues, type VariableSubject } from './fetch-variable-values.js';
export { type PermissionAction, type PermissionRule, permissionActions } from './permission-rule.js';
export type { PermissionsLogger, PermissionsRuntimeOptions } from './permissions-runtime-options.js';
export { resolveVariables } from './resolve-variables.js';
export {
  type ActionAccess,
  type ActionSummary,
  type PermissionsSummary,
  summarizePermissions,
} from './summarize-permissions.js';
export { toReadPolicy } from './to-read-policy.js';
export { toVariableValues } from './to-variable-values.js';
export { toWritePolicy, type WritePolicy } from './to-write-policy.js';
export type { VariableRecord, VariableValues } from './variable-values.js';
