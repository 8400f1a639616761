import {
  GraphQLInputObjectType,
  type GraphQLObjectType,
  type GraphQLUnionType,
  getNamedType,
  printType,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import { collection, field, referenceOverview } from '../test/overview-fixture.js';
import { createItemsSchema } from './create-items-schema.js';

const schema = createItemsSchema(referenceOverview());
const object = (name: string) => schema.getType(name) as GraphQLObjectType;
const input = (name: string) => schema.getType(name) as GraphQLInputObjectType;
const fieldTypes = (type: GraphQLObjectType | GraphQLInputObjectType) =>
  Object.fromEntries(Object.values(type.getFields()).map((f) => [f.name, String(f.type)]));

describe('createItemsSchema', () => {
  it('has the query and mutation fields of every user collection, and none of system ones', () => {
    const queries = Object.keys(schema.getQueryType()!.getFields());
    expect(queries).toEqual(
      expect.arrayContaining(['articles', 'articles_by_id', 'articles_aggregated', 'settings_page']),
    );
    expect(queries).not.toContain('settings_page_by_id');
    expect(queries.some((name) => name.startsWith('directus_'))).toBe(false);
    const mutations = Object.keys(schema.getMutationType()!.getFields());
    expect(mutations).toEqual(
      expect.arrayContaining([
        'create_articles_item',
        'create_articles_items',
        'update_articles_item',
        'update_articles_items',
        'update_articles_batch',
        'delete_articles_item',
        'delete_articles_items',
        'update_settings_page',
      ]),
    );
    expect(mutations).not.toContain('create_settings_page_item');
  });

  it('types scalar fields per field type', () => {
    expect(fieldTypes(object('metrics'))).toEqual({
      id: 'ID!',
      views: 'GraphQLBigInt',
      ratio: 'Float',
      active: 'Boolean',
      data: 'JSON',
      data_func: 'count_functions',
      labels: '[String]',
      happened: 'Date',
      happened_func: 'datetime_functions',
      secret: 'Hash',
      ref: 'ID',
      shape: 'GraphQLGeoJSON',
    });
    expect(fieldTypes(object('authors'))).toEqual({ id: 'ID!', name: 'String!' });
  });

  it('types relations as objects, lists with the list arguments, and unions', () => {
    const articles = object('articles').getFields();
    expect(String(articles['author']!.type)).toBe('authors');
    expect(String(articles['comments']!.type)).toBe('[comments]');
    expect(articles['comments']!.args.map((arg) => `${arg.name}: ${arg.type}`)).toEqual([
      'filter: comments_filter',
      'sort: [String]',
      'limit: Int',
      'offset: Int',
      'page: Int',
      'search: String',
    ]);
    expect(String(articles['comments_func']!.type)).toBe('count_functions');
    const item = getNamedType(object('pages_blocks').getFields()['item']!.type) as GraphQLUnionType;
    expect(item.name).toBe('pages_blocks_item_union');
    expect(item.getTypes().map((type) => type.name)).toEqual(['headings', 'texts']);
  });

  it('builds filters with functions, quantifiers and many-to-any scopes', () => {
    const articles = fieldTypes(input('articles_filter'));
    expect(articles).toMatchObject({
      id: 'id_filter_operators',
      title: 'string_filter_operators',
      author: 'authors_filter',
      comments: 'comments_quantifier_filter',
      comments_func: 'count_function_filter_operators',
      _and: '[articles_filter]',
      _or: '[articles_filter]',
    });
    expect(fieldTypes(input('comments_quantifier_filter'))).toMatchObject({
      _some: 'comments_filter',
      _none: 'comments_filter',
    });
    expect(fieldTypes(input('pages_blocks_filter'))).toMatchObject({
      item__headings: 'headings_filter',
      item__texts: 'texts_filter',
    });
    expect(fieldTypes(input('metrics_filter'))).toMatchObject({
      views: 'big_int_filter_operators',
      ratio: 'number_filter_operators',
      active: 'boolean_filter_operators',
      happened: 'date_filter_operators',
      happened_func: 'datetime_function_filter_operators',
      secret: 'hash_filter_operators',
      shape: 'geometry_filter_operators',
    });
  });

  it('builds create and update inputs, required fields only on create', () => {
    expect(fieldTypes(input('create_articles_input'))).toEqual({
      id: 'ID',
      title: 'String',
      status: 'String',
      author: 'create_authors_input',
      comments: '[create_comments_input]',
      tags: '[create_articles_tags_input]',
    });
    expect(fieldTypes(input('create_authors_input'))).toEqual({ id: 'ID', name: 'String!' });
    expect(fieldTypes(input('update_authors_input'))).toEqual({ id: 'ID', name: 'String' });
    expect(fieldTypes(input('create_pages_blocks_input'))).toMatchObject({ item: 'String' });
  });

  it('builds aggregate rows, numeric operations only where numbers are', () => {
    expect(printType(object('metrics_aggregated'))).toContain('sum: metrics_aggregated_fields');
    expect(fieldTypes(object('metrics_aggregated_fields'))).toEqual({
      id: 'Float',
      views: 'Float',
      ratio: 'Float',
    });
    expect(fieldTypes(object('authors_aggregated'))).toEqual({
      group: 'JSON',
      countAll: 'Int',
      count: 'authors_aggregated_count',
      countDistinct: 'authors_aggregated_count',
    });
  });

  it('leaves out what a read policy does not grant', () => {
    const limited = createItemsSchema(referenceOverview(), {
      readPolicy: (collection) =>
        collection === 'articles'
          ? { fields: new Set(['id', 'title', 'comments']) }
          : collection === 'comments'
            ? { fields: '*' }
            : null,
    });
    expect(Object.keys(limited.getQueryType()!.getFields()).filter((name) => !name.includes('_'))).toEqual([
      'articles',
      'comments',
    ]);
    expect(Object.keys((limited.getType('articles') as GraphQLObjectType).getFields())).toEqual([
      'id',
      'title',
      'comments',
      'comments_func',
    ]);
    expect(limited.getType('authors')).toBeUndefined();
  });

  it('leaves out collections whose names would clash with generated types', () => {
    const overview = referenceOverview();
    for (const name of ['tags_filter', 'Date', 'create_tags_input', 'my-table']) {
      overview.collections[name] = collection(name, [field('title', 'string')]);
    }
    const clashing = createItemsSchema(overview);
    expect(String(clashing.getType('tags_filter'))).toBe('tags_filter');
    expect(clashing.getType('tags_filter')).toBeInstanceOf(GraphQLInputObjectType);
    expect(clashing.getQueryType()!.getFields()['Date']).toBeUndefined();
    expect(clashing.getQueryType()!.getFields()['create_tags_input']).toBeUndefined();
    expect(Object.keys(clashing.getQueryType()!.getFields())).toContain('tags');
  });

  it('has a lone _empty query when nothing can be read', () => {
    const empty = createItemsSchema(referenceOverview(), { readPolicy: () => null });
    expect(Object.keys(empty.getQueryType()!.getFields())).toEqual(['_empty']);
    expect(empty.getMutationType()).toBeUndefined();
  });
});
