import { IllegalAssetTransformationError, InvalidQueryError } from '@plinth/errors';
import sharp from 'sharp';
import { applyStep } from './lib/apply-step.js';
import { isPlainObject } from './lib/is-plain-object.js';
import { isTransformMethod } from './transform-methods.js';
import { OUTPUT_FORMATS, type TransformLimits, type TransformStep } from './transform-params.js';

const NOT_AN_ARRAY = '"transforms" must be a JSON array of [method, ...arguments] steps';

/**
 * Reads the `transforms` parameter (JSON text from a query string, or the array of a stored preset) into
 * checked steps: at most `limits.maxOperations` of them, each naming an allowed sharp method with
 * arguments sharp itself accepts, `toFormat` limited to the transform output formats, and no resize
 * asking for more than `limits.maxDimension` pixels a side.
 *
 * @throws InvalidQueryError (400) for anything malformed or not allowed.
 * @throws IllegalAssetTransformationError (400) for a resize above the maximum dimension.
 */
export function parseTransforms(raw: unknown, limits: TransformLimits): TransformStep[] {
  const value = typeof raw === 'string' ? parseJson(raw) : raw;
  if (!Array.isArray(value)) throw new InvalidQueryError({ reason: NOT_AN_ARRAY });
  if (value.length > limits.maxOperations) {
    throw new InvalidQueryError({
      reason: `"transforms" allows at most ${limits.maxOperations} operations, got ${value.length}`,
    });
  }
  return value.map((step, index) => checkStep(step, index, limits));
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new InvalidQueryError({ reason: NOT_AN_ARRAY });
  }
}

function checkStep(step: unknown, index: number, limits: TransformLimits): TransformStep {
  if (!Array.isArray(step) || step.length === 0) throw new InvalidQueryError({ reason: NOT_AN_ARRAY });
  const [method, ...args] = step as [unknown, ...unknown[]];
  if (!isTransformMethod(method)) {
    throw new InvalidQueryError({
      reason: `"transforms" does not allow ${JSON.stringify(method)} as a transformation`,
    });
  }
  if (method === 'toFormat' && !(OUTPUT_FORMATS as readonly unknown[]).includes(args[0])) {
    throw new InvalidQueryError({
      reason: `"toFormat" takes one of ${OUTPUT_FORMATS.join(', ')}, got ${JSON.stringify(args[0])}`,
    });
  }
  if (method === 'resize') assertResizeWithin(args, limits.maxDimension);
  try {
    // sharp checks arguments when a method is called and only runs the pipeline on output, so calling the
    // step on an instance without input is a complete, cheap argument check.
    applyStep(sharp(), [method, ...args]);
  } catch (error) {
    throw new InvalidQueryError({
      reason: `"transforms" step ${index + 1} (${method}): ${(error as Error).message.replace(/\.$/, '')}`,
    });
  }
  return [method, ...args];
}

function assertResizeWithin(args: unknown[], maxDimension: number): void {
  const options = isPlainObject(args[0]) ? args[0] : isPlainObject(args[2]) ? args[2] : {};
  const width = isPlainObject(args[0]) ? options.width : args[0];
  const height = isPlainObject(args[0]) ? options.height : args[1];
  const tooLarge: string[] = [];
  if (typeof width === 'number' && width > maxDimension) tooLarge.push('width');
  if (typeof height === 'number' && height > maxDimension) tooLarge.push('height');
  if (tooLarge.length > 0) throw new IllegalAssetTransformationError({ invalidTransformations: tooLarge });
}
