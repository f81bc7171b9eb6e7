import { createHash } from 'node:crypto';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { relative } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { type BuildOptions, build, type Plugin, transform } from 'esbuild';
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
 * Builds what visitors download, laid out as the API serves it: `dist/widget.js`, the loader the script tag loads
 * (it decides whether to ask the visitor; kept small, as every visitor pays for it); `dist/widget/survey-<hash>.js`,
 * the survey chunk the loader imports for a visitor who is asked (Lit, i18next, English, the elements: an ES module
 * named by a hash of its content, so it can be cached for a year); `dist/widget/locales/<language>.json` (each other
 * language, fetched only by its speakers); each with `.br` and `.gz` copies for the server to send as they are;
 * and, apart, `dist/dashboard.js`, the `<nps-dashboard>` element that `/dashboard` serves, `dist/console.js`, the
 * `<nps-console>` element that `/console` serves, `dist/survey-page.js`, the hosted survey page's script (it
 * imports the survey chunk), and `dist/ide.js` with
 * `dist/ide.css`, the GraphQL IDE that `/graphql` serves in development. Prints, and writes to
 * `dist/sizes.json`, the size of every file minified, gzipped and brotli-compressed, and what a visitor downloads
 * when not asked and when asked. Budgets: 3 KB gzipped not asked, 28 KB asked.
 */
const LOADER = 'dist/widget.js';

const common = {
  bundle: true,
  minify: true,
  target: ['es2022'],
  legalComments: 'none',
  charset: 'utf8',
  define: { 'process.env.NODE_ENV': '"production"' },
  // Lit's production build: no dev-mode warnings or checks in visitors' browsers.
  conditions: ['production'],
  logLevel: 'warning',
  plugins: [minifyLitCss],
  write: false,
} satisfies BuildOptions;

/** esbuild bundles; terser's compress passes then take another 1 KB (gzipped) off what esbuild leaves. */
async function compress(text: string, module: boolean): Promise<Uint8Array> {
  const { code = text } = await minify(text, {
    ecma: 2020,
    module,
    toplevel: module,
    compress: { passes: 3, unsafe_arrows: true },
    format: { comments: false },
  });
  return new TextEncoder().encode(code);
}

await rm('dist', { recursive: true, force: true });
await mkdir('dist/widget/locales', { recursive: true });
const files: Record<string, Uint8Array> = {};

const [chunkOutput] =
  (await build({ ...common, entryPoints: ['src/embed/survey-chunk.ts'], format: 'esm', outdir: 'dist' }))
    .outputFiles ?? [];
const chunk = await compress(chunkOutput?.text ?? '', true);
const chunkName = `widget/survey-${createHash('sha256').update(chunk).digest('hex').slice(0, 10)}.js`;
files[`dist/${chunkName}`] = chunk;

const result = await build({
  ...common,
  entryPoints: {
    widget: 'src/embed.ts',
    dashboard: 'src/owner/dashboard.ts',
    console: 'src/owner/console.ts',
    'survey-page': 'src/survey-page.ts',
    ide: 'src/owner/ide.ts',
  },
  outdir: 'dist',
  format: 'iife',
  define: { ...common.define, NPS_SURVEY_CHUNK: JSON.stringify(chunkName) },
});
for (const { path, text, contents } of result.outputFiles ?? []) {
  // The IDE (a development tool of a megabyte, with its stylesheet, opened on localhost) is written as esbuild
  // minified it, without compressed copies or a place in the sizes: terser and brotli would add seconds to every
  // start for nobody's download.
  if (/[/\\]ide\.(js|css)$/.test(path)) await writeFile(relative('.', path), contents);
  else files[relative('.', path)] = await compress(text, false);
}
for (const [file, bytes] of Object.entries(files)) await writeFile(file, bytes);

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
  // A visitor not asked downloads the loader alone (and the configuration, a GraphQL answer).
  notAsked: gzip(files[LOADER] as Uint8Array),
  // A visitor asked: the loader, the survey chunk, and their language unless it is English.
  asked: Object.keys(LOCALES).map((language) => {
    const parts = [LOADER, `dist/${chunkName}`, `dist/widget/locales/${language}.json`].flatMap(
      (file) => files[file] ?? [],
    );
    return { language, gzip: parts.reduce((sum, bytes) => sum + gzip(bytes), 0) };
  }),
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
console.info(`A visitor not asked downloads ${kb(sizes.notAsked)} gzipped (budget 3 KB).`);
console.table(
  sizes.asked.map((f) => ({ 'an asked visitor speaks': f.language, 'downloads (gzip)': kb(f.gzip) })),
);
/* biome-ignore-end lint/suspicious/noConsole: printing the sizes is what this script is for */
