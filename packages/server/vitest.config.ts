import { createRequire } from 'node:module';
import { mergeConfig } from 'vitest/config';
import { sharedVitestConfig } from '../../vitest.shared.ts';

const require = createRequire(import.meta.url);

// mercurius requires graphql's CommonJS build; sources run from TypeScript must get that same copy
// (Node does, through `main`), not the ESM build Vite would pick, or graphql sees two realms.
export default mergeConfig(sharedVitestConfig, {
  resolve: { alias: [{ find: /^graphql$/, replacement: require.resolve('graphql') }] },
});
