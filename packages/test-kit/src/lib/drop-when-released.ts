import { setTimeout as sleep } from 'node:timers/promises';
import { type Kysely, sql } from 'kysely';

const attempts = 50;
const pauseMs = 100;

/**
 * Drops a database once the server has let go of it. A pool's `destroy()` resolves before its
 * sockets are gone, so the server may still count a session for a moment: retry for up to five
 * seconds rather than force sessions closed, which would make the closing clients emit errors
 * nobody listens to.
 */
export async function dropWhenReleased(admin: Kysely<unknown>, name: string): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await sql`drop database if exists ${sql.id(name)}`.execute(admin);
      return;
    } catch (error) {
      if (attempt >= attempts) throw error;
      await sleep(pauseMs);
    }
  }
}
