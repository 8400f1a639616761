import { readSettings, updateSettings } from '@plinth/services';
import { type GraphQLInputObjectType, GraphQLNonNull, type GraphQLObjectType } from 'graphql';
import { selectionToQuery } from '../resolve/selection-to-query.js';
import { toPlain } from '../resolve/to-plain.js';
import type { RootFields } from './generate-schema.js';

/**
 * `settings` and `update_settings(data)`: the project settings singleton through the services of
 * `GET|PATCH /settings`; the update reads the row back as the caller.
 */
export function addSettingsFields(
  roots: RootFields,
  settings: { type: GraphQLObjectType; update: GraphQLInputObjectType } | undefined,
): void {
  if (!settings) return;
  const { type, update } = settings;
  roots.queries['settings'] = {
    type,
    resolve: (_root, _args, { ctx }, info) => readSettings(ctx, { ...selectionToQuery(info, type) }),
  };
  roots.mutations['update_settings'] = {
    type,
    args: { data: { type: new GraphQLNonNull(update) } },
    resolve: async (_root, args: Record<string, unknown>, { ctx }, info) => {
      await updateSettings(ctx, toPlain(args['data']));
      return readSettings(ctx, { ...selectionToQuery(info, type) });
    },
  };
}
