/**
 * What `pnpm check:imports` (part of `pnpm test`) holds the imports to: no circle, and the layers' one direction.
 * dependency-cruiser reads the TypeScript sources, type-only imports included.
 */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      comment: 'A circle of imports: each module of it waits on the others to load, and none reads alone.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'services-below-graphql',
      comment:
        "Only the transport knows GraphQL: the services, models and the rest take the contract's types from @nps/schema/types, so that a job, a worker or a CLI calls them without it.",
      severity: 'error',
      from: { path: '^api/src/', pathNot: ['^api/src/(graphql|http)/', '^api/src/app\\.ts$'] },
      to: { path: '^api/src/graphql/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '__generated__/.*\\.test\\.ts$' },
    tsPreCompilationDeps: true,
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'default'],
      extensions: ['.ts', '.js'],
    },
  },
};
