import type { CollectionOverview, SchemaOverview } from '@plinth/types';
import type { OasAccess } from './oas-access.js';
import { type OasSchema, toOasFieldSchema } from './openapi-field-schema.js';
import { itemsPathItems, oasParameters } from './openapi-items-paths.js';

/** What {@link buildOpenApiDocument} describes, and for whom. */
export interface OpenApiDocumentInput {
  schema: SchemaOverview;
  access: OasAccess;
  /** The server's public address, the document's only server. */
  publicUrl: string;
  /** The running version, shown as the document's version. */
  version: string;
}

/** `articles_tags` → `ArticlesTags`: the part of operation ids, tags and schema names after `Items`. */
export const toPascalCase = (name: string): string =>
  name
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((part) => part[0]!.toUpperCase() + part.slice(1))
    .join('');

const ref = (collection: string) => ({ $ref: `#/components/schemas/Items${toPascalCase(collection)}` });

function keySchema(overview: SchemaOverview, collection: string): OasSchema {
  const target = overview.collections[collection];
  const key = target?.fields[target.primary];
  return key ? toOasFieldSchema({ ...key, nullable: false }) : { type: 'string' };
}

/** A relational field: the related key, or the related item when it is documented here. */
function relatedSchema(overview: SchemaOverview, related: string, shown: Set<string>): OasSchema {
  const key = keySchema(overview, related);
  return shown.has(related) ? { oneOf: [key, ref(related)] } : key;
}

function itemSchema(
  overview: SchemaOverview,
  collection: CollectionOverview,
  readable: (field: string) => boolean,
  shown: Set<string>,
): OasSchema {
  const properties: Record<string, OasSchema> = {};
  for (const field of Object.values(collection.fields)) {
    if (!readable(field.field) || field.type === 'alias' || field.alias) continue;
    properties[field.field] = toOasFieldSchema(field);
  }
  for (const relation of overview.relations) {
    const related = relation.related_collection;
    if (relation.collection === collection.collection && related && properties[relation.field]) {
      const nullable = collection.fields[relation.field]?.nullable ? { nullable: true } : {};
      properties[relation.field] = { ...relatedSchema(overview, related, shown), ...nullable };
    }
    const oneField = relation.meta?.one_field;
    if (related === collection.collection && oneField && readable(oneField) && collection.fields[oneField]) {
      properties[oneField] = {
        type: 'array',
        items: relatedSchema(overview, relation.collection, shown),
        nullable: true,
      };
    }
  }
  return { type: 'object', properties };
}

/**
 * The OpenAPI 3 document of the items API as one caller sees it: a path pair, a tag and a schema for
 * every user collection they may read, holding only the fields they may read, and only the writes
 * some rule lets them make.
 */
export function buildOpenApiDocument(input: OpenApiDocumentInput): Record<string, unknown> {
  const { schema: overview, access } = input;
  const collections = Object.values(overview.collections).filter(
    (collection) => !collection.system && !collection.collection.startsWith('directus_'),
  );
  const readable = collections.filter((collection) => access.read(collection.collection) !== null);
  const shown = new Set(readable.map((collection) => collection.collection));
  const schemas: Record<string, OasSchema> = {};
  const paths: Record<string, unknown> = {};
  const tags: Array<{ name: string; description?: string }> = [];
  for (const collection of readable) {
    const name = collection.collection;
    const fields = access.read(name)?.fields ?? '*';
    const canRead = (field: string) => fields === '*' || fields.has(field);
    const pascal = toPascalCase(name);
    schemas[`Items${pascal}`] = itemSchema(overview, collection, canRead, shown);
    tags.push({ name: `Items${pascal}`, ...(collection.note ? { description: collection.note } : {}) });
    Object.assign(
      paths,
      itemsPathItems(collection, pascal, (action) => access.allows(name, action)),
    );
  }
  return {
    openapi: '3.0.1',
    info: {
      title: 'Plinth items API',
      description: 'The items API of this project, limited to what the requesting user may access.',
      version: input.version,
    },
    servers: [{ url: input.publicUrl }],
    paths,
    tags,
    components: { schemas, parameters: oasParameters },
  };
}
