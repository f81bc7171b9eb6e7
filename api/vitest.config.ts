import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts'],
    globalSetup: ['src/testing/global-setup.ts'],
    // Tests start real database processes; the first run of a machine also builds FerretDB in globalSetup.
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
