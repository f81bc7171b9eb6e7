import { readdirSync, readFileSync } from 'node:fs';

const dir = new URL('./', import.meta.url);

/** Every `*.graphql` file of this folder, one per domain; `base.graphql` first, as it declares the root types. */
export const sdlFiles: readonly URL[] = readdirSync(dir)
  .filter((name) => name.endsWith('.graphql'))
  .sort((a, b) => Number(b === 'base.graphql') - Number(a === 'base.graphql') || a.localeCompare(b))
  .map((name) => new URL(name, dir));

/** The whole schema as one SDL document. */
export const typeDefs: string = sdlFiles.map((file) => readFileSync(file, 'utf8')).join('\n');
