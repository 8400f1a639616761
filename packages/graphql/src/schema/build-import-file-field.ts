import { importFile } from '@plinth/services';
import { GraphQLNonNull, GraphQLString } from 'graphql';
import { SYSTEM_SERVICES } from '../resolve/collection-services.js';
import { selectionToQuery } from '../resolve/selection-to-query.js';
import { toPlain } from '../resolve/to-plain.js';
import { filesOf } from '../system-bridge.js';
import type { RootFields, ScopeTypes } from './generate-schema.js';

/**
 * `import_file(url, data)`: `POST /files/import` — downloads a public URL into a new file with the
 * caller's create access, then reads the file back as the caller. In the schema when the caller may
 * create and read files.
 */
export function addImportFileField(roots: RootFields, types: Pick<ScopeTypes, 'objects' | 'inputs'>): void {
  const type = types.objects.get('directus_files');
  const data = types.inputs.create.get('directus_files');
  const files = SYSTEM_SERVICES.get('directus_files');
  if (!type || !data || !files) return;
  roots.mutations['import_file'] = {
    type,
    args: { url: { type: new GraphQLNonNull(GraphQLString) }, data: { type: data } },
    resolve: async (_root, args: Record<string, unknown>, context, info) => {
      const runtime = filesOf(context);
      const key = await importFile(context.ctx, runtime, {
        url: args['url'],
        ...(args['data'] === undefined ? {} : { data: toPlain(args['data']) }),
      });
      return files.readOne(context.ctx, key, { ...selectionToQuery(info, type) });
    },
  };
}
