import { Readable } from 'node:stream';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTransformLimiter, type TransformLimiter } from '../src/create-transform-limiter.js';
import { resolveTransformPlan, type SourceFile, type TransformPlan } from '../src/resolve-transform-plan.js';
import { transformImage } from '../src/transform-image.js';
import type { TransformParams } from '../src/transform-params.js';
import { catchError } from './catch-error.js';
import {
  collect,
  corruptJpeg,
  halvesJpeg,
  jpegWithExif,
  noisyJpeg,
  pixelAt,
  pngWithAlpha,
  streamOf,
} from './images.js';

const limits = () => ({
  limiter: createTransformLimiter({ maxConcurrent: 4 }),
  timeoutMs: 7500,
  maxDimension: 6000,
});
const jpegFile: SourceFile = { type: 'image/jpeg', width: 400, height: 200 };

function plan(params: TransformParams, file: SourceFile = jpegFile, accept?: string): TransformPlan {
  const resolved = resolveTransformPlan(params, file, { maxDimension: 6000, accept });
  if (resolved === undefined) throw new Error('expected a plan');
  return resolved;
}

async function run(image: Buffer, transformPlan: TransformPlan, runLimits = limits()) {
  const { stream, contentType } = await transformImage(streamOf(image), transformPlan, runLimits);
  const output = await collect(stream);
  return { output, contentType, info: await sharp(output).metadata() };
}

let halves: Buffer;
beforeAll(async () => {
  halves = await halvesJpeg(400, 200);
});

