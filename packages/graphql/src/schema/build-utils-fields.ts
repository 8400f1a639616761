import { InvalidPayloadError } from '@plinth/errors';
import {
  clearCaches,
  generateHash,
  RANDOM_STRING_LENGTH,
  randomString,
  revertRevision,
  sortItems,
  verifyHash,
} from '@plinth/services';
import type { PrimaryKey } from '@plinth/types';
import { GraphQLBoolean, GraphQLID, GraphQLInt, GraphQLNonNull, GraphQLString } from 'graphql';
import { GraphQLVoid } from '../lib/scalars.js';
import type { RootFields } from './generate-schema.js';

type Args = Record<string, unknown>;

const requiredString = { type: new GraphQLNonNull(GraphQLString) };
const requiredId = { type: new GraphQLNonNull(GraphQLID) };

function checkedLength(length: unknown): unknown {
  const { min, max } = RANDOM_STRING_LENGTH;
  if (typeof length === 'number' && (length < min || length > max)) {
    throw new InvalidPayloadError({ reason: `"length" must be between ${min} and ${max}` });
  }
  return length;
}

/**
 * The `utils_*` mutations of the system scope, through the services of `/utils/*`: random strings,
 * argon2 hashes, manual sorting, reverting to a revision (both as the caller) and, for admins, clearing
 * the caches.
 */
export function addUtilsFields(roots: RootFields): void {
  Object.assign(roots.mutations, {
    utils_random_string: {
      type: GraphQLString,
      args: { length: { type: GraphQLInt } },
      resolve: (_root: unknown, args: Args) => randomString(checkedLength(args['length'])),
    },
    utils_hash_generate: {
      type: GraphQLString,
      args: { string: requiredString },
      resolve: (_root: unknown, args: Args, { ctx }) => generateHash(ctx, args['string']),
    },
    utils_hash_verify: {
      type: GraphQLBoolean,
      args: { string: requiredString, hash: requiredString },
      resolve: (_root: unknown, args: Args) => verifyHash(args['string'], args['hash']),
    },
    utils_sort: {
      type: GraphQLBoolean,
      args: { collection: requiredString, item: requiredId, to: requiredId },
      resolve: async (_root: unknown, args: Args, { ctx }) => {
        await sortItems(ctx, String(args['collection']), { item: args['item'], to: args['to'] });
        return true;
      },
    },
    utils_revert: {
      type: GraphQLBoolean,
      args: { revision: requiredId },
      resolve: async (_root: unknown, args: Args, { ctx }) => {
        await revertRevision(ctx, args['revision'] as PrimaryKey);
        return true;
      },
    },
    utils_cache_clear: {
      type: GraphQLVoid,
      resolve: async (_root: unknown, _args: Args, { ctx }) => {
        await clearCaches(ctx);
        return null;
      },
    },
  } satisfies RootFields['mutations']);
}
