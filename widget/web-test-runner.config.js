import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { a11ySnapshotPlugin } from '@web/test-runner-commands/plugins';

// Debian's Chromium (`apt-get install chromium`): the test runner downloads no browser of its own.
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Serves `/widget/locales/<language>.json` as the API does, straight from the locale sources, so that tests
 * download translations the way visitors do.
 */
async function serveLocales(context, next) {
  const match = /^\/widget\/locales\/([a-z]{2})\.json$/.exec(context.path);
  if (!match) return next();
  const { LOCALES } = await import('./src/i18n/locales/all.ts');
  const messages = LOCALES[match[1]];
  if (!messages) return next();
  context.type = 'application/json';
  context.body = JSON.stringify(messages);
}

export default {
  files: 'src/**/*.test.ts',
  nodeResolve: true,
  middleware: [serveLocales],
  // The accessibility tree as Chromium exposes it to screen readers (`a11ySnapshot` in tests).
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' }), a11ySnapshotPlugin()],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath,
        headless: true,
        args: ['--no-sandbox', '--headless', '--disable-gpu', '--disable-background-networking'],
      },
    }),
  ],
  testFramework: { config: { timeout: 5000 } },
};