describe('transformImage', () => {
  it.each([
    ['cover', 100, 100],
    ['contain', 100, 100],
    ['inside', 100, 50],
    ['outside', 200, 100],
  ] as const)('fits %s into 100×100 as %i×%i', async (fit, width, height) => {
    const { info } = await run(halves, plan({ width: 100, height: 100, fit }));
    expect([info.width, info.height]).toEqual([width, height]);
  });

  it('letterboxes contain and crops cover from the centre', async () => {
    const contained = await run(halves, plan({ width: 100, height: 100, fit: 'contain' }));
    expect(await pixelAt(contained.output, 50, 2)).toEqual([0, 0, 0]);
    const covered = await run(halves, plan({ width: 100, height: 100, fit: 'cover' }));
    const [left, right] = [await pixelAt(covered.output, 5, 50), await pixelAt(covered.output, 95, 50)];
    expect(left[0]).toBeGreaterThan(200);
    expect(right[2]).toBeGreaterThan(200);
  });

  it('centres a cover crop on the focal point', async () => {
    const redSide = await run(
      halves,
      plan({ width: 100, height: 100 }, { ...jpegFile, focal_point_x: 20, focal_point_y: 100 }),
    );
    const blueSide = await run(halves, plan({ width: 100, height: 100, focalPointX: 390, focalPointY: 100 }));
    for (const [x, y] of [
      [5, 5],
      [95, 95],
    ]) {
      expect((await pixelAt(redSide.output, x as number, y as number))[0]).toBeGreaterThan(200);
      expect((await pixelAt(blueSide.output, x as number, y as number))[2]).toBeGreaterThan(200);
    }
    expect([redSide.info.width, redSide.info.height]).toEqual([100, 100]);
  });

  it('never enlarges with withoutEnlargement', async () => {
    const enlarged = await run(halves, plan({ width: 800 }));
    const kept = await run(halves, plan({ width: 800, withoutEnlargement: true }));
    expect(enlarged.info.width).toBe(800);
    expect([kept.info.width, kept.info.height]).toEqual([400, 200]);
  });

  it.each([
    ['webp', 'image/webp', 'webp'],
    ['png', 'image/png', 'png'],
    ['tiff', 'image/tiff', 'tiff'],
    ['avif', 'image/avif', 'heif'],
    ['jpg', 'image/jpeg', 'jpeg'],
  ] as const)('writes format=%s as %s', async (format, contentType, sharpFormat) => {
    const result = await run(halves, plan({ width: 50, format }));
    expect(result.contentType).toBe(contentType);
    expect(result.info.format).toBe(sharpFormat);
  });

  it('writes format=auto as what the client accepts', async () => {
    const avif = await run(halves, plan({ width: 50, format: 'auto' }, jpegFile, 'image/avif,image/webp'));
    const webp = await run(halves, plan({ width: 50, format: 'auto' }, jpegFile, 'image/webp'));
    const plain = await run(halves, plan({ width: 50, format: 'auto' }, jpegFile, 'text/html'));
    expect([avif.info.format, webp.info.format, plain.info.format]).toEqual(['heif', 'webp', 'jpeg']);
  });

  it('lowers the size with quality', async () => {
    const noisy = await noisyJpeg(600, 400);
    const file = { type: 'image/jpeg', width: 600, height: 400 };
    const low = await run(noisy, plan({ quality: 10 }, file));
    const high = await run(noisy, plan({ quality: 95 }, file));
    expect(low.output.length * 2).toBeLessThan(high.output.length);
  });

  it('applies the transforms array', async () => {
    const flopped = await run(halves, plan({ transforms: [['flop'], ['greyscale']] }));
    const [r, g, b] = await pixelAt(flopped.output, 5, 100);
    expect(r).toBe(g);
    expect(g).toBe(b);
    // Blue (now on the left after flop) is darker in grey than red.
    expect(r).toBeLessThan((await pixelAt(flopped.output, 395, 100))[0]);
  });

  it('keeps alpha for PNG output and flattens it on request', async () => {
    const png = await pngWithAlpha();
    const file = { type: 'image/png', width: 200, height: 100 };
    expect((await run(png, plan({ width: 100 }, file))).info.hasAlpha).toBe(true);
    const flat = await run(png, plan({ transforms: [['flatten', { background: '#ffffff' }]] }, file));
    expect(flat.info.hasAlpha).toBe(false);
  });

  it('turns the image upright from its EXIF orientation', async () => {
    const rotated = await jpegWithExif(6); // stored 400×300, displayed 300×400
    const result = await run(rotated, plan({ width: 150 }, { type: 'image/jpeg', width: 300, height: 400 }));
    expect([result.info.width, result.info.height]).toEqual([150, 200]);
  });

  it('fails a corrupt image with UNSUPPORTED_MEDIA_TYPE (415)', async () => {
    const { stream } = await transformImage(streamOf(await corruptJpeg()), plan({ width: 10 }), limits());
    const error = await catchError(() => collect(stream));
    expect(error.code).toBe('UNSUPPORTED_MEDIA_TYPE');
    expect(error.status).toBe(415);
  });

  it('refuses an input above the pixel limit with ILLEGAL_ASSET_TRANSFORMATION', async () => {
    const runLimits = { ...limits(), maxDimension: 100 };
    const { stream } = await transformImage(streamOf(halves), plan({ width: 10 }), runLimits);
    const error = await catchError(() => collect(stream));
    expect(error.code).toBe('ILLEGAL_ASSET_TRANSFORMATION');
  });

  it('fails with SERVICE_UNAVAILABLE (503) when the input stalls past the timeout', async () => {
    const runLimits = { ...limits(), timeoutMs: 150 };
    const stalled = new Readable({ read() {} });
    const started = performance.now();
    const { stream } = await transformImage(stalled, plan({ width: 10 }), runLimits);
    const error = await catchError(() => collect(stream));
    expect(error.code).toBe('SERVICE_UNAVAILABLE');
    expect(error.message).toContain('timed out');
    expect(performance.now() - started).toBeLessThan(2000);
    expect(stalled.destroyed).toBe(true);
    expect(runLimits.limiter.stats().active).toBe(0);
  });

  it('fails with 503 when the work itself outlasts the timeout', async () => {
    const big = await noisyJpeg(3000, 2000);
    const file = { type: 'image/jpeg', width: 3000, height: 2000 };
    const runLimits = { ...limits(), timeoutMs: 20 };
    const { stream } = await transformImage(
      streamOf(big),
      plan({ transforms: [['blur', 80]] }, file),
      runLimits,
    );
    const error = await catchError(() => collect(stream));
    expect(error.code).toBe('SERVICE_UNAVAILABLE');
  });

  it('queues transforms beyond the limit and runs them one at a time', async () => {
    const big = await noisyJpeg(1600, 1200);
    const file = { type: 'image/jpeg', width: 1600, height: 1200 };
    const transformPlan = plan({ width: 800, transforms: [['blur', 4]] }, file);
    // Wraps the limiter to time when each transform holds its slot.
    const inner = createTransformLimiter({ maxConcurrent: 1 });
    const held: Array<{ from: number; to: number }> = [];
    const limiter: TransformLimiter = {
      stats: inner.stats,
      async acquire() {
        const release = await inner.acquire();
        const span = { from: performance.now(), to: Number.NaN };
        held.push(span);
        return () => {
          span.to = performance.now();
          release();
        };
      },
    };
    let maxQueued = 0;
    const watch = setInterval(() => {
      maxQueued = Math.max(maxQueued, inner.stats().queued);
    }, 1);
    const started = performance.now();
    const finished = await Promise.all(
      [1, 2, 3].map(async () => {
        const { stream } = await transformImage(streamOf(big), transformPlan, { ...limits(), limiter });
        await collect(stream);
        return performance.now() - started;
      }),
    );
    clearInterval(watch);
    expect(maxQueued).toBe(2);
    expect(held).toHaveLength(3);
    for (let index = 1; index < held.length; index += 1) {
      // Each transform gets its slot only once the one before it has given it back.
      expect((held[index] as { from: number }).from).toBeGreaterThanOrEqual(
        (held[index - 1] as { to: number }).to,
      );
    }
    expect([...finished].sort((a, b) => a - b)).toEqual(finished);
    expect(inner.stats()).toEqual({ active: 0, queued: 0 });
  });

  it('refuses a plan sharp rejects before reading anything, and frees the slot', async () => {
    const runLimits = limits();
    const input = streamOf(halves);
    const bad: TransformPlan = { ...plan({ width: 10 }), steps: [['blur', -1]] };
    const error = await catchError(() => transformImage(input, bad, runLimits));
    expect(error.code).toBe('INVALID_QUERY');
    expect(input.destroyed).toBe(true);
    expect(runLimits.limiter.stats().active).toBe(0);
  });

  it('gives the slot back when the reader abandons the output', async () => {
    const runLimits = limits();
    const { stream } = await transformImage(streamOf(halves), plan({ width: 100 }), runLimits);
    stream.destroy();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(runLimits.limiter.stats().active).toBe(0);
  });
});
