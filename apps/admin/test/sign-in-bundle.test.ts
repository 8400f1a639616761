import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { measureSignInRoute } from './measure-sign-in-route.js';

const DIST = fileURLToPath(new URL('../dist/', import.meta.url));
const BUDGET_BYTES = 300 * 1024;

describe('the sign-in route', () => {
  it('ships under 300 KB of JavaScript gzipped, with the signed-in screens split off', () => {
    if (!existsSync(`${DIST}index.html`)) {
      throw new Error('apps/admin/dist is missing: run `npm run build` (or vite build) before this test.');
    }
    const report = measureSignInRoute(DIST);
    console.info(`sign-in route: ${(report.scriptGzipBytes / 1024).toFixed(1)} KB of JavaScript gzipped`);
    expect(report.scriptGzipBytes).toBeGreaterThan(10 * 1024);
    expect(report.scriptGzipBytes).toBeLessThan(BUDGET_BYTES);
    expect(report.files.some((file) => /shell/.test(file.path))).toBe(false);
  });
});
