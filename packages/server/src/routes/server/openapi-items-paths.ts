import type { CollectionOverview } from '@plinth/types';
import type { OasWriteAction } from './oas-access.js';

const queryParameter = (name: string, description: string, schema: object) => ({
  name,
  in: 'query',
  required: false,
  description,
  schema,
});

/** The query parameters every list read takes, referenced by the operations. */
export const oasParameters = {
  Fields: queryParameter('fields', 'Fields to return, comma-separated; `*` for all.', {
    type: 'array',
    items: { type: 'string' },
  }),
  Limit: queryParameter('limit', 'Most items to return.', { type: 'integer' }),
  Offset: queryParameter('offset', 'Items to skip.', { type: 'integer' }),
  Sort: queryParameter('sort', 'Fields to sort by; a leading `-` sorts descending.', {
    type: 'array',
    items: { type: 'string' },
  }),
  Filter: queryParameter('filter', 'Rules the returned items must match, as JSON.', { type: 'object' }),
  Search: queryParameter('search', 'Text the returned items must contain.', { type: 'string' }),
  Meta: queryParameter('meta', 'Counts to add to the response (`total_count`, `filter_count`).', {
    type: 'string',
  }),
};

const parameterRef = (name: keyof typeof oasParameters) => ({ $ref: `#/components/parameters/${name}` });
const listParameters = (['Fields', 'Limit', 'Offset', 'Sort', 'Filter', 'Search', 'Meta'] as const).map(
  parameterRef,
);

const dataOf = (schema: object) => ({
  description: 'Successful request',
  content: {
    'application/json': { schema: { type: 'object', properties: { data: schema } } },
  },
});

function operation(id: string, tag: string, response: object, extra: object = {}) {
  return { operationId: id, tags: [tag], ...extra, responses: { '200': response } };
}

/**
 * `/items/<collection>` and, for collections with a single primary key that are no singletons,
 * `/items/<collection>/{id}`: reads always, each write only when `allows` grants it.
 */
export function itemsPathItems(
  collection: CollectionOverview,
  pascal: string,
  allows: (action: OasWriteAction) => boolean,
): Record<string, Record<string, unknown>> {
  const tag = `Items${pascal}`;
  const item = { $ref: `#/components/schemas/${tag}` };
  const many = { type: 'array', items: item };
  const body = (schema: object) => ({
    requestBody: { content: { 'application/json': { schema } } },
  });
  const noContent = { description: 'The items were deleted' };
  const list: Record<string, unknown> = {};
  if (collection.singleton) {
    list['get'] = operation(`readSingle${tag}`, tag, dataOf(item), { parameters: [parameterRef('Fields')] });
    if (allows('update')) list['patch'] = operation(`updateSingle${tag}`, tag, dataOf(item), body(item));
    return { [`/items/${collection.collection}`]: list };
  }
  list['get'] = operation(`read${tag}`, tag, dataOf(many), { parameters: listParameters });
  if (allows('create')) {
    list['post'] = operation(
      `create${tag}`,
      tag,
      dataOf({ oneOf: [many, item] }),
      body({ oneOf: [many, item] }),
    );
  }
  if (allows('update'))
    list['patch'] = operation(`update${tag}`, tag, dataOf(many), body({ type: 'object' }));
  if (allows('delete'))
    list['delete'] = { operationId: `delete${tag}`, tags: [tag], responses: { '204': noContent } };
  const paths: Record<string, Record<string, unknown>> = { [`/items/${collection.collection}`]: list };
  if (collection.primaryKeys.length !== 1) return paths;
  const id = [
    {
      name: 'id',
      in: 'path',
      required: true,
      description: 'The primary key of the item.',
      schema: { oneOf: [{ type: 'integer' }, { type: 'string' }] },
    },
  ];
  const single: Record<string, unknown> = {
    get: operation(`readSingle${tag}`, tag, dataOf(item), { parameters: [...id, parameterRef('Fields')] }),
  };
  if (allows('update'))
    single['patch'] = operation(`updateSingle${tag}`, tag, dataOf(item), { parameters: id, ...body(item) });
  if (allows('delete'))
    single['delete'] = {
      operationId: `deleteSingle${tag}`,
      tags: [tag],
      parameters: id,
      responses: { '204': noContent },
    };
  paths[`/items/${collection.collection}/{id}`] = single;
  return paths;
}
