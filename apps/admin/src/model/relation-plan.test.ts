import { describe, expect, it } from 'vitest';
import { toJunctionFields, toM2mSteps, toO2mSteps } from './relation-plan.js';

const o2m = {
  collection: 'authors',
  keyType: 'uuid',
  alias: 'books',
  related: 'books',
  relatedField: 'author',
};

describe('toO2mSteps', () => {
  it('creates the list field, a key column of the primary-key type, then the relation', () => {
    const steps = toO2mSteps({ ...o2m, relatedFieldState: 'new' });
    expect(steps.map((step) => `${step.method} ${step.path}`)).toEqual([
      'POST /fields/authors',
      'POST /fields/books',
      'POST /relations',
    ]);
    expect(steps[0]!.body).toEqual({
      field: 'books',
      type: 'alias',
      meta: { special: ['o2m'], interface: 'list-o2m' },
    });
    expect(steps[1]!.body).toMatchObject({ field: 'author', type: 'uuid', meta: { special: ['m2o'] } });
    expect(steps[2]!.body).toEqual({
      collection: 'books',
      field: 'author',
      related_collection: 'authors',
      meta: { one_field: 'books', sort_field: null, one_deselect_action: 'nullify' },
      schema: { on_delete: 'SET NULL' },
    });
  });

  it('relates an existing column, or names the list of an existing m2o', () => {
    expect(toO2mSteps({ ...o2m, relatedFieldState: 'unrelated' }).map((step) => step.path)).toEqual([
      '/fields/authors',
      '/relations',
    ]);
    const [, update] = toO2mSteps({ ...o2m, relatedFieldState: 'related' });
    expect(update).toMatchObject({
      method: 'PATCH',
      path: '/relations/books/author',
      body: { meta: { one_field: 'books' } },
    });
  });

  it('creates a hidden integer sort field before the relation that names it', () => {
    const steps = toO2mSteps({ ...o2m, relatedFieldState: 'new', sortField: { field: 'sort', isNew: true } });
    expect(steps.map((step) => step.label)).toEqual([
      'the field authors.books',
      'the field books.author',
      'the field books.sort',
      'the relation books.author → authors',
    ]);
    expect(steps[2]!.body).toEqual({ field: 'sort', type: 'integer', schema: {}, meta: { hidden: true } });
    expect(steps[3]!.body['meta']).toMatchObject({ one_field: 'books', sort_field: 'sort' });
  });

  it('names an existing sort field without creating it, also on an existing m2o', () => {
    const sortField = { field: 'rank', isNew: false };
    const steps = toO2mSteps({ ...o2m, relatedFieldState: 'unrelated', sortField });
    expect(steps.map((step) => step.path)).toEqual(['/fields/authors', '/relations']);
    expect(steps[1]!.body['meta']).toMatchObject({ sort_field: 'rank' });
    const [, update] = toO2mSteps({ ...o2m, relatedFieldState: 'related', sortField });
    expect(update!.body).toEqual({ meta: { one_field: 'books', sort_field: 'rank' } });
  });

  it('keeps NO ACTION on delete for a collection related to itself', () => {
    const steps = toO2mSteps({
      ...o2m,
      related: 'authors',
      relatedField: 'mentor',
      relatedFieldState: 'new',
    });
    expect(steps[2]!.body['schema']).toEqual({ on_delete: 'NO ACTION' });
  });
});

const [own, other] = toJunctionFields('articles', 'tags');
const m2m = {
  collection: 'articles',
  keyType: 'integer',
  alias: 'tags',
  related: 'tags',
  relatedKeyType: 'uuid',
  junction: 'articles_tags',
  junctionField: own,
  junctionRelatedField: other,
};

describe('toM2mSteps', () => {
  it('creates the list field, the junction with both key columns, then both relations', () => {
    const steps = toM2mSteps(m2m);
    expect(steps.map((step) => step.label)).toEqual([
      'the field articles.tags',
      'the junction collection articles_tags',
      'the relation articles_tags.articles_id → articles',
      'the relation articles_tags.tags_id → tags',
    ]);
    expect(steps[1]!.body['fields']).toEqual([
      expect.objectContaining({ field: 'id', schema: { is_primary_key: true, has_auto_increment: true } }),
      { field: 'articles_id', type: 'integer', schema: {}, meta: { hidden: true } },
      { field: 'tags_id', type: 'uuid', schema: {}, meta: { hidden: true } },
    ]);
    expect(steps[2]!.body).toMatchObject({
      related_collection: 'articles',
      meta: { one_field: 'tags', junction_field: 'tags_id' },
    });
    expect(steps[3]!.body).toMatchObject({
      related_collection: 'tags',
      meta: { one_field: null, junction_field: 'articles_id' },
    });
  });

  it('creates the junction sort field after the junction, named by the relation back', () => {
    const steps = toM2mSteps({ ...m2m, sortField: 'sort' });
    expect(steps.map((step) => step.label)).toEqual([
      'the field articles.tags',
      'the junction collection articles_tags',
      'the field articles_tags.sort',
      'the relation articles_tags.articles_id → articles',
      'the relation articles_tags.tags_id → tags',
    ]);
    expect(steps[2]!.body).toEqual({ field: 'sort', type: 'integer', schema: {}, meta: { hidden: true } });
    expect(steps[3]!.body['meta']).toMatchObject({ one_field: 'tags', sort_field: 'sort' });
    expect(steps[4]!.body['meta']).toMatchObject({ one_field: null, sort_field: null });
  });

  it('names the second key column apart when a collection relates to itself', () => {
    expect(toJunctionFields('people', 'people')).toEqual(['people_id', 'related_people_id']);
  });
});
