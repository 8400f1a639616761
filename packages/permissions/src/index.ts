export type { CallerPermissions, PermissionsRuntime } from './caller-permissions.js';
export { type PermissionAction, type PermissionRule, permissionActions } from './permission-rule.js';
