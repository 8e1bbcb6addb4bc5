import { defineConfig } from 'vitest/config';

// Decorator metadata (type-graphql, MikroORM) comes from tsconfig.json's emitDecoratorMetadata, which vite 8 honours.
export default defineConfig({
  resolve: {
    // Resolve like Node's require: graphql's `"main": "index"` must load index.js, not index.mjs. Vite's default
    // order (.mjs first) would give the tests a second copy of graphql next to the CommonJS one that type-graphql
    // and Apollo load, and schema types from the two copies do not mix.
    extensions: ['.js', '.json', '.ts', '.mjs', '.mts', '.cjs', '.cts'],
  },
  test: {
    environment: 'node',
    include: ['tests/**/*.test.ts'],
    // One database per run, shared by every file: files run one after another.
    fileParallelism: false,
    globalSetup: 'tests/support/global-setup.ts',
    hookTimeout: 120_000,
    testTimeout: 60_000,
  },
});
