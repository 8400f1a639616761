// bench/assets/transform: cold image transforms per second through @plinth/assets, the way `/assets`
// runs one that is not cached yet: a 2000×1500 JPEG streamed in, auto-oriented, resized to 400 px wide
// and written as WebP (`?width=400&format=webp`). Every run decodes, resizes and encodes from scratch
// (libvips' operation cache is off, so nothing is reused between runs).
//
//   npx --yes pnpm@10.34.9 --filter @plinth/assets build
//   node bench/assets/transform.mjs [--runs 60] [--concurrency 1,2,4]
import { createRequire } from 'node:module';
import { cpus } from 'node:os';
import { Readable } from 'node:stream';
import {
  createTransformLimiter,
  resolveTransformPlan,
  toTransformCacheKey,
  transformImage,
} from '../../packages/assets/dist/index.js';

const sharp = createRequire(new URL('../../packages/assets/package.json', import.meta.url))('sharp');
const arg = (name, fallback) => {
  const index = process.argv.indexOf(`--${name}`);
  return index > -1 ? process.argv[index + 1] : fallback;
};
const runs = Number(arg('runs', 60));
const concurrencies = arg('concurrency', '1,2,4').split(',').map(Number);

sharp.cache(false);

// A photo-like source: noise defeats the encoders' shortcuts on flat colour.
const source = await sharp({
  create: {
    width: 2000,
    height: 1500,
    channels: 3,
    background: '#7a8a99',
    noise: { type: 'gaussian', mean: 120, sigma: 30 },
  },
})
  .jpeg({ quality: 85 })
  .toBuffer();

const plan = resolveTransformPlan(
  { width: 400, format: 'webp' },
  { type: 'image/jpeg', width: 2000, height: 1500 },
  { maxDimension: 6000 },
);

const streamOf = (buffer) => {
  const chunks = [];
  for (let offset = 0; offset < buffer.length; offset += 65_536)
    chunks.push(buffer.subarray(offset, offset + 65_536));
  return Readable.from(chunks);
};

async function transformOnce(limits) {
  const { stream } = await transformImage(streamOf(source), plan, limits);
  let bytes = 0;
  for await (const chunk of stream) bytes += chunk.length;
  return bytes;
}

async function measure(concurrency) {
  const limits = {
    limiter: createTransformLimiter({ maxConcurrent: concurrency }),
    timeoutMs: 30_000,
    maxDimension: 6000,
  };
  await transformOnce(limits); // load the codecs once
  const latencies = [];
  let outputBytes = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: runs }, async () => {
      const began = performance.now();
      outputBytes = await transformOnce(limits);
      latencies.push(performance.now() - began);
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return { concurrency, perSecond: runs / seconds, p50: latencies[Math.floor(runs / 2)], outputBytes };
}

console.log(
  `source: 2000×1500 JPEG, ${(source.length / 1024).toFixed(0)} KiB; plan: ${JSON.stringify(plan.steps)}`,
);
console.log(`cache key: ${toTransformCacheKey('00000000-0000-4000-8000-000000000000.jpg', plan)}`);
console.log(
  `${cpus().length} CPUs, sharp ${sharp.versions.sharp} / libvips ${sharp.versions.vips}, ${runs} runs each\n`,
);
console.log('| ASSETS_TRANSFORM_MAX_CONCURRENT | transforms/s | median latency (queue + work) | output |');
console.log('| --- | --- | --- | --- |');
for (const concurrency of concurrencies) {
  const { perSecond, p50, outputBytes } = await measure(concurrency);
  console.log(
    `| ${concurrency} | ${perSecond.toFixed(1)} | ${p50.toFixed(0)} ms | ${(outputBytes / 1024).toFixed(1)} KiB WebP |`,
  );
}
