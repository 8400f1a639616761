import { defineConfig, mergeConfig } from 'vitest/config';
import { sharedVitestConfig } from '../../vitest.shared.ts';

// The browser test starts a real plinth process and a real chromium: one file at a time.
export default mergeConfig(
  sharedVitestConfig,
  defineConfig({ test: { fileParallelism: false, testTimeout: 120_000 } }),
);
