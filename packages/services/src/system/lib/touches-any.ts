import { isItemObject } from '../../items/lib/write-split-payload.js';

/** Whether some payload sets one of `fields`. */
export function touchesAny(payloads: readonly unknown[], fields: readonly string[]): boolean {
  return payloads.some((payload) => isItemObject(payload) && fields.some((field) => field in payload));
}
