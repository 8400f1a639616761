import { type GraphQLObjectType, graphql } from 'graphql';
import { describe, expect, it } from 'vitest';
import { referenceOverview } from '../../test/overview-fixture.js';
import { createItemsSchema } from '../create-items-schema.js';
import { argsToQuery } from './args-to-query.js';
import { type SelectionQuery, selectionToQuery } from './selection-to-query.js';

/** Runs a document against the generated schema with the root field replaced by a recorder. */
async function queryOf(source: string, variables?: Record<string, unknown>) {
  const schema = createItemsSchema(referenceOverview());
  const root = schema.getQueryType()!.getFields();
  let seen: (SelectionQuery & Record<string, unknown>) | undefined;
  for (const name of ['articles', 'pages_by_id']) {
    root[name]!.resolve = (_source, args, _context, info) => {
      const type = schema.getType(name.replace('_by_id', '')) as GraphQLObjectType;
      seen = { ...argsToQuery(args), ...selectionToQuery(info, type) };
      return null;
    };
  }
  const result = await graphql({ schema, source, ...(variables ? { variableValues: variables } : {}) });
  expect(result.errors ?? []).toEqual(result.errors?.filter((e) => e.message.includes('non-nullable')) ?? []);
  return seen;
}

describe('selectionToQuery', () => {
  it('turns nested selections into dot paths and functions into function fields', async () => {
    expect(
      await queryOf('{ articles { id author { name } tags { tags_id { name } } comments_func { count } } }'),
    ).toEqual({
      fields: ['id', 'author.name', 'tags.tags_id.name', 'count(comments)'],
    });
  });

  it('turns nested arguments into deep and aliased relations into aliases', async () => {
    const query = await queryOf(`{
      articles(filter: { author: { name: { _eq: "Ann" } } }, sort: ["-id"], limit: 2) {
        heading: title
        latest: comments(sort: ["-id"], limit: 1, filter: { body: { _contains: "e" } }) { text: body }
        comments(page: 2) { id }
        tags { tags_id { name } first: articles_id { id } }
      }
    }`);
    expect(query).toEqual({
      filter: { author: { name: { _eq: 'Ann' } } },
      sort: ['-id'],
      limit: 2,
      fields: ['title', 'latest.body', 'comments.id', 'tags.tags_id.name', 'tags.first.id'],
      alias: { latest: 'comments' },
      deep: {
        latest: { _sort: ['-id'], _limit: 1, _filter: { body: { _contains: 'e' } } },
        comments: { _page: 2 },
        tags: { _alias: { first: 'articles_id' } },
      },
    });
  });

  it('scopes union fragments and always reads the collection column', async () => {
    const query = await queryOf(
      `query ($withText: Boolean!) {
      pages_by_id(id: 1) { blocks { item { ...heading ... on texts @include(if: $withText) { body } } } }
    }
    fragment heading on headings { title }`,
      { withText: false },
    );
    expect(query).toEqual({ fields: ['blocks.collection', 'blocks.item:headings.title'] });
  });

  it('reads the related key when a relation selects nothing but __typename', async () => {
    expect(await queryOf('{ articles { author { __typename } } }')).toEqual({ fields: ['author.id'] });
    expect(await queryOf('{ articles { __typename } }')).toEqual({ fields: ['*'] });
  });
});
