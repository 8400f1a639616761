import { InvalidPayloadError } from '@plinth/errors';

const toPattern = (glob: string): RegExp =>
  new RegExp(
    `^${glob
      .trim()
      .toLowerCase()
      .replace(/[.+?^${}()|[\]\\]/g, '\\$&')
      .replace(/\*/g, '[^/]*')}$`,
  );

/**
 * Checks an upload's MIME type against `FILES_MIME_TYPE_ALLOW_LIST` globs (`image/*`, `*\/*`,
 * `application/pdf`), parameters such as `; charset=` ignored.
 *
 * @throws INVALID_PAYLOAD (400) "File is of invalid content type", Directus' answer.
 */
export function assertAllowedType(type: string, allowList: readonly string[]): void {
  const essence = type.split(';')[0]!.trim().toLowerCase();
  if (allowList.some((glob) => toPattern(glob).test(essence))) return;
  throw new InvalidPayloadError({ reason: 'File is of invalid content type' });
}
