import { randomUUID } from 'node:crypto';

// The floor: a bare Fastify server on the same database with hand-written SQL for W1–W3 and W6, and no
// authentication, permissions, validation or query parsing. What Plinth costs is the gap to it. Its
// answers are Plinth's on the wire: the same JSON bytes and the same headers (request id, caching).
export async function startFloorServer(Fastify, sql, db) {
  const app = Fastify({ logger: false, genReqId: () => randomUUID() });
  app.addHook('onSend', (request, reply, payload, done) => {
    reply.headers({
      'x-powered-by': 'Plinth',
      'cache-control': 'no-cache',
      vary: 'Origin, Cache-Control',
      'x-request-id': request.id,
    });
    done(null, payload);
  });
  app.get('/w1', async () => ({
    data: (await sql`select id, title, status, author from articles order by id limit 25`.execute(db)).rows,
  }));
  app.get('/w2', async () => {
    const { rows } = await sql`
      select a.id, a.title, a.status, au.id as author_id, au.name as author_name
      from articles a left join authors au on au.id = a.author
      where a.status = ${'published'}
      order by a.title desc, a.id
      limit 25`.execute(db);
    return {
      data: rows.map((row) => ({
        id: row.id,
        title: row.title,
        status: row.status,
        author: row.author_id === null ? null : { id: row.author_id, name: row.author_name },
      })),
    };
  });
  app.get('/w3/:id', async (request) => {
    const { rows } =
      await sql`select id, title, status, author from articles where id = ${Number(request.params.id)}`.execute(
        db,
      );
    return { data: rows[0] ?? null };
  });
  app.post('/w6', async (request) => {
    const { title, status, author } = request.body;
    const { rows } =
      await sql`insert into articles (title, status, author) values (${title}, ${status}, ${author}) returning id`.execute(
        db,
      );
    return { data: { id: rows[0].id } };
  });
  await app.listen({ port: 0, host: '127.0.0.1' });
  return app;
}
