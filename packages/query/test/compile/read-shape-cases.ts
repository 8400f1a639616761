import type { ReadCase } from './read-cases.js';

const ids = (...values: number[]) => values.map((id) => ({ id }));

const article1 = {
  id: 1,
  title: 'hello world',
  status: 'published',
  author: 1,
  published_on: '2024-01-15',
  created_at: '2024-01-15T10:30:00',
  updated_at: '2024-01-15T10:30:00.000Z',
  start_time: '10:30:00',
  rating: 4.5,
  price: '12.50',
  views: '1000',
  featured: true,
  meta: { tags: ['a', 'b'], n: 1 },
  keywords: ['red', 'green'],
  secret: '**********',
  ref: '6f1c2d3e-4b5a-4c6d-8e7f-9a0b1c2d3e4f',
  body: 'first body',
  comments: [1, 2, 3],
  tags: [1, 2],
};

/** Fields, relations, sort, windows, meta, aggregates, deep and search. */
export const shapeCases: ReadCase[] = [
  {
    name: 'fields: * with every value format',
    query: { fields: '*', filter: { id: 1 } },
    expected: [article1],
  },
  {
    name: 'fields: nulls in every format',
    query: {
      fields:
        'id,published_on,created_at,updated_at,start_time,rating,price,views,featured,meta,keywords,secret,ref',
      filter: { id: 4 },
    },
    expected: [
      {
        id: 4,
        published_on: null,
        created_at: null,
        updated_at: null,
        start_time: null,
        rating: null,
        price: null,
        views: null,
        featured: null,
        meta: null,
        keywords: null,
        secret: null,
        ref: null,
      },
    ],
  },
  {
    name: 'fields: bigInteger beyond 2^53 as text',
    query: { fields: 'views,featured,meta', filter: { id: 2 } },
    expected: [{ views: '9007199254740993', featured: false, meta: [1, 2, 3] }],
  },
  {
    name: 'fields: list',
    query: { fields: 'id,title', sort: 'id', limit: 2 },
    expected: [
      { id: 1, title: 'hello world' },
      { id: 2, title: 'second post' },
    ],
  },
  {
    name: 'fields: array form',
    query: { fields: ['id', 'status'], filter: { id: 3 } },
    expected: [{ id: 3, status: 'published' }],
  },
  {
    name: 'fields: m2o unexpanded is the key',
    query: { fields: 'id,author', sort: 'id' },
    expected: [
      { id: 1, author: 1 },
      { id: 2, author: 1 },
      { id: 3, author: 2 },
      { id: 4, author: null },
      { id: 5, author: 2 },
    ],
  },
  {
    name: 'fields: m2o object or null',
    query: { fields: 'id,author.name', filter: { id: { _in: [1, 4] } } },
    expected: [
      { id: 1, author: { name: 'ada' } },
      { id: 4, author: null },
    ],
  },
  {
    name: 'fields: m2o *',
    query: { fields: 'author.*', filter: { id: 3 } },
    expected: [{ author: { id: 2, name: 'bob', email: 'bob@example.com', articles: [3, 5] } }],
  },
  {
    name: 'fields: o2m keys',
    collection: 'authors',
    query: { fields: 'id,articles', sort: 'id' },
    expected: [
      { id: 1, articles: [1, 2] },
      { id: 2, articles: [3, 5] },
      { id: 3, articles: [] },
    ],
  },
  {
    name: 'fields: o2m expanded',
    query: { fields: 'id,comments.body', filter: { id: { _in: [1, 3] } } },
    expected: [
      { id: 1, comments: [{ body: 'great' }, { body: 'thanks' }, { body: 'meh' }] },
      { id: 3, comments: [] },
    ],
  },
  {
    name: 'fields: m2m through the junction',
    query: { fields: 'id,tags.tags_id.name', filter: { id: { _lte: 2 } } },
    expected: [
      { id: 1, tags: [{ tags_id: { name: 'news' } }, { tags_id: { name: 'tech' } }] },
      { id: 2, tags: [{ tags_id: { name: 'tech' } }] },
    ],
  },
  {
    name: 'fields: m2m junction keys',
    query: { fields: 'tags.tags_id', filter: { id: 1 } },
    expected: [{ tags: [{ tags_id: 1 }, { tags_id: 2 }] }],
  },
  {
    name: 'fields: three levels deep',
    query: { fields: 'id,author.articles.comments.body', filter: { id: 2 } },
    expected: [
      {
        id: 2,
        author: {
          articles: [
            { comments: [{ body: 'great' }, { body: 'thanks' }, { body: 'meh' }] },
            { comments: [{ body: 'ok' }] },
          ],
        },
      },
    ],
  },
  {
    name: 'fields: o2m back to m2o',
    collection: 'comments',
    query: { fields: 'id,article.title,article.author.name', filter: { id: 4 } },
    expected: [{ id: 4, article: { title: 'second post', author: { name: 'ada' } } }],
  },
  {
    name: 'fields: *.* expands one level',
    collection: 'comments',
    query: { fields: '*.*', filter: { id: 4 } },
    expected: [
      {
        id: 4,
        body: 'ok',
        article: {
          ...article1,
          id: 2,
          title: 'second post',
          status: 'draft',
          published_on: '2024-02-20',
          created_at: '2024-02-20T08:00:00',
          updated_at: '2024-02-20T08:00:00.000Z',
          start_time: '08:00:00',
          rating: 3,
          price: '5.00',
          views: '9007199254740993',
          featured: false,
          meta: [1, 2, 3],
          keywords: ['blue'],
          secret: null,
          ref: null,
          body: 'second body',
          comments: [4],
          tags: [3],
        },
      },
    ],
  },
  {
    name: 'fields: backlink=false leaves the way back out',
    collection: 'authors',
    query: {
      fields: 'id,articles.*',
      backlink: 'false',
      filter: { id: 2 },
      deep: { articles: { _limit: 1 } },
    },
    expected: [
      {
        id: 2,
        articles: [
          {
            ...article1,
            id: 3,
            title: 'third_100%',
            author: undefined,
            published_on: '2023-12-31',
            created_at: '2023-12-31T23:59:59',
            updated_at: '2023-12-31T23:59:59.000Z',
            start_time: '23:59:59',
            rating: null,
            price: null,
            views: '0',
            featured: null,
            meta: null,
            keywords: null,
            secret: null,
            ref: null,
            body: null,
            comments: [],
            tags: [4],
          },
        ],
      },
    ],
  },
  {
    name: 'fields: m2a scoped',
    collection: 'pages',
    query: { fields: 'id,blocks.collection,blocks.item:headings.title,blocks.item:texts.body' },
    expected: [
      {
        id: 1,
        blocks: [
          { collection: 'texts', item: { body: 'lorem' } },
          { collection: 'headings', item: { title: 'welcome' } },
          { collection: 'headings', item: { title: 'intro' } },
        ],
      },
      { id: 2, blocks: [{ collection: 'texts', item: { body: 'ipsum' } }] },
    ],
  },
  {
    name: 'fields: m2a one scope leaves the others as keys',
    collection: 'pages',
    query: { fields: 'blocks.item:headings.level', filter: { id: 1 } },
    expected: [{ blocks: [{ item: '1' }, { item: { level: 1 } }, { item: { level: 2 } }] }],
  },
  {
    name: 'fields: m2a wildcard applies to every collection',
    collection: 'pages_blocks',
    query: { fields: 'id,item.*', sort: 'id', limit: 2 },
    expected: [
      { id: 1, item: { id: 1, title: 'welcome', level: 1 } },
      { id: 2, item: { id: 1, body: 'lorem' } },
    ],
  },
  {
    name: 'fields: m2a unexpanded keys',
    collection: 'pages',
    query: { fields: 'blocks', filter: { id: 1 } },
    expected: [{ blocks: [2, 1, 3] }],
  },
  {
    name: 'fields: functions',
    query: {
      fields:
        'id,year(created_at),month(created_at),day(published_on),hour(start_time),count(comments),count(meta)',
      filter: { id: 1 },
    },
    expected: [
      {
        id: 1,
        created_at_year: 2024,
        created_at_month: 1,
        published_on_day: 15,
        start_time_hour: 10,
        comments_count: 3,
        meta_count: null,
      },
    ],
  },
  {
    name: 'fields: json()',
    query: { fields: 'id,json(meta, tags[1]),json(meta, n),json(meta, tags)', sort: 'id', limit: 2 },
    expected: [
      { id: 1, meta_tags_1_json: 'b', meta_n_json: 1, meta_tags_json: ['a', 'b'] },
      { id: 2, meta_tags_1_json: null, meta_n_json: null, meta_tags_json: null },
    ],
  },
  {
    name: 'fields: function through m2o',
    collection: 'comments',
    query: { fields: 'id,article.year(published_on)', filter: { id: 1 } },
    expected: [{ id: 1, article: { published_on_year: 2024 } }],
  },
  {
    name: 'fields: alias of a relation with its own deep',
    query: {
      fields: 'id,comments.id,first.id',
      alias: { first: 'comments' },
      deep: { first: { _limit: 1, _sort: '-id' } },
      filter: { id: 1 },
    },
    expected: [{ id: 1, comments: ids(1, 2, 3), first: ids(3) }],
  },
  {
    name: 'fields: alias of a function',
    query: { fields: 'id,y', alias: { y: 'year(published_on)' }, filter: { id: 3 } },
    expected: [{ id: 3, y: 2023 }],
  },
  { name: 'sort: ascending', query: { fields: 'id', sort: 'title' }, expected: ids(4, 5, 1, 2, 3) },
  { name: 'sort: descending', query: { fields: 'id', sort: '-title' }, expected: ids(3, 2, 1, 5, 4) },
  { name: 'sort: several', query: { fields: 'id', sort: 'status,-id' }, expected: ids(4, 2, 5, 3, 1) },
  {
    name: 'sort: nulls first ascending',
    query: { fields: 'id', sort: 'rating' },
    expected: ids(3, 4, 5, 2, 1),
  },
  {
    name: 'sort: nulls last descending',
    query: { fields: 'id', sort: '-rating' },
    expected: ids(1, 2, 5, 3, 4),
  },
  {
    name: 'sort: through m2o',
    query: { fields: 'id', sort: '-author.name,id' },
    expected: ids(3, 5, 1, 2, 4),
  },
  {
    name: 'sort: by function',
    query: { fields: 'id', sort: '-month(published_on),id', filter: { published_on: { _nnull: true } } },
    expected: ids(3, 2, 1),
  },
  {
    name: 'sort: by count',
    query: { fields: 'id', sort: '-count(comments),id' },
    expected: ids(1, 2, 3, 4, 5),
  },
  { name: 'sort: default is the key', query: { fields: 'id' }, expected: ids(1, 2, 3, 4, 5) },
  { name: 'limit', query: { fields: 'id', limit: 2 }, expected: ids(1, 2) },
  { name: 'limit 0', query: { fields: 'id', limit: 0 }, expected: [] },
  { name: 'limit -1', query: { fields: 'id', limit: -1 }, expected: ids(1, 2, 3, 4, 5) },
  { name: 'offset', query: { fields: 'id', offset: 3 }, expected: ids(4, 5) },
  { name: 'offset without limit', query: { fields: 'id', offset: 4, limit: -1 }, expected: ids(5) },
  { name: 'limit and offset', query: { fields: 'id', limit: 2, offset: 1 }, expected: ids(2, 3) },
  { name: 'page', query: { fields: 'id', limit: 2, page: 2 }, expected: ids(3, 4) },
  { name: 'page past the end', query: { fields: 'id', limit: 2, page: 9 }, expected: [] },
  {
    name: 'deep: _limit per parent',
    collection: 'authors',
    query: { fields: 'id,articles.id', deep: { articles: { _limit: 1 } } },
    expected: [
      { id: 1, articles: ids(1) },
      { id: 2, articles: ids(3) },
      { id: 3, articles: [] },
    ],
  },
  {
    name: 'deep: _sort',
    collection: 'authors',
    query: { fields: 'articles.id', filter: { id: 1 }, deep: { articles: { _sort: '-id' } } },
    expected: [{ articles: ids(2, 1) }],
  },
  {
    name: 'deep: _offset',
    query: { fields: 'comments.id', filter: { id: 1 }, deep: { comments: { _offset: 1 } } },
    expected: [{ comments: ids(2, 3) }],
  },
  {
    name: 'deep: _limit and _offset',
    query: { fields: 'comments.id', filter: { id: 1 }, deep: { comments: { _limit: 1, _offset: 1 } } },
    expected: [{ comments: ids(2) }],
  },
  {
    name: 'deep: _page',
    query: { fields: 'comments.id', filter: { id: 1 }, deep: { comments: { _limit: 2, _page: 2 } } },
    expected: [{ comments: ids(3) }],
  },
  {
    name: 'deep: _filter',
    query: {
      fields: 'id,comments.body',
      filter: { id: 1 },
      deep: { comments: { _filter: { body: { _neq: 'meh' } } } },
    },
    expected: [{ id: 1, comments: [{ body: 'great' }, { body: 'thanks' }] }],
  },
  {
    name: 'deep: _filter on keys',
    query: { fields: 'comments', filter: { id: 1 }, deep: { comments: { _filter: { id: { _gt: 1 } } } } },
    expected: [{ comments: [2, 3] }],
  },
  {
    name: 'deep: nested',
    collection: 'authors',
    query: {
      fields: 'articles.comments.id',
      filter: { id: 1 },
      deep: { articles: { comments: { _limit: 1, _sort: '-id' } } },
    },
    expected: [{ articles: [{ comments: ids(3) }, { comments: ids(4) }] }],
  },
  {
    name: 'deep: _search',
    query: { fields: 'comments.body', filter: { id: 1 }, deep: { comments: { _search: 'EA' } } },
    expected: [{ comments: [{ body: 'great' }] }],
  },
  {
    name: 'deep: m2m _filter on the junction',
    query: {
      fields: 'tags.tags_id.name',
      filter: { id: 1 },
      deep: { tags: { _filter: { tags_id: { name: { _eq: 'tech' } } } } },
    },
    expected: [{ tags: [{ tags_id: { name: 'tech' } }] }],
  },
  {
    name: 'deep: a2o scope',
    collection: 'pages',
    query: {
      fields: 'blocks.item:headings.title',
      filter: { id: 1 },
      deep: { blocks: { _filter: { collection: { _eq: 'headings' } } } },
    },
    expected: [{ blocks: [{ item: { title: 'welcome' } }, { item: { title: 'intro' } }] }],
  },
  { name: 'search: text fields', query: { fields: 'id', search: 'POST' }, expected: ids(2) },
  {
    name: 'search: number matches numeric fields',
    query: { fields: 'id', search: '3' },
    expected: ids(2, 3),
  },
  { name: 'search: nothing', query: { fields: 'id', search: 'zzz' }, expected: [] },
  {
    name: 'search: with a filter',
    query: { fields: 'id', search: 'body', filter: { id: { _gt: 1 } } },
    expected: ids(2),
  },
  {
    name: 'meta: total and filter counts',
    query: { fields: 'id', filter: { status: 'published' }, meta: '*', limit: 1 },
    expected: ids(1),
  },
  { name: 'aggregate: count *', query: { aggregate: { count: '*' } }, expected: [{ count: 5 }] },
  { name: 'aggregate: countAll', query: { aggregate: { countAll: '' } }, expected: [{ countAll: 5 }] },
  {
    name: 'aggregate: count field skips nulls',
    query: { aggregate: { count: 'rating' } },
    expected: [{ count: { rating: 3 } }],
  },
  {
    name: 'aggregate: countDistinct',
    query: { aggregate: { countDistinct: 'status' } },
    expected: [{ countDistinct: { status: 3 } }],
  },
  {
    name: 'aggregate: sum of decimals',
    query: { aggregate: { sum: 'price' } },
    expected: [{ sum: { price: '117.50' } }],
  },
  {
    name: 'aggregate: sumDistinct',
    query: { aggregate: { sumDistinct: 'author' } },
    expected: [{ sumDistinct: { author: 3 } }],
  },
  {
    name: 'aggregate: min and max',
    query: { aggregate: { min: 'published_on,rating', max: 'created_at' } },
    expected: [
      { min: { published_on: '2023-12-31', rating: 1.25 }, max: { created_at: '2024-02-20T08:00:00' } },
    ],
  },
  {
    name: 'aggregate: with a filter',
    query: { aggregate: { count: '*' }, filter: { status: 'published' } },
    expected: [{ count: 3 }],
  },
  {
    name: 'groupBy: field',
    query: { aggregate: { count: 'id' }, groupBy: 'status' },
    expected: [
      { status: 'archived', count: { id: 1 } },
      { status: 'draft', count: { id: 1 } },
      { status: 'published', count: { id: 3 } },
    ],
  },
  {
    name: 'groupBy: function',
    query: { aggregate: { countAll: '' }, groupBy: 'year(published_on)' },
    expected: [
      { published_on_year: null, countAll: 2 },
      { published_on_year: 2023, countAll: 1 },
      { published_on_year: 2024, countAll: 2 },
    ],
  },
  {
    name: 'groupBy: sorted by aggregate',
    query: { aggregate: { count: '*' }, groupBy: 'author', sort: '-count,author' },
    expected: [
      { author: 1, count: 2 },
      { author: 2, count: 2 },
      { author: null, count: 1 },
    ],
  },
  {
    name: 'groupBy: two fields and limit',
    query: { aggregate: { count: '*' }, groupBy: 'status,author', sort: 'status,author', limit: 2 },
    expected: [
      { status: 'archived', author: null, count: 1 },
      { status: 'draft', author: 1, count: 1 },
    ],
  },
  {
    name: 'groupBy: on a related collection',
    collection: 'comments',
    query: { aggregate: { count: '*' }, groupBy: 'article' },
    expected: [
      { article: 1, count: 3 },
      { article: 2, count: 1 },
    ],
  },
];
