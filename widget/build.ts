import { readFile } from 'node:fs/promises';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { build } from 'esbuild';

/**
 * Builds `dist/widget.js`, the one file the script tag loads (Lit, i18next, the six locales, our code), and prints
 * the size of every output file minified, gzipped and brotli-compressed: the budget is 28 KB gzipped.
 */
const result = await build({
  entryPoints: { widget: 'src/embed.ts' },
  outdir: 'dist',
  bundle: true,
  minify: true,
  format: 'iife',
  target: ['es2022'],
  legalComments: 'none',
  metafile: true,
  define: { 'process.env.NODE_ENV': '"production"' },
  // Lit's production build: no dev-mode warnings or checks in visitors' browsers.
  conditions: ['production'],
  logLevel: 'warning',
});

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const rows = await Promise.all(
  Object.keys(result.metafile.outputs).map(async (file) => {
    const bytes = await readFile(file);
    return {
      file,
      min: kb(bytes.length),
      gzip: kb(gzipSync(bytes, { level: 9 }).length),
      brotli: kb(brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length),
    };
  }),
);
// biome-ignore lint/suspicious/noConsole: printing the sizes is what this script is for
console.table(rows);
