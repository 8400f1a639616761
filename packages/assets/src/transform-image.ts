import { PassThrough, type Readable } from 'node:stream';
import sharp, { type Sharp } from 'sharp';
import type { TransformLimiter } from './create-transform-limiter.js';
import { applyStep } from './lib/apply-step.js';
import { toTransformError, transformTimeoutError } from './lib/to-transform-error.js';
import type { TransformPlan } from './resolve-transform-plan.js';

/** The limits every transform runs under, from `ASSETS_*` configuration. */
export interface TransformImageLimits {
  /** Shared slot queue (`ASSETS_TRANSFORM_MAX_CONCURRENT`). */
  limiter: TransformLimiter;
  /** `ASSETS_TRANSFORM_TIMEOUT` in milliseconds: longest from getting a slot to the encoded result. */
  timeoutMs: number;
  /** `ASSETS_TRANSFORM_IMAGE_MAX_DIMENSION`: sharp refuses inputs of more than its square in pixels. */
  maxDimension: number;
  /** `ASSETS_INVALID_IMAGE_SENSITIVITY_LEVEL`: how damaged an input may be. @default 'warning' */
  failOn?: 'none' | 'truncated' | 'error' | 'warning';
}

/** A transform under way. */
export interface TransformedImage {
  /** The encoded image; errors with a Plinth error (415, 400, 503) if the transform fails. */
  stream: Readable;
  /** MIME type of what `stream` yields. */
  contentType: string;
}

/**
 * Runs a {@link TransformPlan} over an image stream with sharp. Waits for a slot from `limits.limiter`
 * (queueing behind running transforms) and holds it until the image is encoded or the output is
 * abandoned. The image is auto-oriented from its EXIF unless the plan rotates it itself.
 *
 * Errors on `stream`: UNSUPPORTED_MEDIA_TYPE (415) when the bytes are not a readable image,
 * ILLEGAL_ASSET_TRANSFORMATION (400) above the pixel limit, SERVICE_UNAVAILABLE (503) after
 * `limits.timeoutMs`; an error of `input` itself (a storage failure) is passed on unchanged.
 *
 * @throws SERVICE_UNAVAILABLE (503) when the limiter's queue is full.
 */
export async function transformImage(
  input: Readable,
  plan: TransformPlan,
  limits: TransformImageLimits,
): Promise<TransformedImage> {
  const release = await limits.limiter.acquire();
  let transformer: Sharp;
  try {
    transformer = createTransformer(plan, limits);
  } catch (error) {
    release();
    input.destroy();
    throw toTransformError(error, plan.sourceType);
  }

  const output = new PassThrough();
  let stopped = false;
  const stop = (error?: Error) => {
    if (stopped) return;
    stopped = true;
    clearTimeout(timer);
    release();
    if (error === undefined) return;
    input.unpipe(transformer);
    input.destroy();
    transformer.destroy();
    output.destroy(error);
  };
  const timer = setTimeout(() => stop(transformTimeoutError()), limits.timeoutMs);
  // `info` comes once the image is encoded: what is left is handing over a buffer.
  transformer.once('info', () => stop());
  transformer.once('error', (error) => stop(toTransformError(error, plan.sourceType)));
  input.once('error', (error) => stop(error));
  output.once('close', () => {
    if (!output.readableEnded) stop(new Error('The transformed image was not read to the end.'));
  });
  input.pipe(transformer).pipe(output);
  return { stream: output, contentType: plan.contentType };
}

function createTransformer(plan: TransformPlan, limits: TransformImageLimits): Sharp {
  const transformer = sharp({
    limitInputPixels: limits.maxDimension * limits.maxDimension,
    sequentialRead: true,
    failOn: limits.failOn ?? 'warning',
  });
  // sharp's own timer (whole seconds) stops libvips itself; ours (above) answers on time.
  transformer.timeout({ seconds: Math.max(1, Math.ceil(limits.timeoutMs / 1000)) });
  if (!plan.steps.some(([method]) => method === 'rotate')) transformer.autoOrient();
  for (const step of plan.steps) applyStep(transformer, step);
  return transformer;
}
