import type { PlinthEnv } from './plinth-env.js';

/**
 * The raw text of every variable starting with `prefix`, keyed by the rest of its name:
 * `pickPrefixed(env, 'STORAGE_S3_')` → `{ DRIVER: 's3', BUCKET: '…' }`. For the groups the
 * definitions cannot list (`STORAGE_<LOCATION>_*`, `AUTH_<PROVIDER>_*`, `DB_POOL__*`, `DB_SSL__*`).
 */
export function pickPrefixed(env: Pick<PlinthEnv, 'raw'>, prefix: string): Record<string, string> {
  const picked: Record<string, string> = {};
  for (const [name, value] of Object.entries(env.raw)) {
    if (name.length > prefix.length && name.startsWith(prefix)) picked[name.slice(prefix.length)] = value;
  }
  return picked;
}
