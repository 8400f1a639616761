// Creates the files every workspace package shares. Usage: node scripts/scaffold-package.mjs <dir> <name> "<description>"
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const [dir, name, description] = process.argv.slice(2);
if (!dir || !name) {
  console.error('usage: node scripts/scaffold-package.mjs <dir> <name> "<description>"');
  process.exit(1);
}
const write = (file, text) => {
  const path = join(dir, file);
  if (!existsSync(path)) writeFileSync(path, text);
};
mkdirSync(join(dir, 'src'), { recursive: true });
mkdirSync(join(dir, 'test'), { recursive: true });
write(
  'package.json',
  `${JSON.stringify(
    {
      name,
      version: '0.1.0',
      description,
      license: 'MIT',
      type: 'module',
      sideEffects: false,
      files: ['dist'],
      engines: { node: '>=20.19' },
      exports: {
        '.': { '@plinth/source': './src/index.ts', types: './dist/index.d.ts', default: './dist/index.js' },
      },
      scripts: {
        build: 'tsc -p tsconfig.build.json',
        typecheck: 'tsc -p tsconfig.json --noEmit',
        test: 'vitest run',
      },
      dependencies: {},
      devDependencies: {},
    },
    null,
    2,
  )}\n`,
);
write(
  'tsconfig.json',
  `${JSON.stringify({ extends: '../../tsconfig.base.json', compilerOptions: { noEmit: true }, include: ['src', 'test'] }, null, 2)}\n`,
);
write(
  'tsconfig.build.json',
  `${JSON.stringify(
    {
      extends: '../../tsconfig.base.json',
      compilerOptions: { outDir: 'dist', rootDir: 'src', noEmit: false },
      include: ['src'],
      exclude: ['src/**/*.test.ts'],
    },
    null,
    2,
  )}\n`,
);
write(
  'vitest.config.ts',
  `import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { conditions: ['@plinth/source'] },
  ssr: { resolve: { conditions: ['@plinth/source'] } },
  test: { include: ['src/**/*.test.ts', 'test/**/*.test.ts'], testTimeout: 30_000, hookTimeout: 60_000 },
});
`,
);
write('src/index.ts', 'export {};\n');
write('README.md', `# ${name}\n\n${description}\n`);
console.log(`scaffolded ${name} in ${dir}`);
