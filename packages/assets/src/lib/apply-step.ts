import type { Sharp } from 'sharp';
import type { TransformStep } from '../transform-params.js';

type StepMethod = (this: Sharp, ...args: unknown[]) => Sharp;

/** Calls one checked `[method, ...args]` step on a sharp instance. */
export function applyStep(instance: Sharp, [method, ...args]: TransformStep): Sharp {
  const fn = (instance as unknown as Record<string, StepMethod>)[method];
  if (typeof fn !== 'function') throw new TypeError(`sharp has no method "${method}"`);
  return fn.apply(instance, args);
}
