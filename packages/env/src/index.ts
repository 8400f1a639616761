export type { DynamicSettingGroup } from './definitions/dynamic-setting-groups.js';
export { dynamicSettingGroups } from './definitions/dynamic-setting-groups.js';
export type { SettingDescription } from './describe-settings.js';
export { describeSettings } from './describe-settings.js';
export type {
  BytesDefinition,
  DurationDefinition,
  EnumDefinition,
  EnvDefinition,
  EnvGroup,
  EnvKind,
  JsonValue,
  NumberDefinition,
  PlainDefinition,
  SettingValue,
  UrlDefinition,
} from './env-definition.js';
export { envGroups } from './env-definition.js';
export type { SettingName } from './env-definitions.js';
export { envDefinitions } from './env-definitions.js';
export type { EnvErrorDetails } from './env-error.js';
export { EnvError } from './env-error.js';
export { isSecretSetting } from './is-secret-setting.js';
export type { LoadEnvOptions } from './load-env.js';
export { loadEnv } from './load-env.js';
export { pickPrefixed } from './pick-prefixed.js';
export type { PlinthEnv, PlinthSettings } from './plinth-env.js';
export { renderConfigurationDoc } from './render-configuration-doc.js';
export { toDatabaseConfig } from './to-database-config.js';
export { toTypedValue } from './to-typed-value.js';
