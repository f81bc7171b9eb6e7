import type { Resolvers } from '../__generated__/resolvers-types.ts';
import { health } from './Query/health.ts';

/** Every resolver, one file per field under `<Type>/<field>.ts`, checked against the SDL by the generated type. */
export const resolvers: Resolvers = {
  Query: { health },
};
