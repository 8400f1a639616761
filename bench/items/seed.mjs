// Builds the bench model through Plinth's own API (so directus_* rows describe it) and fills it with
// Kysely in multi-row inserts: authors, articles (m2o author), tags, and articles_tags behind an m2m.
const TOKEN = 'bench-admin-token';

/** A tiny seeded generator, so every run (and engine) gets the same rows. */
function createRandom(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export async function insertAdmin(db) {
  const role = '00000000-0000-4000-8000-000000000001';
  const policy = '00000000-0000-4000-8000-000000000002';
  await db.insertInto('directus_roles').values({ id: role, name: 'Administrator' }).execute();
  await db
    .insertInto('directus_policies')
    .values({ id: policy, name: 'Administrator', admin_access: true, app_access: true })
    .execute();
  await db
    .insertInto('directus_access')
    .values({ id: '00000000-0000-4000-8000-000000000003', role, policy })
    .execute();
  await db
    .insertInto('directus_users')
    .values({
      id: '00000000-0000-4000-8000-000000000004',
      email: 'bench@example.com',
      role,
      status: 'active',
      token: TOKEN,
    })
    .execute();
  return TOKEN;
}

/** The static token of the W7 caller: a role with a row filter and limited fields. */
export const ROLE_TOKEN = 'bench-role-static-token';

/**
 * A non-admin caller for W7: its role reads the articles that are not archived (id, title, status,
 * author only) and the authors' id and name. Written straight into the system tables.
 */
export async function insertRoleCaller(db) {
  const role = '00000000-0000-4000-8000-000000000011';
  const policy = '00000000-0000-4000-8000-000000000012';
  await db.insertInto('directus_roles').values({ id: role, name: 'Reader' }).execute();
  await db
    .insertInto('directus_policies')
    .values({ id: policy, name: 'Reader', admin_access: false, app_access: false })
    .execute();
  await db
    .insertInto('directus_access')
    .values({ id: '00000000-0000-4000-8000-000000000013', role, policy })
    .execute();
  await db
    .insertInto('directus_permissions')
    .values([
      {
        policy,
        collection: 'articles',
        action: 'read',
        permissions: JSON.stringify({ status: { _neq: 'archived' } }),
        fields: 'id,title,status,author',
      },
      { policy, collection: 'authors', action: 'read', permissions: null, fields: 'id,name' },
    ])
    .execute();
  await db
    .insertInto('directus_users')
    .values({
      id: '00000000-0000-4000-8000-000000000014',
      email: 'bench-reader@example.com',
      role,
      status: 'active',
      token: ROLE_TOKEN,
    })
    .execute();
  return ROLE_TOKEN;
}

async function call(app, method, url, payload) {
  const response = await app.inject({ method, url, payload, headers: { authorization: `Bearer ${TOKEN}` } });
  if (response.statusCode !== 200)
    throw new Error(`${method} ${url}: ${response.statusCode} ${response.body}`);
}

const id = { field: 'id', type: 'integer', schema: { is_primary_key: true, has_auto_increment: true } };
const table = (collection, fields) => ({ collection, schema: {}, meta: {}, fields: [id, ...fields] });

export async function buildModel(app) {
  await call(app, 'POST', '/collections', [
    table('authors', [{ field: 'name', type: 'string' }]),
    table('tags', [{ field: 'name', type: 'string' }]),
    table('articles', [
      { field: 'title', type: 'string' },
      { field: 'status', type: 'string' },
      { field: 'author', type: 'integer' },
    ]),
    table('articles_tags', [
      { field: 'articles_id', type: 'integer' },
      { field: 'tags_id', type: 'integer' },
    ]),
  ]);
  await call(app, 'POST', '/relations', {
    collection: 'articles',
    field: 'author',
    related_collection: 'authors',
  });
  await call(app, 'POST', '/fields/articles', { field: 'tags', type: 'alias', meta: { special: ['m2m'] } });
  await call(app, 'POST', '/relations', {
    collection: 'articles_tags',
    field: 'articles_id',
    related_collection: 'articles',
    meta: { one_field: 'tags', junction_field: 'tags_id' },
  });
  await call(app, 'POST', '/relations', {
    collection: 'articles_tags',
    field: 'tags_id',
    related_collection: 'tags',
    meta: { junction_field: 'articles_id' },
  });
}

async function insertBatches(db, tableName, rows, size = 500) {
  for (let i = 0; i < rows.length; i += size) {
    await db
      .insertInto(tableName)
      .values(rows.slice(i, i + size))
      .execute();
  }
}

export const COUNTS = { authors: 1000, articles: 20000, tags: 50, articleTags: 40000 };
const STATUSES = ['published', 'draft', 'archived'];

// Keys come from each table's own sequence (1, 2, 3, ... in insert order), so later creates (W6)
// continue from there on every engine.
export async function seedRows(db) {
  const random = createRandom(42);
  const pick = (n) => 1 + Math.floor(random() * n);
  const authors = Array.from({ length: COUNTS.authors }, (_, i) => ({ name: `Author ${i + 1}` }));
  const tags = Array.from({ length: COUNTS.tags }, (_, i) => ({ name: `tag-${i + 1}` }));
  const articles = Array.from({ length: COUNTS.articles }, (_, i) => ({
    title: `Article ${i + 1}`,
    status: STATUSES[Math.floor(random() * STATUSES.length)],
    author: pick(COUNTS.authors),
  }));
  // Two distinct tags per article.
  const links = [];
  for (let i = 0; i < COUNTS.articles; i++) {
    const first = pick(COUNTS.tags);
    const second = (first % COUNTS.tags) + 1;
    links.push({ articles_id: i + 1, tags_id: first });
    links.push({ articles_id: i + 1, tags_id: second });
  }
  await insertBatches(db, 'authors', authors);
  await insertBatches(db, 'tags', tags);
  await insertBatches(db, 'articles', articles);
  await insertBatches(db, 'articles_tags', links);
}
