import { cacheSettings, redisSettings } from './definitions/cache-settings.js';
import { databaseSettings } from './definitions/database-settings.js';
import { emailSettings } from './definitions/email-settings.js';
import {
  extensionSettings,
  hashingSettings,
  metricsSettings,
  retentionSettings,
} from './definitions/platform-settings.js';
import { graphqlSettings, realtimeSettings } from './definitions/realtime-settings.js';
import { authenticationSettings, securitySettings } from './definitions/security-settings.js';
import { queryLimitSettings, serverSettings } from './definitions/server-settings.js';
import { assetSettings, importExportSettings, storageSettings } from './definitions/storage-settings.js';
import { corsSettings, rateLimitSettings } from './definitions/traffic-settings.js';

/**
 * Every setting Plinth reads, in documentation order. This list is the single source for parsing,
 * validation, the `PlinthEnv` type and docs/configuration.md.
 */
export const envDefinitions = [
  ...serverSettings,
  ...queryLimitSettings,
  ...databaseSettings,
  ...securitySettings,
  ...authenticationSettings,
  ...corsSettings,
  ...rateLimitSettings,
  ...cacheSettings,
  ...redisSettings,
  ...storageSettings,
  ...assetSettings,
  ...importExportSettings,
  ...emailSettings,
  ...realtimeSettings,
  ...graphqlSettings,
  ...extensionSettings,
  ...retentionSettings,
  ...hashingSettings,
  ...metricsSettings,
] as const;

/** The name of a setting Plinth knows. */
export type SettingName = (typeof envDefinitions)[number]['name'];
