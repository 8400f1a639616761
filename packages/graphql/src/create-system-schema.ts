import type { SchemaOverview } from '@plinth/types';
import { GraphQLNonNull, type GraphQLSchema, GraphQLString } from 'graphql';
import type { ItemsSchemaOptions } from './create-items-schema.js';
import { SYSTEM_SERVICES } from './resolve/collection-services.js';
import { resolveUsersMe } from './resolve/users-me-resolver.js';
import { addAuthFields } from './schema/build-auth-fields.js';
import { addDataModelFields } from './schema/build-data-model-fields.js';
import { addImportFileField } from './schema/build-import-file-field.js';
import { addMeFields } from './schema/build-me-fields.js';
import { buildMutationFields } from './schema/build-mutation-fields.js';
import { buildQueryFields } from './schema/build-query-fields.js';
import { addServerFields } from './schema/build-server-fields.js';
import { addSettingsFields } from './schema/build-settings-fields.js';
import { addUtilsFields } from './schema/build-utils-fields.js';
import { generateSchema } from './schema/generate-schema.js';
import { readableWithUpdate } from './schema/readable-with-update.js';

/**
 * Generates the system-scope GraphQL schema (`/graphql/system`): for the system collections the REST
 * system routes serve and the caller may read, the same queries and mutations as the items scope,
 * named without `directus_` (`users`, `users_by_id`, `create_roles_item`, ...) and resolved through the
 * same services as those routes; plus `users_me`, `roles_me`, `permissions_me`, `policies_me_globals` and
 * `server_ping`; the data model (`collections`, `fields`, `relations` and their admin writes), the
 * server's reports, authentication and account flows, the settings singleton and the utilities.
 * Object types keep their table names (`directus_users`).
 */
export function createSystemSchema(
  overview: SchemaOverview,
  options: ItemsSchemaOptions = {},
): GraphQLSchema {
  return generateSchema(overview, options.readPolicy, (types, roots) => {
    const { models, objects, filters, inputs, deletes } = types;
    for (const [collection, services] of SYSTEM_SERVICES) {
      const model = models.get(collection);
      if (!model) continue;
      const type = objects.get(collection)!;
      const rootName = collection.slice('directus_'.length);
      Object.assign(roots.queries, buildQueryFields(model, type, filters, rootName, services));
      Object.assign(
        roots.mutations,
        buildMutationFields(model, type, filters, inputs, deletes, rootName, services),
      );
    }
    const users = objects.get('directus_users');
    if (users) roots.queries['users_me'] = { type: users, resolve: resolveUsersMe(users) };
    roots.queries['server_ping'] = { type: new GraphQLNonNull(GraphQLString), resolve: () => 'pong' };
    addMeFields(roots, types);
    addImportFileField(roots, types);
    addDataModelFields(roots, overview, options.readPolicy);
    addServerFields(roots);
    addAuthFields(roots, readableWithUpdate(types, 'directus_users'));
    addSettingsFields(roots, readableWithUpdate(types, 'directus_settings'));
    addUtilsFields(roots);
  });
}
