import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['**/*.test.ts'],
    exclude: ['node_modules/**'],
    // The first start on a fresh machine builds FerretDB (about a minute).
    testTimeout: 180_000,
    hookTimeout: 180_000,
  },
});
