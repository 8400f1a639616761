import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { EnvError } from '../env-error.js';

/**
 * Namespaces whose `*_FILE` variables are read. Only Plinth's own names qualify, so an unrelated
 * variable such as `SSL_CERT_FILE` in the host environment is left alone.
 */
const dynamicPrefixes = [
  'DB_',
  'STORAGE_',
  'AUTH_',
  'EMAIL_',
  'REDIS',
  'CACHE_',
  'RATE_LIMITER_',
  'METRICS_',
];

function isPlinthName(name: string, knownNames: ReadonlySet<string>): boolean {
  return knownNames.has(name) || dynamicPrefixes.some((prefix) => name.startsWith(prefix));
}

/**
 * Replaces every `NAME_FILE=/path` by `NAME` holding the file's content, less one trailing newline
 * (editors and `echo` add one; a secret never ends in one on purpose). Within one source the file
 * wins over a plain `NAME`, since pointing at a file is the more deliberate act.
 */
export function resolveFileSecrets(
  source: Readonly<Record<string, string>>,
  knownNames: ReadonlySet<string>,
  cwd: string,
): Record<string, string> {
  const result: Record<string, string> = { ...source };
  for (const [key, path] of Object.entries(source)) {
    const name = key.slice(0, -'_FILE'.length);
    if (!key.endsWith('_FILE') || path === '' || !isPlinthName(name, knownNames)) continue;
    try {
      result[name] = readFileSync(resolve(cwd, path), 'utf8').replace(/\r?\n$/, '');
    } catch {
      throw new EnvError({
        variable: key,
        accepted: 'the path of a readable file',
        received: JSON.stringify(path),
        hint: `Check the file exists, or set ${name} directly.`,
      });
    }
    delete result[key];
  }
  return result;
}
