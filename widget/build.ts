import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { relative } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { build, type Plugin, transform } from 'esbuild';
import { minify } from 'terser';
import { LOCALES } from './src/i18n/locales/all.ts';

/**
 * Minifies the CSS of Lit's css`...` templates with esbuild's own CSS minifier: esbuild leaves template literals
 * as written, and the stylesheets are a tenth of the widget.
 */
const minifyLitCss: Plugin = {
  name: 'minify-lit-css',
  setup(pluginBuild) {
    pluginBuild.onLoad({ filter: /\.styles\.ts$/ }, async ({ path }) => {
      const source = await readFile(path, 'utf8');
      let contents = source;
      for (const [template, cssText = ''] of source.matchAll(/css`([^`$]*)`/g)) {
        const { code } = await transform(cssText, { loader: 'css', minify: true });
        contents = contents.replace(template, `css\`${code.trim()}\``);
      }
      return { contents, loader: 'ts' };
    });
  },
};

/**
 * Builds what visitors download, laid out as the API serves it: `dist/widget.js` (Lit, i18next, English, our code:
 * the one file the script tag loads) and `dist/widget/locales/<language>.json` (each other language, fetched only
 * by its speakers), each with `.br` and `.gz` copies for the server to send as they are; and, apart,
 * `dist/dashboard.js`, the `<nps-dashboard>` element that `/dashboard` serves. Prints, and writes
 * to `dist/sizes.json`, the size of every file minified, gzipped and brotli-compressed, and what a visitor
 * downloads before the survey shows, against the alternative of all six languages in the script. Budget: 28 KB
 * gzipped.
 */
/** The dashboard, a separate script for site owners' admin pages: not part of what visitors download. */
const DASHBOARD = 'dist/dashboard.js';

await rm('dist', { recursive: true, force: true });
const result = await build({
  entryPoints: { widget: 'src/embed.ts', dashboard: 'src/dashboard.ts' },
  outdir: 'dist',
  bundle: true,
  minify: true,
  format: 'iife',
  target: ['es2022'],
  legalComments: 'none',
  charset: 'utf8',
  define: { 'process.env.NODE_ENV': '"production"' },
  // Lit's production build: no dev-mode warnings or checks in visitors' browsers.
  conditions: ['production'],
  logLevel: 'warning',
  plugins: [minifyLitCss],
  write: false,
});

await mkdir('dist/widget/locales', { recursive: true });
const files: Record<string, Uint8Array> = {};
for (const { path, text } of result.outputFiles) {
  const file = relative('.', path);
  // esbuild bundles; terser's two compress passes then take another 1 KB (gzipped) off what esbuild leaves.
  const { code = text } = await minify(text, {
    ecma: 2020,
    compress: { passes: 2 },
    format: { comments: false },
  });
  files[file] = new TextEncoder().encode(code);
  await writeFile(file, files[file]);
}

const locales = Object.entries(LOCALES).filter(([language]) => language !== 'en');
for (const [language, messages] of locales) {
  const file = `dist/widget/locales/${language}.json`;
  files[file] = new TextEncoder().encode(JSON.stringify(messages));
  await writeFile(file, files[file]);
}

const gzip = (bytes: Uint8Array) => gzipSync(bytes, { level: 9 }).length;
const BROTLI = { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } };
const brotli = (bytes: Uint8Array) => brotliCompressSync(bytes, BROTLI).length;
const sizes = {
  files: Object.entries(files).map(([file, bytes]) => ({
    file,
    min: bytes.length,
    gzip: gzip(bytes),
    brotli: brotli(bytes),
  })),
  // What each visitor downloads before the survey shows: the script, and their language unless it is English.
  firstLoad: Object.keys(LOCALES).map((language) => {
    const parts = [files['dist/widget.js'], files[`dist/widget/locales/${language}.json`]].filter(
      (f) => f !== undefined,
    );
    return { language, gzip: parts.reduce((sum, bytes) => sum + gzip(bytes), 0) };
  }),
  // The other choice: every language inside the script (measured as the script with the five files appended).
  allLanguagesInScript: gzip(
    Buffer.concat(Object.entries(files).flatMap(([file, bytes]) => (file === DASHBOARD ? [] : [bytes]))),
  ),
};
for (const [file, bytes] of Object.entries(files)) {
  await writeFile(`${file}.br`, brotliCompressSync(bytes, BROTLI));
  await writeFile(`${file}.gz`, gzipSync(bytes, { level: 9 }));
}
await writeFile('dist/sizes.json', `${JSON.stringify(sizes, null, 2)}\n`);

if (process.argv.includes('--quiet')) process.exit(0);
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
/* biome-ignore-start lint/suspicious/noConsole: printing the sizes is what this script is for */
console.table(
  sizes.files.map((f) => ({ file: f.file, min: kb(f.min), gzip: kb(f.gzip), brotli: kb(f.brotli) })),
);
console.table(sizes.firstLoad.map((f) => ({ 'visitor speaks': f.language, 'downloads (gzip)': kb(f.gzip) })));
console.info(`All six languages in the script instead: ${kb(sizes.allLanguagesInScript)} gzipped.`);
/* biome-ignore-end lint/suspicious/noConsole: printing the sizes is what this script is for */
