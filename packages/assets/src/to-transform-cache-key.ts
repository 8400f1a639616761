import { posix } from 'node:path';
import hash from 'object-hash';
import type { TransformPlan } from './resolve-transform-plan.js';

/**
 * The storage key a transformed variant is cached under, beside its original:
 * `<original name without extension>__<hash of the steps>.<output extension>`, e.g.
 * `1a2b....jpg` → `1a2b...__5f0c9e....webp`. The hash is `object-hash` (SHA-1, key order ignored) of
 * the plan's steps, the scheme Directus 11 uses, so variants it already cached are found again.
 */
export function toTransformCacheKey(filenameDisk: string, plan: TransformPlan): string {
  const extension = posix.extname(filenameDisk);
  const base = posix.basename(filenameDisk, extension);
  const outputExtension = plan.format === undefined ? extension : `.${plan.format}`;
  return `${base}__${hash(plan.steps as unknown as object)}${outputExtension}`;
}
