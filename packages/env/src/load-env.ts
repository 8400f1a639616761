import { randomBytes } from 'node:crypto';
import { basename, resolve } from 'node:path';
import type { EnvDefinition } from './env-definition.js';
import { envDefinitions } from './env-definitions.js';
import { assertConsistentSettings } from './lib/assert-consistent-settings.js';
import { deepFreeze } from './lib/deep-freeze.js';
import { parseDefinitions } from './lib/parse-definitions.js';
import { readConfigFile } from './lib/read-config-file.js';
import { resolveFileSecrets } from './lib/resolve-file-secrets.js';
import type { PlinthEnv } from './plinth-env.js';

/** Where `loadEnv` reads from. */
export interface LoadEnvOptions {
  /**
   * The real environment; the app passes `process.env`. Wins over the config file.
   * @default {}
   */
  env?: Readonly<Record<string, string | undefined>>;
  /**
   * Directory that `CONFIG_PATH`, `*_FILE` paths and `DB_FILENAME` are relative to.
   * @default process.cwd()
   */
  cwd?: string;
}

const definitions: readonly EnvDefinition[] = envDefinitions;
const knownNames: ReadonlySet<string> = new Set(definitions.map(({ name }) => name));

function definedEntries(env: Readonly<Record<string, string | undefined>>): Record<string, string> {
  const entries = Object.entries(env).filter(
    (entry): entry is [string, string] => typeof entry[1] === 'string',
  );
  return Object.fromEntries(entries);
}

function readSources(env: Readonly<Record<string, string | undefined>>, cwd: string) {
  const fromEnv = resolveFileSecrets(definedEntries(env), knownNames, cwd);
  const explicit = (fromEnv['CONFIG_PATH'] ?? '') !== '';
  const configPath = resolve(cwd, explicit ? (fromEnv['CONFIG_PATH'] ?? '') : '.env');
  const fromFile = resolveFileSecrets(readConfigFile(configPath, explicit), knownNames, cwd);
  // CONFIG_PATH is only honoured from the real environment; a file cannot point at another file.
  const merged = { ...fromFile, ...fromEnv, CONFIG_PATH: configPath };
  return { merged, hint: `Set it in the environment or in ${basename(configPath)}.` };
}

/**
 * Reads Plinth's settings once, at boot: the config file (`CONFIG_PATH`, default `<cwd>/.env`)
 * under the real environment, `*_FILE` secrets, and type prefixes; then validates every known
 * setting and returns them typed and deeply frozen.
 *
 * @throws EnvError for the first setting that is not acceptable.
 */
export function loadEnv(options: LoadEnvOptions = {}): PlinthEnv {
  const cwd = resolve(options.cwd ?? process.cwd());
  const { merged, hint } = readSources(options.env ?? {}, cwd);
  const { values, defaultsUsed } = parseDefinitions(definitions, merged, hint);

  const secretIsGenerated = values['SECRET'] === undefined;
  if (secretIsGenerated) values['SECRET'] = randomBytes(32).toString('base64url');
  values['REDIS_ENABLED'] ??= values['REDIS'] !== undefined || values['REDIS_HOST'] !== undefined;
  assertConsistentSettings(values, hint);

  const result: Record<string, unknown> = { ...values, SECRET_IS_GENERATED: secretIsGenerated };
  Object.defineProperties(result, {
    raw: { value: { ...defaultsUsed, ...merged }, enumerable: false },
    cwd: { value: cwd, enumerable: false },
  });
  return deepFreeze(result) as PlinthEnv;
}
