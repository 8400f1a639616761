import { assertStoragePrefix } from './assert-storage-key.js';

/**
 * The object-name prefix a `root` option stands for: `''` for none, otherwise the root without leading
 * or trailing slashes plus one `/` (`/media/` → `media/`). Refuses `..` and the like, so a root cannot
 * point a location at another one's objects by accident.
 */
export function toRootPrefix(root: string | undefined): string {
  const trimmed = (root ?? '').replace(/^\/+|\/+$/g, '');
  if (trimmed === '') return '';
  return assertStoragePrefix(`${trimmed}/`);
}
