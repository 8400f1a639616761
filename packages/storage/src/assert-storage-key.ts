import { StorageError, StorageErrorCode } from './storage-error.js';

/** Longest key accepted, in UTF-8 bytes (S3's and GCS's limit; Azure allows more). */
export const MAX_KEY_BYTES = 1024;

// Control characters (NUL included) have no business in a key and confuse logs and file systems.
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching them is the point
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f]/;
const DRIVE_LETTER = /^[A-Za-z]:/;

const refuse = (key: string, reason: string): never => {
  throw new StorageError(StorageErrorCode.InvalidKey, `Invalid storage key: ${reason}.`, { key });
};

/** The checks keys and prefixes share; `allowTrailingSlash` lets a prefix name a folder (`thumbs/`). */
function checkPath(value: unknown, allowTrailingSlash: boolean): asserts value is string {
  if (typeof value !== 'string') refuse(String(value), 'it is not a string');
  const text = value as string;
  if (Buffer.byteLength(text, 'utf8') > MAX_KEY_BYTES)
    refuse(text, `it is longer than ${MAX_KEY_BYTES} bytes`);
  if (CONTROL_CHARACTERS.test(text)) refuse(text, 'it contains a control character');
  if (text.includes('\\')) refuse(text, 'it contains a backslash');
  if (text.startsWith('/')) refuse(text, 'it is an absolute path');
  if (DRIVE_LETTER.test(text)) refuse(text, 'it starts with a drive letter');
  const segments = text.split('/');
  if (allowTrailingSlash && segments.length > 1 && segments.at(-1) === '') segments.pop();
  for (const segment of segments) {
    if (segment === '') refuse(text, 'it has an empty path segment');
    if (segment === '.' || segment === '..') refuse(text, `it has a "${segment}" segment`);
  }
}

/**
 * Checks that `key` names an object inside a driver's root and returns it: a non-empty `/`-separated
 * relative path of at most {@link MAX_KEY_BYTES} bytes, with no `.` or `..` segment, no empty segment
 * (`a//b`, a trailing `/`), no leading `/` or drive letter, no backslash and no control character.
 * Throws `STORAGE_INVALID_KEY` otherwise. Every driver calls it before touching its backend.
 */
export function assertStorageKey(key: unknown): string {
  checkPath(key, false);
  return key;
}

/**
 * Checks a `list` prefix and returns it: the empty string (everything), or a key that may end in `/`.
 * Throws `STORAGE_INVALID_KEY` otherwise.
 */
export function assertStoragePrefix(prefix: unknown): string {
  if (prefix === '' || prefix === undefined) return '';
  checkPath(prefix, true);
  return prefix;
}
