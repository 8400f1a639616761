import { describe, expect, it } from 'vitest';
import type { CollectionInfo } from '../lib/schema-types.js';
import { isUserCollection, toCollectionTree } from './collection-tree.js';

const collection = (name: string, meta: Record<string, unknown> | null = {}): CollectionInfo => ({
  collection: name,
  meta: meta as CollectionInfo['meta'],
  schema: {},
});

describe('isUserCollection', () => {
  it('leaves out system collections and keeps hidden ones', () => {
    expect(isUserCollection(collection('articles'))).toBe(true);
    expect(isUserCollection(collection('legacy', null))).toBe(true);
    expect(isUserCollection(collection('directus_users', { system: true }))).toBe(false);
    expect(isUserCollection(collection('directus_whatever'))).toBe(false);
    expect(isUserCollection(collection('secret', { hidden: true }))).toBe(true);
  });
});

describe('toCollectionTree', () => {
  it('nests by group and sorts by name; a group pointing nowhere stays at the top', () => {
    const tree = toCollectionTree([
      collection('zebra'),
      collection('pages', { group: 'website' }),
      collection('website'),
      collection('posts', { group: 'website' }),
      collection('orphan', { group: 'gone' }),
    ]);
    const names = (nodes: typeof tree): unknown =>
      nodes.map((node) =>
        node.children.length
          ? [node.collection.collection, names(node.children)]
          : node.collection.collection,
      );
    expect(names(tree)).toEqual(['orphan', ['website', ['pages', 'posts']], 'zebra']);
  });

  it('puts collections whose groups loop at the top instead of losing them', () => {
    const tree = toCollectionTree([collection('a', { group: 'b' }), collection('b', { group: 'a' })]);
    expect(tree.map((node) => node.collection.collection)).toEqual(['a', 'b']);
  });
});
