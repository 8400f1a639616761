import { defineConfig, mergeConfig } from 'vitest/config';
import { sharedVitestConfig } from '../vitest.shared.ts';

// Each test starts real plinth processes; running files one at a time keeps ports and CPU calm.
export default mergeConfig(
  sharedVitestConfig,
  defineConfig({ test: { fileParallelism: false, testTimeout: 60_000 } }),
);
