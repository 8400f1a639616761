import { envDefinitions } from './env-definitions.js';

const secretNames: ReadonlySet<string> = new Set(
  envDefinitions.filter((definition) => 'secret' in definition && definition.secret).map(({ name }) => name),
);

// Dynamic groups (STORAGE_<LOC>_SECRET, AUTH_<P>_CLIENT_SECRET, DB_SSL__KEY, ...) have no definitions,
// so their secrets are recognized by the last word of the name.
const secretSuffix = /(^|_)(SECRET|PASSWORD|TOKEN|TOKENS|KEY|CREDENTIALS|SERVICE_ROLE|ASSOCIATED_DATA)$/;
const notSecretKeys = /_(IDENTIFIER|EMAIL|FIRST_NAME|LAST_NAME|USER)_KEY$/;
const credentialUrls = /^(REDIS|DB_CONNECTION_STRING|[A-Z0-9_]+_REDIS|[A-Z0-9_]+_CONNECTION_STRING)$/;

/**
 * Whether a variable's value must be hidden in logs and errors: declared secrets, URLs that may
 * carry credentials, and any name ending in SECRET, PASSWORD, TOKEN, KEY or CREDENTIALS.
 * A trailing `_FILE` is ignored (`DB_PASSWORD_FILE` names a secret's file, so it is treated alike).
 */
export function isSecretSetting(name: string): boolean {
  const base = name.toUpperCase().replace(/_FILE$/, '');
  if (secretNames.has(base) || credentialUrls.test(base)) return true;
  return secretSuffix.test(base) && !notSecretKeys.test(base);
}
