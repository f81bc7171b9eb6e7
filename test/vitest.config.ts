import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['**/*.test.ts'],
    exclude: ['node_modules/**'],
    // The first start on a fresh machine builds FerretDB (about a minute).
    testTimeout: 180_000,
    // Each file starts API processes and loads them hard (kill -9 under load, three instances): run one at a time,
    // so that their time bounds measure the product, not two suites sharing two cores.
    fileParallelism: false,
    hookTimeout: 180_000,
  },
});
